// The Add-article result names relations lost for want of a date instead of "no relation found".
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { DramatisGraph } from '../../../src/graph/buildGraph';
import { undatedCount, undatedLeftOut } from '../../../src/extract/undatedWarning';
import { addedNotice } from '../../../src/app/articles/articleFlow';
import { isolate } from '../../../src/graph/bidiText';

const graphOf = (nodes: string[]): DramatisGraph => {
  const g = new MultiDirectedGraph() as unknown as DramatisGraph;
  for (const n of nodes) g.addNode(n, { label: n, kind: 'state', aliases: [] });
  return g;
};

describe('Add article notice', () => {
  it('an undated article that lost its relations says how many and why', () => {
    const notice = addedNotice('Border talks', graphOf(['kenya', 'somalia']), new Set(), undatedLeftOut(undatedCount(['border-talks: 2 relations were left out because the article has no date: add one.'])));
    expect(notice).toBe(`Added "${isolate('Border talks')}": 2 actors (2 new). 2 relations were left out because the article has no date: add one.`);
    expect(notice).not.toContain('No relation');
  });

  it('an article with no relation at all still says so plainly', () => {
    expect(addedNotice('Quiet day', graphOf(['norway']), new Set(['norway']), null)).toBe(`Added "${isolate('Quiet day')}": 1 actor (0 new). No relation between actors was found in it, so the graph gains no edges.`);
  });
});

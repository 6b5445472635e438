import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import relationsFile from '../../data/relations.json';
import { generateSyntheticGraph } from '../../src/cli/synthetic/generateGraph';
import type { DramatisGraph } from '../../src/graph/buildGraph';
import { binEventColumns, playSpansOfColumns } from '../../src/graph/columnHistogram';
import { buildEventColumns } from '../../src/graph/eventColumns';
import { playSpans } from '../../src/graph/playPlan';
import { BIN_SIZES, binEvents, timeExtent } from '../../src/graph/timeHistogram';

function generated(seed: number): DramatisGraph {
  const graph: DramatisGraph = new MultiDirectedGraph();
  graph.import(generateSyntheticGraph({ actors: 300, events: 1500, years: 2, seed, relations: relationsFile.relations }));
  return graph;
}

describe('binEventColumns', () => {
  it('counts exactly what binEvents counts, for every bin size, filtered events included', () => {
    for (const seed of [1, 2]) {
      const graph = generated(seed);
      const columns = buildEventColumns(graph);
      const extent = timeExtent(graph)!;
      // Some events fail the other filters: those of one relation and every seventh.
      const failing = (edge: string) => graph.getEdgeAttribute(edge, 'relation') === columns.relationIds[0] || columns.edgeIndex.get(edge)! % 7 === 0;
      for (const size of BIN_SIZES) {
        // The whole extent, and an axis cutting through the middle (events beyond it overflow).
        const middle = { first: extent.first + 100, last: extent.first + 300 };
        for (const axis of [extent, middle]) {
          const expected = binEvents(graph, size, { extent: axis, passes: (e) => !failing(e) });
          const got = binEventColumns(columns, size, axis, (i) => !failing(columns.edgeKeys[i]!));
          expect(got).toEqual(expected);
        }
      }
      // The graph has what makes this interesting: bands of each kind, publication-dated and hidden events.
      const weekly = binEvents(graph, 'week', { passes: (e) => !failing(e) });
      expect(new Set(weekly.bands.map((b) => b.precision))).toEqual(new Set(['month', 'year', 'span']));
      expect(weekly.totals.documentDated).toBeGreaterThan(0);
      expect(weekly.bins.some((b) => b.filteredOut > 0)).toBe(true);
    }
  });
});

describe('playSpansOfColumns', () => {
  it('gives the spans playSpans gives for the same events', () => {
    const graph = generated(3);
    const columns = buildEventColumns(graph);
    const include = (i: number) => i % 3 !== 0;
    expect(playSpansOfColumns(columns, include)).toEqual(playSpans(graph, (e) => include(columns.edgeIndex.get(e)!)));
    expect(playSpansOfColumns(columns, () => true)).toEqual(playSpans(graph));
  });
});

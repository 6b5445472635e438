// What the view does when a source is imported or removed: the view graph is synced in place,
// laid-out actors keep their positions, added ones start next to their neighbours; and the list
// of sources numbers imports and never empties.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it, vi } from 'vitest';

// The view graph's edge shapes come from @sigma/edge-curve, whose module reads WebGL constants
// when it loads; Node has none, and no drawing happens here, so any number will do.
vi.hoisted(() => {
  const constants = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? key.length : 0) });
  Object.assign(globalThis, { WebGL2RenderingContext: constants, WebGLRenderingContext: constants });
});

import type { DramatisGraph } from '../../../src/graph/buildGraph';
import { mergeSources } from '../../../src/graph/mergeSources';
import { buildViewGraph, syncViewGraph } from '../../../src/graph/viewGraph';
import { canRemove, withCorpus, withImported, withoutSource } from '../../../src/store/sourceList';
import { fitForceToScreen, mapPoint, placeAddedNodes, typicalEdgeLength } from '../../../src/graph/layout/forceToScreen';
import { separateFootprints } from '../../../src/graph/layout/labelSeparation';
import { footprint, type PlacedNode } from '../../../src/graph/layout/placedNode';

function graphOf(actors: string[], edges: [string, string, string][], docs = ['d1']): DramatisGraph {
  const g: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  g.replaceAttributes({
    documents: docs.map((id) => ({ id, title: id, published: '2025-06-01', publishedPrecision: 'day', publishedInferred: false, source: null, body: 'A met B.' })),
  });
  for (const a of actors) g.addNode(a, { label: a.toUpperCase(), kind: 'state', aliases: [] });
  for (const [key, s, t] of edges) {
    g.addDirectedEdgeWithKey(key, s, t, {
      relation: 'communication',
      cameo: '040',
      plover: null,
      date: '2025-06-01',
      datePrecision: 'day',
      doc: docs[0]!,
      evidence: { text: 'A met B.', start: 0, end: 8 },
      modality: 'asserted',
      confidence: 1,
    });
  }
  return g;
}

const corpus = graphOf(['a', 'b', 'c'], [
  ['e1', 'a', 'b'],
  ['e2', 'b', 'c'],
]);
const file = graphOf(['c', 'd', 'e'], [
  ['e1', 'c', 'd'],
  ['e2', 'd', 'e'],
]);

describe('syncViewGraph', () => {
  it('adds the new actors and relations and keeps the positions of those already drawn', () => {
    const view = buildViewGraph(corpus);
    view.forEachNode((n, a) => view.mergeNodeAttributes(n, { x: a.x + 100, y: a.y - 50 }));
    const before = new Map(view.mapNodes((n, a) => [n, { x: a.x, y: a.y }] as const));
    const merged = mergeSources([
      { id: 'corpus', keyPrefix: '', graph: corpus },
      { id: 'import-1', keyPrefix: 'import-1:', graph: file },
    ]);
    const sync = syncViewGraph(view, merged);
    expect(sync.addedNodes.sort()).toEqual(['d', 'e']);
    expect(sync.addedEdges).toBe(2);
    expect(view.edges().sort()).toEqual(['e1', 'e2', 'import-1:e1', 'import-1:e2']);
    for (const [n, p] of before) expect(view.getNodeAttributes(n)).toMatchObject(p);
    // Sizes follow the new degrees: c now has three relations and is the biggest.
    expect(view.getNodeAttribute('c', 'size')).toBeGreaterThan(view.getNodeAttribute('a', 'size'));
  });

  it('removing the import drops exactly what only it brought, and the rest stays where it was', () => {
    const merged = mergeSources([
      { id: 'corpus', keyPrefix: '', graph: corpus },
      { id: 'import-1', keyPrefix: 'import-1:', graph: file },
    ]);
    const view = buildViewGraph(merged);
    const before = new Map(view.mapNodes((n, a) => [n, { x: a.x, y: a.y }] as const));
    const sync = syncViewGraph(view, corpus);
    expect(sync.removedNodes.sort()).toEqual(['d', 'e']);
    expect(sync.removedEdges).toBe(2);
    expect(view.nodes().sort()).toEqual(['a', 'b', 'c']);
    expect(view.edges().sort()).toEqual(['e1', 'e2']);
    for (const n of view.nodes()) expect(view.getNodeAttributes(n)).toMatchObject(before.get(n)!);
    const fresh = buildViewGraph(corpus);
    for (const n of view.nodes()) expect(view.getNodeAttribute(n, 'size')).toBe(fresh.getNodeAttribute(n, 'size'));
  });
});

describe('placing added actors', () => {
  const placed = new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 10, y: 0 }],
  ]);
  const neighbours: Record<string, string[]> = { c: ['b'], d: ['c'], x: ['y'], y: ['x'] };

  it('puts each one a typical edge length from its placed neighbours, in turn along a chain', () => {
    const length = typicalEdgeLength(placed, [['a', 'b']]);
    expect(length).toBe(10);
    const start = placeAddedNodes(['d', 'c'], placed, (n) => neighbours[n] ?? [], length);
    const c = start.get('c')!;
    const d = start.get('d')!;
    expect(Math.hypot(c.x - 10, c.y)).toBeCloseTo(10);
    expect(Math.hypot(d.x - c.x, d.y - c.y)).toBeCloseTo(10);
  });

  it('puts actors with no path to a placed one beside the existing layout, not on top of it', () => {
    const start = placeAddedNodes(['x', 'y'], placed, (n) => neighbours[n] ?? [], 10);
    for (const p of start.values()) expect(p.x).toBeGreaterThan(10);
    expect(start.get('x')).not.toEqual(start.get('y'));
  });

  it('maps force coordinates to the screen with the scale and offset the existing actors show', () => {
    const force = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 10, y: 5 }],
      ['c', { x: -4, y: 2 }],
    ]);
    const screen = new Map([...force].map(([k, p]) => [k, { x: 3 * p.x + 100, y: 2 * p.y - 40 }]));
    const m = fitForceToScreen(force, screen);
    expect(mapPoint(m, { x: 20, y: -10 }).x).toBeCloseTo(160);
    expect(mapPoint(m, { x: 20, y: -10 }).y).toBeCloseTo(-60);
  });

  it('label separation with fixed actors moves only the others, and clears the overlaps', () => {
    const node = (key: string, x: number, y: number): PlacedNode => ({ key, x, y, size: 8, labelWidth: 40 });
    const nodes = [node('old1', 0, 0), node('old2', 30, 0), node('new1', 2, 1), node('new2', 28, -1)];
    separateFootprints(nodes, new Set(['old1', 'old2']));
    expect(nodes[0]).toMatchObject({ x: 0, y: 0 });
    expect(nodes[1]).toMatchObject({ x: 30, y: 0 });
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = footprint(nodes[i]!);
        const b = footprint(nodes[j]!);
        const overlap = Math.min(a.maxX, b.maxX) > Math.max(a.minX, b.minX) && Math.min(a.maxY, b.maxY) > Math.max(a.minY, b.minY);
        if (nodes[i]!.key.startsWith('new') || nodes[j]!.key.startsWith('new')) expect(overlap).toBe(false);
      }
    }
  });
});

describe('the list of sources', () => {
  it('numbers imports without reusing a number and never removes the last source', () => {
    let list = withCorpus('Seed corpus', corpus);
    expect(canRemove(list, 'corpus')).toBe(false);
    expect(withoutSource(list, 'corpus')).toBe(list);
    list = withImported(list, { label: 'a.gexf', format: 'gexf', graph: file, warnings: [] });
    expect(list.sources.map((s) => [s.id, s.keyPrefix, s.actors, s.relations])).toEqual([
      ['corpus', '', 3, 2],
      ['import-1', 'import-1:', 3, 2],
    ]);
    list = withoutSource(list, 'import-1');
    list = withImported(list, { label: 'a.gexf', format: 'gexf', graph: file, warnings: [] });
    expect(list.sources.map((s) => s.id)).toEqual(['corpus', 'import-2']);
    // With an import present, the corpus may go; the import then is the last and stays.
    list = withoutSource(list, 'corpus');
    expect(list.sources.map((s) => s.id)).toEqual(['import-2']);
    expect(canRemove(list, 'import-2')).toBe(false);
  });
});

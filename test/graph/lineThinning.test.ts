import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { isLeftOut, thinLines, thinLinesSteps, thinningChanges, thinningNote, type ThinnedLines } from '../../src/graph/lineThinning';
import type { ViewGraph } from '../../src/graph/viewTypes';

/** A stage graph with the given lines: [key, source, target, events]. */
function stageGraph(lines: [string, string, string, number][]): ViewGraph {
  const graph: ViewGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  for (const [key, source, target, count] of lines) {
    for (const actor of [source, target]) if (!graph.hasNode(actor)) graph.addNode(actor, { x: 0, y: 0, size: 4, color: '#000', label: actor, kind: 'person' } as never);
    graph.addDirectedEdgeWithKey(key, source, target, { size: 1, color: '#000', relation: 'aid', directed: true, type: 'arrow', curvature: 0, count } as never);
  }
  return graph;
}

const leftOut = (graph: ViewGraph, thinned: ThinnedLines | null) => graph.filterEdges((line) => isLeftOut(thinned, line)).sort();

describe('thinning the lines of a dense graph', () => {
  const lines: [string, string, string, number][] = [
    ['a-b aid', 'a', 'b', 2],
    ['b-a threat', 'b', 'a', 5],
    ['a-b talks', 'a', 'b', 1],
    ['a-c aid', 'a', 'c', 1],
    ['b-c aid', 'b', 'c', 3],
    ['c-d aid', 'c', 'd', 4],
  ];

  it('draws every line while there are no more than the threshold', () => {
    expect(thinLines(stageGraph(lines), { onePerPairAbove: 6, cap: 100 })).toBeNull();
  });

  it('keeps the line of each pair standing for the most events, whichever its direction', () => {
    const graph = stageGraph(lines);
    const thinned = thinLines(graph, { onePerPairAbove: 3, cap: 100 })!;
    expect(leftOut(graph, thinned)).toEqual(['a-b aid', 'a-b talks']);
    expect(thinned).toMatchObject({ drawn: 4, total: 6, capped: false });
    expect(thinningNote(thinned)).toBe('4 of 6 lines drawn: one per pair of actors, the one standing for the most events. Select an actor to see all of its lines.');
  });

  it('caps the lines drawn at the ones standing for the most events, and says so', () => {
    const graph = stageGraph(lines);
    const thinned = thinLines(graph, { onePerPairAbove: 3, cap: 2 })!;
    expect(leftOut(graph, thinned)).toEqual(['a-b aid', 'a-b talks', 'a-c aid', 'b-c aid']);
    expect(thinned).toMatchObject({ drawn: 2, total: 6, capped: true });
    expect(thinningNote(thinned)).toBe('2 of 6 lines drawn: the ones standing for the most events, one per pair of actors. Select an actor to see all of its lines.');
  });

  it('brings back the line under the top one when the top one goes (a filter drops it)', () => {
    const graph = stageGraph(lines);
    const before = thinLines(graph, { onePerPairAbove: 3, cap: 100 });
    graph.dropEdge('b-a threat');
    const after = thinLines(graph, { onePerPairAbove: 3, cap: 100 });
    expect(leftOut(graph, after)).toEqual(['a-b talks']);
    // The line that comes back is the one to redraw (the dropped one is gone from the graph).
    expect(thinningChanges(graph, before, after)).toEqual(['a-b aid']);
    // Thinning starting or ending: every line left out changes.
    expect(thinningChanges(graph, null, after)).toEqual(['a-b talks']);
    expect(thinningNote(null)).toBeNull();
  });

  it('thins a large graph in steps (the stage draws a new graph in slices), keeping the same lines', () => {
    // 12,000 lines among 60 actors: many per pair, counts cycling so pairs have a clear strongest line.
    const many: [string, string, string, number][] = Array.from({ length: 12_000 }, (_, i) => [`line ${i}`, `actor ${i % 60}`, `actor ${Math.floor(i / 60) % 60}`, (i * 13) % 17]);
    const graph = stageGraph(many);
    const limits = { onePerPairAbove: 6_000, cap: 500 };
    const steps = thinLinesSteps(graph, limits);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(6);
    const once = thinLines(graph, limits)!;
    expect(step.value).toMatchObject({ drawn: once.drawn, total: 12_000, capped: true });
    expect([...step.value!.kept].sort()).toEqual([...once.kept].sort());
  });
});

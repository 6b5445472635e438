import type Sigma from 'sigma';
import type { ViewEdgeAttributes, ViewNodeAttributes } from '../../graph/viewTypes';

/** Lines whose display data sigma computes between two pauses of indexSteps. */
const LINES_PER_STEP = 2_000;

// Sigma 3's own indexing (what its full refresh does first): private methods, reached as lineStage
// reaches sigma's graph handlers. Each runs the reducer of one item and caches its display data.
interface SigmaIndexing {
  clearNodeIndices(): void;
  clearEdgeIndices(): void;
  addNode(key: string): void;
  addEdge(key: string): void;
}

/**
 * The first half of sigma's full refresh in steps: every actor's display data in one step (so an
 * actor under the pointer always has some), then the lines' a few thousand at a time, pausing
 * (yielding) in between. Only for a caller that holds sigma silenced and whose sigma has no edge
 * events (a line hovered between two steps could lack its data); it then lets sigma process and
 * draw (a refresh of no items), which no longer runs any reducer.
 */
export function* indexSteps(sigma: Sigma<ViewNodeAttributes, ViewEdgeAttributes>): Generator<void, void> {
  const indexing = sigma as unknown as SigmaIndexing;
  const graph = sigma.getGraph();
  indexing.clearNodeIndices();
  graph.forEachNode((node) => indexing.addNode(node));
  yield;
  indexing.clearEdgeIndices();
  const lines = graph.edges();
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && i % LINES_PER_STEP === 0) yield;
    indexing.addEdge(lines[i]!);
  }
}

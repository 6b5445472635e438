import type Sigma from 'sigma';
import type { ViewEdgeAttributes, ViewNodeAttributes } from '../../graph/viewTypes';

/** Actors or lines whose display data sigma computes between two pauses of indexSteps. */
const ITEMS_PER_STEP = 2_000;

// Sigma 3's own indexing (what its full refresh does first): private members, reached as lineStage
// reaches sigma's graph handlers. addNode and addEdge run the reducer of one item and cache its display data.
interface SigmaIndexing {
  clearEdgeIndices(): void;
  addNode(key: string): void;
  addEdge(key: string): void;
  nodeDataCache: Record<string, unknown>;
  nodesWithForcedLabels: Set<string>;
  highlightedNodes: Set<string>;
  nodeZExtent: [number, number];
}

/**
 * The first half of sigma's full refresh in steps of a few thousand actors or lines, pausing (yielding)
 * in between. Only for a caller that holds sigma silenced and whose sigma has no edge events (a line
 * hovered between two steps could lack its data); it then lets sigma process and draw, which no longer
 * runs any reducer. The actors' cache is not emptied first (sigma's clearNodeIndices would): an actor
 * of the old frame under the pointer between two steps still has data; actors gone are dropped from
 * it at the end. What only a process or a draw reads (forced labels, highlighted actors, the z range)
 * starts afresh.
 */
export function* indexSteps(sigma: Sigma<ViewNodeAttributes, ViewEdgeAttributes>): Generator<void, void> {
  const indexing = sigma as unknown as SigmaIndexing;
  const graph = sigma.getGraph();
  indexing.nodesWithForcedLabels = new Set();
  indexing.highlightedNodes = new Set();
  indexing.nodeZExtent = [Infinity, -Infinity];
  const nodes = graph.nodes();
  for (let i = 0; i < nodes.length; i++) {
    if (i > 0 && i % ITEMS_PER_STEP === 0) yield;
    indexing.addNode(nodes[i]!);
  }
  yield;
  for (const node of Object.keys(indexing.nodeDataCache)) if (!graph.hasNode(node)) delete indexing.nodeDataCache[node];
  indexing.clearEdgeIndices();
  const lines = graph.edges();
  for (let i = 0; i < lines.length; i++) {
    if (i % ITEMS_PER_STEP === 0) yield;
    indexing.addEdge(lines[i]!);
  }
}

import type Graph from 'graphology';

/**
 * The part of the graph that stays bright; everything else fades. Stated in actors, so it applies
 * to whatever lines are drawn between them (bundles or single events).
 */
export interface Focus {
  nodes: ReadonlySet<string>;
  /** A focused actor: lines touching it stay bright. */
  center: string | null;
  /** A focused pair (a selected line): lines between the two stay bright and are drawn thicker. */
  pair: readonly [string, string] | null;
}

export type FocusTarget = { kind: 'node'; node: string } | { kind: 'edge'; edge: string };

/** A node and its neighbours. */
export function focusOnNode(graph: Graph, node: string): Focus | null {
  if (!graph.hasNode(node)) return null;
  return { nodes: new Set<string>([node, ...graph.neighbors(node)]), center: node, pair: null };
}

/** Both ends of an edge. */
export function focusOnPair(graph: Graph, edge: string): Focus | null {
  if (!graph.hasEdge(edge)) return null;
  const [a, b] = graph.extremities(edge);
  return { nodes: new Set([a, b]), center: null, pair: [a, b] };
}

/** Whether a line between `source` and `target` stays bright under `focus`. */
export function lineInFocus(focus: Focus, source: string, target: string): boolean {
  if (focus.center !== null) return source === focus.center || target === focus.center;
  if (focus.pair) return (source === focus.pair[0] && target === focus.pair[1]) || (source === focus.pair[1] && target === focus.pair[0]);
  return false;
}

/** Hovering a node wins over the selection, so users can peek while something is selected. */
export function computeFocus(graph: Graph, hoveredNode: string | null, selection: FocusTarget | null): Focus | null {
  if (hoveredNode !== null) return focusOnNode(graph, hoveredNode);
  if (selection?.kind === 'node') return focusOnNode(graph, selection.node);
  if (selection?.kind === 'edge') return focusOnPair(graph, selection.edge);
  return null;
}

/** Unordered key of two actors, for matching lines against a path. */
export const pairOfActors = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Actors two steps from `center` and no closer (the outer ring of a 2-hop ego network). */
export function secondRing(graph: Graph, center: string): Set<string> {
  const ring = new Set<string>();
  if (!graph.hasNode(center)) return ring;
  const first = new Set(graph.neighbors(center));
  for (const n of first) for (const m of graph.neighbors(n)) if (m !== center && !first.has(m)) ring.add(m);
  return ring;
}

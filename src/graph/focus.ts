import type Graph from 'graphology';

/** The part of the graph that stays bright; everything else fades. */
export interface Focus {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Edges drawn thicker (the selected pair). */
  emphasizedEdges: ReadonlySet<string>;
}

export type FocusTarget = { kind: 'node'; node: string } | { kind: 'edge'; edge: string };

/** A node, its neighbours and every edge touching it. */
export function focusOnNode(graph: Graph, node: string): Focus | null {
  if (!graph.hasNode(node)) return null;
  const nodes = new Set<string>([node, ...graph.neighbors(node)]);
  const edges = new Set<string>(graph.edges(node));
  return { nodes, edges, emphasizedEdges: new Set() };
}

/** Both ends of an edge and every edge between them, in either direction. */
export function focusOnPair(graph: Graph, edge: string): Focus | null {
  if (!graph.hasEdge(edge)) return null;
  const [a, b] = graph.extremities(edge);
  const edges = new Set<string>([...graph.edges(a, b), ...graph.edges(b, a)]);
  return { nodes: new Set([a, b]), edges, emphasizedEdges: edges };
}

/** Hovering a node wins over the selection, so users can peek while something is selected. */
export function computeFocus(graph: Graph, hoveredNode: string | null, selection: FocusTarget | null): Focus | null {
  if (hoveredNode !== null) return focusOnNode(graph, hoveredNode);
  if (selection?.kind === 'node') return focusOnNode(graph, selection.node);
  if (selection?.kind === 'edge') return focusOnPair(graph, selection.edge);
  return null;
}

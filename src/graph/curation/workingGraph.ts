// Small operations on the curated copy of a graph (never the base graph itself).
import type { DramatisGraph } from '../buildGraph';
import type { CurationMark } from '../../domain/contract';

export function withMark(marks: readonly CurationMark[] | undefined, mark: CurationMark): CurationMark[] {
  return marks?.includes(mark) ? [...marks] : [...(marks ?? []), mark];
}

export function markEdge(graph: DramatisGraph, edge: string, mark: CurationMark): void {
  graph.setEdgeAttribute(edge, 'curated', withMark(graph.getEdgeAttribute(edge, 'curated'), mark));
}

export function markNode(graph: DramatisGraph, node: string, mark: CurationMark): void {
  graph.setNodeAttribute(node, 'curated', withMark(graph.getNodeAttribute(node, 'curated'), mark));
}

/**
 * Re-attaches `edge` (same key, same attributes) between new endpoints; false for a self-loop
 * (an actor relating to itself says nothing, even where the graph would allow it).
 */
export function moveEdge(graph: DramatisGraph, edge: string, source: string, target: string): boolean {
  if (source === target) return false;
  const attributes = graph.getEdgeAttributes(edge);
  graph.dropEdge(edge);
  graph.addDirectedEdgeWithKey(edge, source, target, attributes);
  return true;
}

export function uniqueNames(names: readonly string[], except: string): string[] {
  return [...new Set(names)].filter((n) => n !== except && n.trim() !== '');
}

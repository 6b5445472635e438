import { MultiDirectedGraph } from 'graphology';
import type { ExtractionResult } from '../extract/types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from './contract';

export type DramatisGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Turns extraction output into the contract graph: one node per actor, one edge per event. */
export function buildGraph(result: ExtractionResult): DramatisGraph {
  const graph: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ documents: result.documents });
  for (const a of result.actors) {
    const attrs: NodeAttributes = { label: a.label, kind: a.kind, aliases: a.aliases };
    if (a.affiliation) attrs.affiliation = a.affiliation;
    if (a.description) attrs.description = a.description;
    if (a.notes) attrs.notes = a.notes;
    graph.addNode(a.id, attrs);
  }
  for (const e of result.events) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.id)) continue;
    const { id, source, target, ...attrs } = e;
    graph.addDirectedEdgeWithKey(id, source, target, attrs);
  }
  return graph;
}

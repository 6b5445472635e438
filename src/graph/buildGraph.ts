import { MultiDirectedGraph } from 'graphology';
import type { ExtractionResult } from '../extract/types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../domain/contract';
import { renameUnsafeNodeKeys } from './formats/safeNodeKeys';
import { assignHappenings } from './happenings';

export type DramatisGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * Turns extraction output into the contract graph: one node per actor, one edge per event. An actor
 * id graphology cannot hold as a node key (a slug such as "constructor") gets the same new key an
 * import would give it (see safeNodeKeys). Events reporting the same happening share a `happening` id.
 */
export function buildGraph(result: ExtractionResult): DramatisGraph {
  const graph: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ documents: result.documents });
  const renamed = renameUnsafeNodeKeys(result.actors.map((a) => a.id));
  const key = (id: string) => renamed.get(id) ?? id;
  for (const a of result.actors) {
    const attrs: NodeAttributes = { label: a.label, kind: a.kind, aliases: a.aliases };
    if (a.affiliation) attrs.affiliation = key(a.affiliation);
    if (a.description) attrs.description = a.description;
    if (a.notes) attrs.notes = a.notes;
    graph.addNode(key(a.id), attrs);
  }
  for (const e of result.events) {
    const { id, source, target, ...attrs } = e;
    if (!graph.hasNode(key(source)) || !graph.hasNode(key(target)) || graph.hasEdge(id)) continue;
    if (attrs.attributedTo !== undefined) attrs.attributedTo = key(attrs.attributedTo);
    graph.addDirectedEdgeWithKey(id, key(source), key(target), attrs);
  }
  assignHappenings(graph);
  return graph;
}

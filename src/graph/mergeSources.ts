import { MultiDirectedGraph } from 'graphology';
import type { DramatisGraph } from './buildGraph';
import type { DocumentMeta, NodeAttributes } from '../domain/contract';

/** One graph of the session (the corpus or an imported file) as it takes part in the merge. */
export interface GraphSource {
  id: string;
  /**
   * Put before this source's edge keys and document ids so they never collide with another
   * source's. Empty for the seed corpus, whose keys (and the URLs that name them) stay as they are.
   */
  keyPrefix: string;
  /** The source's own graph; never mutated. */
  graph: DramatisGraph;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** The same actor seen by one more source: the first source's label and kind win, names are pooled. */
function combineActor(first: NodeAttributes, other: NodeAttributes): NodeAttributes {
  const combined: NodeAttributes = {
    ...first,
    aliases: unique([...first.aliases, ...(other.label !== first.label ? [other.label] : []), ...other.aliases]),
  };
  if (combined.affiliation === undefined && other.affiliation !== undefined) combined.affiliation = other.affiliation;
  if (combined.description === undefined && other.description !== undefined) combined.description = other.description;
  if (first.notes || other.notes) combined.notes = unique([...(first.notes ?? []), ...(other.notes ?? [])]);
  return combined;
}

/**
 * The data graph of a session: every source's actors, relations and documents in one graph.
 * An actor id present in several sources is one actor (aliases pooled); edge keys and document ids
 * carry their source's prefix. A single unprefixed source is returned as it is (no copy).
 * Removing a source is merging the others: its edges, documents and the actors only it had go.
 */
export function mergeSources(sources: readonly GraphSource[]): DramatisGraph {
  if (sources.length === 1 && sources[0]!.keyPrefix === '') return sources[0]!.graph;
  const merged: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: sources.some((s) => s.graph.allowSelfLoops) });
  const documents: DocumentMeta[] = [];
  for (const { graph, keyPrefix } of sources) {
    for (const d of graph.getAttribute('documents')) documents.push({ ...d, id: keyPrefix + d.id });
    graph.forEachNode((node, attrs) => {
      if (merged.hasNode(node)) merged.replaceNodeAttributes(node, combineActor(merged.getNodeAttributes(node), attrs));
      else merged.addNode(node, { ...attrs, aliases: [...attrs.aliases], ...(attrs.notes ? { notes: [...attrs.notes] } : {}) });
    });
  }
  for (const { graph, keyPrefix } of sources) {
    graph.forEachEdge((edge, attrs, source, target) => {
      merged.addDirectedEdgeWithKey(keyPrefix + edge, source, target, { ...attrs, doc: keyPrefix + attrs.doc, evidence: { ...attrs.evidence } });
    });
  }
  merged.replaceAttributes({ documents });
  return merged;
}

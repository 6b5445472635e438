// What an export holds: everything, or the visible edges, the actors they touch (plus the visible
// actors and whoever the kept relations are attributed to) and the documents those relations cite.
import type { DramatisGraph } from '../buildGraph';
import type { DocumentMeta, SerializedDramatisGraph, SerializedEdge, SerializedNode } from '../contract';
import type { ExportOptions } from './types';

function copyNode(key: string, graph: DramatisGraph): SerializedNode {
  const a = graph.getNodeAttributes(key);
  return { key, attributes: { ...a, aliases: [...a.aliases], ...(a.notes ? { notes: [...a.notes] } : {}) } };
}

export function selectForExport(graph: DramatisGraph, options: ExportOptions = {}): SerializedDramatisGraph {
  const { edges: edgeFilter, nodes: nodeFilter } = options;
  const everything = !edgeFilter && !nodeFilter;
  const nodeKeys = new Set<string>();
  const edges: SerializedEdge[] = [];
  const docIds = new Set<string>();
  const chosen = new Set<string>();
  graph.forEachNode((node) => {
    if (everything || nodeFilter?.(node)) chosen.add(node);
  });
  for (const node of chosen) nodeKeys.add(node);
  graph.forEachEdge((key, attributes, source, target) => {
    if (edgeFilter ? !edgeFilter(key) : nodeFilter ? !(chosen.has(source) && chosen.has(target)) : false) return;
    edges.push({ key, source, target, attributes: { ...attributes, evidence: { ...attributes.evidence } } });
    nodeKeys.add(source);
    nodeKeys.add(target);
    if (attributes.attributedTo !== undefined) nodeKeys.add(attributes.attributedTo);
    docIds.add(attributes.doc);
  });
  const nodes: SerializedNode[] = [];
  graph.forEachNode((node) => {
    if (nodeKeys.has(node)) nodes.push(copyNode(node, graph));
  });
  const documents: DocumentMeta[] = graph
    .getAttribute('documents')
    .filter((d) => everything || docIds.has(d.id))
    .map((d) => ({ ...d }));
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: graph.allowSelfLoops },
    attributes: { documents },
    nodes,
    edges,
  };
}

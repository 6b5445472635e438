// What an export holds: everything, or the visible edges, the actors they touch (plus the visible
// actors and whoever the kept relations are attributed to) and the documents those relations cite.
import type { DramatisGraph } from '../buildGraph';
import type { DocumentMeta, EdgeAttributes, NodeAttributes, SerializedDramatisGraph, SerializedEdge, SerializedNode } from '../../domain/contract';
import type { ExportOptions } from './types';

/** The contract's attributes only: whatever else a graph carries (a view's x, y, colour) stays out. */
function nodeAttributes(a: NodeAttributes): NodeAttributes {
  const out: NodeAttributes = { label: a.label, kind: a.kind, aliases: [...a.aliases] };
  if (a.affiliation !== undefined) out.affiliation = a.affiliation;
  if (a.description !== undefined) out.description = a.description;
  if (a.notes !== undefined) out.notes = [...a.notes];
  if (a.curated !== undefined) out.curated = [...a.curated];
  return out;
}

function edgeAttributes(a: EdgeAttributes): EdgeAttributes {
  const out: EdgeAttributes = {
    relation: a.relation,
    cameo: a.cameo,
    plover: a.plover,
    date: a.date,
    datePrecision: a.datePrecision,
    doc: a.doc,
    evidence: { text: a.evidence.text, start: a.evidence.start, end: a.evidence.end },
    modality: a.modality,
    confidence: a.confidence,
  };
  if (a.dateEnd !== undefined) out.dateEnd = a.dateEnd;
  if (a.attributedTo !== undefined) out.attributedTo = a.attributedTo;
  if (a.cue !== undefined) out.cue = a.cue;
  if (a.dateNote !== undefined) out.dateNote = a.dateNote;
  if (a.originalRelation !== undefined) out.originalRelation = a.originalRelation;
  if (a.curated !== undefined) out.curated = [...a.curated];
  return out;
}

function documentMeta(d: DocumentMeta): DocumentMeta {
  const out: DocumentMeta = {
    id: d.id,
    title: d.title,
    published: d.published,
    publishedPrecision: d.publishedPrecision,
    publishedInferred: d.publishedInferred,
    source: d.source,
    body: d.body,
  };
  if (d.url !== undefined) out.url = d.url;
  if (d.importedFrom !== undefined) out.importedFrom = d.importedFrom;
  return out;
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
    edges.push({ key, source, target, attributes: edgeAttributes(attributes) });
    nodeKeys.add(source);
    nodeKeys.add(target);
    if (attributes.attributedTo !== undefined) nodeKeys.add(attributes.attributedTo);
    docIds.add(attributes.doc);
  });
  const nodes: SerializedNode[] = [];
  graph.forEachNode((node) => {
    if (nodeKeys.has(node)) nodes.push({ key: node, attributes: nodeAttributes(graph.getNodeAttributes(node)) });
  });
  const documents: DocumentMeta[] = graph
    .getAttribute('documents')
    .filter((d) => everything || docIds.has(d.id))
    .map(documentMeta);
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: graph.allowSelfLoops },
    attributes: { documents },
    nodes,
    edges,
  };
}

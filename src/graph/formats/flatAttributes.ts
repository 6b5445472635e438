// How Dramatis attributes are written into GEXF and GraphML, which hold only flat values per
// attribute: lists as JSON arrays in a string, evidence as three attributes (evidence = the text,
// evidenceStart, evidenceEnd), and the documents plus extra graph attributes as one JSON text.
import type { DocumentMeta, EdgeAttributes, NodeAttributes } from '../../domain/contract';

export type FlatValue = string | number;
export type FlatAttributes = Record<string, FlatValue>;

/** Attribute names and types of nodes and edges as written (GraphML keys, GEXF attribute model). */
export const NODE_FIELDS: ReadonlyArray<[string, 'string' | 'int' | 'double']> = [
  ['label', 'string'],
  ['kind', 'string'],
  ['aliases', 'string'],
  ['affiliation', 'string'],
  ['description', 'string'],
  ['notes', 'string'],
  ['curated', 'string'],
];

export const EDGE_FIELDS: ReadonlyArray<[string, 'string' | 'int' | 'double']> = [
  ['relation', 'string'],
  ['originalRelation', 'string'],
  ['cameo', 'string'],
  ['plover', 'string'],
  ['date', 'string'],
  ['dateEnd', 'string'],
  ['datePrecision', 'string'],
  ['dateNote', 'string'],
  ['doc', 'string'],
  ['evidence', 'string'],
  ['evidenceStart', 'int'],
  ['evidenceEnd', 'int'],
  ['modality', 'string'],
  ['confidence', 'double'],
  ['attributedTo', 'string'],
  ['cue', 'string'],
  ['curated', 'string'],
];

/** Node attributes other than the label (GEXF writes the label as the node's own label). */
export function encodeNodeAttributes(a: NodeAttributes): FlatAttributes {
  const out: FlatAttributes = { kind: a.kind, aliases: JSON.stringify(a.aliases) };
  if (a.affiliation !== undefined) out.affiliation = a.affiliation;
  if (a.description !== undefined) out.description = a.description;
  if (a.notes !== undefined) out.notes = JSON.stringify(a.notes);
  if (a.curated !== undefined) out.curated = JSON.stringify(a.curated);
  return out;
}

export function encodeEdgeAttributes(a: EdgeAttributes): FlatAttributes {
  const out: FlatAttributes = {
    relation: a.relation,
    cameo: a.cameo,
    date: a.date,
    datePrecision: a.datePrecision,
    doc: a.doc,
    evidence: a.evidence.text,
    evidenceStart: a.evidence.start,
    evidenceEnd: a.evidence.end,
    modality: a.modality,
    confidence: a.confidence,
  };
  if (a.originalRelation !== undefined) out.originalRelation = a.originalRelation;
  if (a.plover !== null) out.plover = a.plover;
  if (a.dateEnd !== undefined) out.dateEnd = a.dateEnd;
  if (a.attributedTo !== undefined) out.attributedTo = a.attributedTo;
  if (a.cue !== undefined) out.cue = a.cue;
  if (a.dateNote !== undefined) out.dateNote = a.dateNote;
  if (a.curated !== undefined) out.curated = JSON.stringify(a.curated);
  return out;
}

/** The marker that tells a Dramatis graph description from any other. */
const META_FORMAT = 'dramatis-graph';

export function encodeGraphMeta(documents: DocumentMeta[], extra: Record<string, unknown>): string {
  const { documents: _ignored, ...rest } = extra;
  return JSON.stringify({ format: META_FORMAT, documents, attributes: rest });
}

/** The documents and extra attributes of a Dramatis description; null for any other text. */
export function decodeGraphMeta(text: string): { documents: unknown[]; attributes: Record<string, unknown> } | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return null;
  try {
    const value: unknown = JSON.parse(trimmed);
    if (typeof value !== 'object' || value === null) return null;
    const v = value as Record<string, unknown>;
    if (v.format !== META_FORMAT || !Array.isArray(v.documents)) return null;
    const attributes = typeof v.attributes === 'object' && v.attributes !== null && !Array.isArray(v.attributes) ? (v.attributes as Record<string, unknown>) : {};
    return { documents: v.documents, attributes };
  } catch {
    return null;
  }
}

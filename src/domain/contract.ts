// The graph contract: what every part of Dramatis downstream of extraction relies on.
// Documented for humans in docs/graph-contract.md.

export const ACTOR_KINDS = ['person', 'state', 'organization', 'group', 'media', 'other'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const MODALITIES = ['asserted', 'reported', 'planned', 'hypothetical', 'negated'] as const;
export type Modality = (typeof MODALITIES)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year', 'document'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const PUBLISHED_PRECISIONS = ['minute', 'day', 'month', 'year', 'unknown'] as const;
export type PublishedPrecision = (typeof PUBLISHED_PRECISIONS)[number];

/**
 * Relation of an imported edge whose file names no relation of data/relations.json (or none at all);
 * the file's own label, if any, is kept in `originalRelation`. Its `cameo` is '' and `plover` null.
 */
export const UNCLASSIFIED_RELATION = 'unclassified';

/** What an analyst changed on an edge or actor (issue 7, curation); absent on machine-made items. */
export const CURATION_MARKS = ['added', 'relation', 'direction', 'date', 'modality', 'merged', 'split', 'renamed', 'kind'] as const;
export type CurationMark = (typeof CURATION_MARKS)[number];

export interface DocumentMeta {
  id: string;
  title: string;
  /** ISO date (`YYYY-MM-DD`) or date-time (`YYYY-MM-DDTHH:mm`); null when neither given nor inferable. */
  published: string | null;
  publishedPrecision: PublishedPrecision;
  /** True when `published` was inferred from the text rather than given. */
  publishedInferred: boolean;
  /** Outlet or author line; null when the document names none. */
  source: string | null;
  url?: string;
  /** The exact text that evidence offsets index into. */
  body: string;
  /**
   * Set on the document that stands for an imported file (its name): `body` then holds the evidence
   * sentences the file gave, and an edge of this document whose file gave none has empty evidence.
   */
  importedFrom?: string;
}

export interface GraphAttributes {
  documents: DocumentMeta[];
}

export interface NodeAttributes {
  label: string;
  kind: ActorKind;
  /** Every surface form seen in the texts plus dictionary aliases. */
  aliases: string[];
  /** Actor id of the state or organisation this actor belongs to. */
  affiliation?: string;
  /** What the text says the actor is ("a former U.S. diplomat and Iran expert"). */
  description?: string;
  /** Why the actor was recognised or why spellings were merged into it. */
  notes?: string[];
  /** Set when an analyst changed the actor: what was changed ('merged', 'split', 'renamed', 'kind'). */
  curated?: CurationMark[];
}

export interface Evidence {
  /** Exactly `document.body.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
}

export interface EdgeAttributes {
  relation: string;
  cameo: string;
  plover: string | null;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  dateEnd?: string;
  datePrecision: DatePrecision;
  /** How the date was read where the clause names none ("the day named in sentence 2"). */
  dateNote?: string;
  doc: string;
  evidence: Evidence;
  modality: Modality;
  confidence: number;
  attributedTo?: string;
  /** The words that triggered the relation, as they appear in the evidence. */
  cue?: string;
  /** How a reference to an earlier event was read ("the move" as the tariffs Russia imposed), when the roles come from one. */
  anaphor?: string;
  /** Imported edges: the relation as the file named it, when that was not a relation id. */
  originalRelation?: string;
  /** Set when an analyst changed the edge: what was changed ('added', 'relation', 'direction', …). */
  curated?: CurationMark[];
  /**
   * The happening this event reports: the key of an edge of the graph (often this one). Events
   * sharing it state the same happening (same actors and relation, compatible dates) in different
   * sentences or documents; the view counts them once and lists every source (graph/happenings.ts).
   */
  happening?: string;
}

export interface SerializedNode {
  key: string;
  attributes: NodeAttributes;
}

export interface SerializedEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
  undirected?: boolean;
}

/** The JSON written by `graph.export()` on a Dramatis graph. */
export interface SerializedDramatisGraph {
  options: { type: 'directed'; multi: true; allowSelfLoops: boolean };
  attributes: GraphAttributes;
  nodes: SerializedNode[];
  edges: SerializedEdge[];
}

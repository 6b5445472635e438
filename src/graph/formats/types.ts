// The public shapes of graph import and export (see docs/formats.md).
import type { SerializedDramatisGraph } from '../../domain/contract';

export type GraphFormat = 'gexf' | 'graphml' | 'json' | 'csv';

export const GRAPH_FORMATS: readonly GraphFormat[] = ['gexf', 'graphml', 'json', 'csv'];

/** A file ready to be saved: CSV gives two (nodes.csv and edges.csv), the others one. */
export interface ExportedFile {
  name: string;
  mime: string;
  text: string;
}

export interface ExportOptions {
  /** Only these edges (and the nodes they touch, plus `nodes` if given) — "what is visible"; omit for everything. */
  edges?: (edge: string) => boolean;
  nodes?: (node: string) => boolean;
  /** Base of the file names, e.g. "dramatis-2026-01-10-to-2026-01-12". */
  baseName?: string;
  /** Extra graph attributes to carry (e.g. `stories`) in formats that can hold them (JSON, GEXF, GraphML). */
  extraGraphAttributes?: Record<string, unknown>;
  /** Where each actor is drawn, written as GEXF viz:position and GraphML x/y (Gephi opens the same picture). */
  positions?: (node: string) => { x: number; y: number } | undefined;
}

/** Which CSV column holds what; every value is a column name of the file's header. */
export interface CsvMapping {
  source: string;
  target: string;
  relation?: string;
  date?: string;
  /** Last day of a span ("since December 28" / "January 11-12"). */
  dateEnd?: string;
  /** day, month, year or document (Dramatis exports); otherwise read from how the date is written. */
  datePrecision?: string;
  evidence?: string;
  /** Document title (rows with the same value share one document). */
  document?: string;
  /** Document id, when the file has one next to the title. */
  documentId?: string;
  /** Edge id; rows without one get a generated id. */
  id?: string;
  modality?: string;
  confidence?: string;
  cameo?: string;
  /** The relation as a file named it, next to an "unclassified" relation (Dramatis exports). */
  originalRelation?: string;
  /** Id of the actor the relation is attributed to ("X said"). */
  attributedTo?: string;
  cue?: string;
  /** How the event's date was read from its text (Dramatis exports). */
  dateNote?: string;
  sourceLabel?: string;
  targetLabel?: string;
}

export interface ImportOptions {
  csvMapping?: CsvMapping;
  /**
   * CSV only: the text of a nodes file to read with the edge list (columns id, label, kind, aliases,
   * affiliation, description, notes, as exportGraph writes them), for actors' labels and kinds.
   */
  csvNodesText?: string;
  /** How the import's own document is titled (the file name when omitted). */
  sourceLabel?: string;
  /** Day of the import (`YYYY-MM-DD`); the date edges without one of their own stand on. Today when omitted. */
  importDay?: string;
}

export type ImportOutcome =
  | { ok: true; format: GraphFormat; graph: SerializedDramatisGraph; warnings: string[]; extraGraphAttributes: Record<string, unknown> }
  | { ok: false; message: string };

// The analyst's corrections as plain JSON: a log of edits applied in order over the extracted graph.
import type { ActorKind, DatePrecision, Modality } from '../../domain/contract';

/**
 * What identifies an edge across re-extractions: the machine's event as the base graph holds it
 * (document, evidence offsets, endpoints and relation), before any edit.
 */
export interface EdgeSignature {
  doc: string;
  start: number;
  end: number;
  source: string;
  target: string;
  relation: string;
}

/** An edge named by its key and, when the key no longer names the same event, by its signature. */
export interface EdgeRef {
  key: string;
  signature: EdgeSignature;
}

interface EditBase {
  /** Unique within the log. */
  id: string;
  /** ISO date-time the analyst made the edit. */
  at: string;
}

export interface RejectEdit extends EditBase {
  kind: 'reject';
  edge: EdgeRef;
}
export interface RelationEdit extends EditBase {
  kind: 'relation';
  edge: EdgeRef;
  relation: string;
}
export interface DirectionEdit extends EditBase {
  kind: 'direction';
  edge: EdgeRef;
}
export interface DateEdit extends EditBase {
  kind: 'date';
  edge: EdgeRef;
  date: string;
  datePrecision: DatePrecision;
}
export interface ModalityEdit extends EditBase {
  kind: 'modality';
  edge: EdgeRef;
  modality: Modality;
}
/** A relation the analyst read in a document: its evidence is `body.slice(start, end)` of `doc`. */
/** What the analyst gives for a relation of their own: its ends, relation, modality, date and sentence. */
export interface NewRelation {
  source: string;
  target: string;
  relation: string;
  modality: Modality;
  date: string;
  datePrecision: DatePrecision;
  doc: string;
  evidence: { text: string; start: number; end: number };
}

export interface AddEdit extends EditBase, NewRelation {
  kind: 'add';
  /** Key of the new edge. */
  key: string;
}

/** `absorb` disappears into `keep`: its edges move, its names become aliases of `keep`. */
export interface MergeEdit extends EditBase {
  kind: 'merge';
  keep: string;
  absorb: string;
}
/** Some edges (and aliases) of `actor` go to a new actor `newActor`. */
export interface SplitEdit extends EditBase {
  kind: 'split';
  actor: string;
  newActor: string;
  label: string;
  actorKind: ActorKind;
  edges: EdgeRef[];
  aliases: string[];
}
export interface RenameEdit extends EditBase {
  kind: 'rename';
  actor: string;
  label: string;
}
export interface ActorKindEdit extends EditBase {
  kind: 'actorKind';
  actor: string;
  actorKind: ActorKind;
}

export type CurationEdit =
  | RejectEdit
  | RelationEdit
  | DirectionEdit
  | DateEdit
  | ModalityEdit
  | AddEdit
  | MergeEdit
  | SplitEdit
  | RenameEdit
  | ActorKindEdit;

export type EdgeEdit = RejectEdit | RelationEdit | DirectionEdit | DateEdit | ModalityEdit;

/** How one active edit went: applied, or kept in the log but no longer applying (with why). */
export type EditOutcome = { status: 'applied'; note?: string } | { status: 'stale'; reason: string };

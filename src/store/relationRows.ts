// The relations table's rows: one per visible event, sortable by any column. Pure functions.
import type { DramatisGraph } from '../graph/buildGraph';
import { MODALITIES, type DatePrecision, type Modality } from '../domain/contract';
import { relationStyle, type RelationStyle } from '../graph/relationStyles';
import { actorRef, type ActorRef } from './eventLine';
import { missingEvidenceNote } from './importedEvidence';

export interface RelationRow {
  edge: string;
  source: ActorRef;
  target: ActorRef;
  relation: RelationStyle;
  date: string;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  modality: Modality;
  doc: string;
  documentTitle: string;
  evidence: string;
  /** Said instead of the sentence when an imported relation has none; null otherwise. */
  missingEvidence: string | null;
  /** Where the evidence sentence starts in its document, for reading order. */
  evidenceStart: number;
  cue: string | null;
}

export const RELATION_COLUMNS = ['source', 'relation', 'target', 'date', 'modality', 'document', 'evidence'] as const;
export type RelationColumn = (typeof RELATION_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface RelationSort {
  column: RelationColumn;
  direction: SortDirection;
}

/** Chronological by default: the table reads like a timeline. */
export const DEFAULT_RELATION_SORT: RelationSort = { column: 'date', direction: 'ascending' };

/** Rows for the edges that pass the filters (every edge when `visible` is null), in graph order. */
export function buildRelationRows(graph: DramatisGraph, visible: ReadonlySet<string> | null): RelationRow[] {
  const titles = new Map(graph.getAttribute('documents').map((d) => [d.id, d.title]));
  const rows: RelationRow[] = [];
  graph.forEachEdge((edge, a, source, target) => {
    if (visible && !visible.has(edge)) return;
    rows.push({
      edge,
      source: actorRef(graph, source),
      target: actorRef(graph, target),
      relation: relationStyle(a.relation),
      date: a.date,
      dateEnd: a.dateEnd ?? null,
      datePrecision: a.datePrecision,
      modality: a.modality,
      doc: a.doc,
      documentTitle: titles.get(a.doc) ?? a.doc,
      evidence: a.evidence.text,
      missingEvidence: missingEvidenceNote(graph, edge),
      evidenceStart: a.evidence.start,
      cue: a.cue ?? null,
    });
  });
  return rows;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const text = (x: string, y: string) => collator.compare(x, y);
const number = (x: number, y: number) => x - y;

/** Date order: start of the period first ("2026-01" before "2026-01-12"), then the end of a span. */
function compareDates(x: RelationRow, y: RelationRow): number {
  return x.date.localeCompare(y.date) || (x.dateEnd ?? x.date).localeCompare(y.dateEnd ?? y.date);
}

function readingOrder(x: RelationRow, y: RelationRow): number {
  return text(x.documentTitle, y.documentTitle) || x.doc.localeCompare(y.doc) || number(x.evidenceStart, y.evidenceStart);
}

const PRIMARY: Readonly<Record<RelationColumn, (x: RelationRow, y: RelationRow) => number>> = {
  source: (x, y) => text(x.source.label, y.source.label),
  relation: (x, y) => text(x.relation.label, y.relation.label),
  target: (x, y) => text(x.target.label, y.target.label),
  date: compareDates,
  // The ontology's order runs from what happened to what did not.
  modality: (x, y) => number(MODALITIES.indexOf(x.modality), MODALITIES.indexOf(y.modality)),
  document: (x, y) => text(x.documentTitle, y.documentTitle) || x.doc.localeCompare(y.doc) || compareDates(x, y),
  // Sentences sort in the order they are read: by document, then position in it.
  evidence: readingOrder,
};

/** Ties always fall back to date, then source, then the edge key, ascending, so the order is total. */
function tieBreak(x: RelationRow, y: RelationRow): number {
  return compareDates(x, y) || text(x.source.label, y.source.label) || x.edge.localeCompare(y.edge);
}

export function compareRows(sort: RelationSort): (x: RelationRow, y: RelationRow) => number {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const primary = PRIMARY[sort.column];
  return (x, y) => sign * primary(x, y) || tieBreak(x, y);
}

/** A sorted copy. */
export function sortRelationRows(rows: readonly RelationRow[], sort: RelationSort): RelationRow[] {
  return [...rows].sort(compareRows(sort));
}

const sortedByGraph = new WeakMap<DramatisGraph, Map<string, RelationRow[]>>();

/**
 * Every event's row in `sort` order, built once per graph and sort (the graph is never changed in
 * place), so a filter change only picks rows out of it.
 */
export function sortedRelationRows(graph: DramatisGraph, sort: RelationSort): readonly RelationRow[] {
  let bySort = sortedByGraph.get(graph);
  if (!bySort) sortedByGraph.set(graph, (bySort = new Map()));
  const key = `${sort.column} ${sort.direction}`;
  let rows = bySort.get(key);
  if (!rows) {
    const all = bySort.values().next().value ?? buildRelationRows(graph, null);
    bySort.set(key, (rows = sortRelationRows(all, sort)));
  }
  return rows;
}

/** The rows of the events that pass the filters (every event when `visible` is null), in `sort` order. */
export function visibleRelationRows(graph: DramatisGraph, visible: ReadonlySet<string> | null, sort: RelationSort): readonly RelationRow[] {
  const rows = sortedRelationRows(graph, sort);
  return visible ? rows.filter((r) => visible.has(r.edge)) : rows;
}

/** Clicking a header: a new column sorts ascending, the sorted column flips direction. */
export function toggleSort(current: RelationSort, column: RelationColumn): RelationSort {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** The table caption: "12 relations", "1 relation". */
export function relationCountLabel(count: number): string {
  return `${count} ${count === 1 ? 'relation' : 'relations'}`;
}

/** The row `delta` steps from `current` (clamped), for arrow-key navigation; the first row when `current` is absent. */
export function moveActive(rows: readonly RelationRow[], current: string | null, delta: number): string | null {
  if (rows.length === 0) return null;
  const at = current === null ? -1 : rows.findIndex((r) => r.edge === current);
  if (at === -1) return rows[0]!.edge;
  return rows[Math.max(0, Math.min(rows.length - 1, at + delta))]!.edge;
}

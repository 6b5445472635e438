// How a source is kept in IndexedDB (workspace schema 2): its record with the graph as JSON text
// (`graphText`) instead of the object tree, so the write is a string copy for the page. Backups and
// the rest of the app keep the record shape of workspaceRecord.ts; these turn one into the other.
import type { SessionSource } from '../sourceList';
import { graphTextOf } from './graphText';
import { readSourceRecord, type SourceRecord } from './workspaceRecord';

/** One source as its IndexedDB row. */
export type SourceRow = Omit<SourceRecord, 'graph'> & {
  /** `JSON.stringify(graph.export())`, or the import worker's text of the same graph. */
  graphText: string;
};

function rowOf(record: Omit<SourceRecord, 'graph'>, graphText: string): SourceRow {
  const row: SourceRow = { id: record.id, keyPrefix: record.keyPrefix, label: record.label, format: record.format, warnings: record.warnings, position: record.position, graphText };
  if (record.article) row.article = record.article;
  return row;
}

/** The row for a session source (never the corpus). */
export function toSourceRow(source: SessionSource, position: number): SourceRow {
  if (source.format === 'corpus') throw new Error('The seed corpus is rebuilt on every start; it is not stored.');
  const record = { id: source.id, keyPrefix: source.keyPrefix, label: source.label, format: source.format, warnings: [...source.warnings], position };
  return rowOf(source.article ? { ...record, article: { ...source.article } } : record, graphTextOf(source.graph));
}

/** The row for a record (a restored backup). */
export function recordToRow(record: SourceRecord): SourceRow {
  return rowOf(record, JSON.stringify(record.graph));
}

/**
 * The record a stored row holds, checked like any record, or what is wrong with it. A row still in
 * the schema-1 shape (the graph as objects) is read as it is.
 */
export function readSourceRow(row: unknown, where: string): SourceRecord | string {
  if (typeof row !== 'object' || row === null || !('graphText' in row)) return readSourceRecord(row, where);
  const { graphText, ...rest } = row as Record<string, unknown>;
  if (typeof graphText !== 'string') return `${where} holds no serialised graph`;
  let graph: unknown;
  try {
    graph = JSON.parse(graphText);
  } catch (err) {
    const id = typeof rest.id === 'string' ? ` (${rest.id})` : '';
    return `${where}${id} holds a graph that is not JSON (${err instanceof Error ? err.message : String(err)})`;
  }
  return readSourceRecord({ ...rest, graph }, where);
}

/** A schema-1 row (graph as objects) in the schema-2 shape; other rows are left as they are. */
export function upgradeRowToText(row: Record<string, unknown>): void {
  if (!('graph' in row) || 'graphText' in row) return;
  row.graphText = JSON.stringify(row.graph);
  delete row.graph;
}

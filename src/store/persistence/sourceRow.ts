// How a source is kept in IndexedDB (workspace schema 3): its record with the graph as a JSON Blob
// (`graphJson`, ./storedGraph) instead of the object tree, so the page's write is a reference.
// Schema-2 rows hold the same JSON as text (`graphText`), schema-1 rows the graph's objects; both
// still read. Backups and the rest of the app keep the record shape of workspaceRecord.ts.
import type { SessionSource } from '../sourceList';
import { graphJsonBlob } from '../../graph/formats/graphJsonBlob';
import { storedGraphOf } from './storedGraph';
import { readSourceRecord, type SourceRecord } from './workspaceRecord';

/** One source as its IndexedDB row. */
export type SourceRow = Omit<SourceRecord, 'graph'> & {
  /** `JSON.stringify(graph.export())` as a Blob, or a worker's Blob of the same graph. */
  graphJson: Blob;
};

function rowOf(record: Omit<SourceRecord, 'graph'>, graphJson: Blob): SourceRow {
  const row: SourceRow = { id: record.id, keyPrefix: record.keyPrefix, label: record.label, format: record.format, warnings: record.warnings, position: record.position, graphJson };
  if (record.article) row.article = record.article;
  return row;
}

/** The row for a session source (never the corpus). */
export function toSourceRow(source: SessionSource, position: number): SourceRow {
  if (source.format === 'corpus') throw new Error('The seed corpus is rebuilt on every start; it is not stored.');
  const record = { id: source.id, keyPrefix: source.keyPrefix, label: source.label, format: source.format, warnings: [...source.warnings], position };
  return rowOf(source.article ? { ...record, article: { ...source.article } } : record, storedGraphOf(source.graph));
}

/** The row for a record (a restored backup). */
export function recordToRow(record: SourceRecord): SourceRow {
  return rowOf(record, graphJsonBlob(record.graph));
}

function readRowText(rest: Record<string, unknown>, graphText: string, where: string): SourceRecord | string {
  let graph: unknown;
  try {
    graph = JSON.parse(graphText);
  } catch (err) {
    const id = typeof rest.id === 'string' ? ` (${rest.id})` : '';
    return `${where}${id} holds a graph that is not JSON (${err instanceof Error ? err.message : String(err)})`;
  }
  return readSourceRecord({ ...rest, graph }, where);
}

/**
 * The record a stored row holds, checked like any record, or what is wrong with it. Rows of
 * schema 2 (the graph as text) and schema 1 (the graph as objects) are read as they are.
 */
export async function readSourceRow(row: unknown, where: string): Promise<SourceRecord | string> {
  if (typeof row !== 'object' || row === null) return readSourceRecord(row, where);
  if ('graphJson' in row) {
    const { graphJson, ...rest } = row as Record<string, unknown>;
    if (!(graphJson instanceof Blob)) return `${where} holds no serialised graph`;
    let text: string;
    try {
      text = await graphJson.text();
    } catch (err) {
      return `${where} holds a graph that could not be read (${err instanceof Error ? err.message : String(err)})`;
    }
    return readRowText(rest, text, where);
  }
  if (!('graphText' in row)) return readSourceRecord(row, where);
  const { graphText, ...rest } = row as Record<string, unknown>;
  if (typeof graphText !== 'string') return `${where} holds no serialised graph`;
  return readRowText(rest, graphText, where);
}

/** A schema-1 row (graph as objects) in the schema-2 shape; other rows are left as they are. */
export function upgradeRowToText(row: Record<string, unknown>): void {
  if (!('graph' in row) || 'graphText' in row || 'graphJson' in row) return;
  row.graphText = JSON.stringify(row.graph);
  delete row.graph;
}

// The shapes the workspace is kept in (IndexedDB rows and the backup file), and the conversions
// between them and the session's sources. Pure: no IndexedDB, no DOM.
import { MultiDirectedGraph } from 'graphology';
import type { DramatisGraph } from '../../graph/buildGraph';
import type { SerializedDramatisGraph } from '../../domain/contract';
import { isUnsafeNodeKey } from '../../graph/formats/safeNodeKeys';
import { GRAPH_FORMATS, type GraphFormat } from '../../graph/formats/types';
import type { ArticleInfo, SessionSource } from '../sourceList';

/**
 * The record shapes this app writes; a stored or backed-up workspace with a higher number came from a
 * newer app. 2: IndexedDB keeps each source's graph as JSON text; 3: as a JSON Blob (./sourceRow).
 * Backups are unchanged by both.
 */
export const WORKSPACE_SCHEMA_VERSION = 3;

/** One source the user added (an imported graph file or an article), as stored. The corpus is never stored. */
export interface SourceRecord {
  id: string;
  keyPrefix: string;
  label: string;
  format: GraphFormat | 'article';
  warnings: string[];
  article?: ArticleInfo;
  /** Place in the session's list (the corpus is 0). */
  position: number;
  /** `graph.export()`, exactly. */
  graph: SerializedDramatisGraph;
}

/** Everything the workspace keeps, in the current schema. */
export interface WorkspaceContent {
  sources: SourceRecord[];
  /** Never decreases: ids and key prefixes are not reused after a reload. */
  importCount: number;
  /** Registered parts by key (curation, stories, settings…), each as its `snapshot()` gave it. */
  parts: Record<string, unknown>;
}

export const EMPTY_WORKSPACE: WorkspaceContent = { sources: [], importCount: 0, parts: {} };

export function toSourceRecord(source: SessionSource, position: number): SourceRecord {
  if (source.format === 'corpus') throw new Error('The seed corpus is rebuilt on every start; it is not stored.');
  const record: SourceRecord = {
    id: source.id,
    keyPrefix: source.keyPrefix,
    label: source.label,
    format: source.format,
    warnings: [...source.warnings],
    position,
    graph: source.graph.export() as SerializedDramatisGraph,
  };
  if (source.article) record.article = { ...source.article };
  return record;
}

/** The session source a stored record describes; throws with a message for humans when the graph cannot be rebuilt. */
export function fromSourceRecord(record: SourceRecord): SessionSource {
  // import() takes nodes, edges and attributes but not the options: carry the self-loop rule over.
  const graph: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: record.graph.options?.allowSelfLoops !== false });
  try {
    graph.import(record.graph);
  } catch (err) {
    throw new Error(`the kept graph of “${record.label}” could not be rebuilt (${err instanceof Error ? err.message : String(err)})`);
  }
  const documents = graph.getAttribute('documents');
  const source: SessionSource = {
    id: record.id,
    keyPrefix: record.keyPrefix,
    label: record.label,
    format: record.format,
    graph,
    warnings: [...record.warnings],
    actors: graph.order,
    relations: graph.size,
    documents: Array.isArray(documents) ? documents.length : 0,
  };
  if (record.article) source.article = { ...record.article };
  return source;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const SOURCE_ID = /^(import|article)-(\d+)$/;
const SOURCE_FORMATS: readonly string[] = [...GRAPH_FORMATS, 'article'];

/** The number in a stored source id (`import-3` → 3). */
export function sourceNumber(id: string): number {
  const m = SOURCE_ID.exec(id);
  return m ? Number(m[2]) : 0;
}

function readArticle(v: unknown): ArticleInfo | null {
  if (!isRecord(v)) return null;
  const { fileName, input, textHash, addedAt } = v;
  if (fileName !== null && typeof fileName !== 'string') return null;
  if (input !== 'paste' && input !== 'txt' && input !== 'md' && input !== 'html') return null;
  if (typeof textHash !== 'string' || typeof addedAt !== 'string') return null;
  return { fileName, input, textHash, addedAt };
}

/**
 * Checks one stored source record's shape (from IndexedDB or a backup file). Returns the record, or a
 * message saying what is wrong with it.
 */
export function readSourceRecord(v: unknown, where: string): SourceRecord | string {
  if (!isRecord(v)) return `${where} is not an object`;
  const { id, keyPrefix, label, format, warnings, position, graph, article } = v;
  if (typeof id !== 'string' || !SOURCE_ID.test(id)) return `${where} has no valid id (import-N or article-N)`;
  if (keyPrefix !== `${id}:`) return `${where} (${id}) has the key prefix ${JSON.stringify(keyPrefix)} instead of "${id}:"`;
  if (typeof label !== 'string') return `${where} (${id}) has no label`;
  if (typeof format !== 'string' || !SOURCE_FORMATS.includes(format)) return `${where} (${id}) has an unknown format ${JSON.stringify(format)}`;
  if (!Array.isArray(warnings) || !warnings.every((w) => typeof w === 'string')) return `${where} (${id}) has warnings that are not a list of text`;
  if (typeof position !== 'number' || !Number.isInteger(position) || position < 1) return `${where} (${id}) has no position in the list`;
  if (!isRecord(graph) || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges) || !isRecord(graph.attributes)) return `${where} (${id}) holds no serialised graph`;
  if (!Array.isArray(graph.attributes.documents)) return `${where} (${id}): its graph lists no documents`;
  // graphology cannot hold such a key: rebuilding the graph would write to Object.prototype.
  const unsafe = graph.nodes.map((n) => (isRecord(n) ? n.key : undefined)).find((k): k is string => typeof k === 'string' && isUnsafeNodeKey(k));
  if (unsafe !== undefined) return `${where} (${id}) has an actor id no graph can hold (${JSON.stringify(unsafe)})`;
  const record: SourceRecord = { id, keyPrefix, label, format: format as SourceRecord['format'], warnings: warnings as string[], position, graph: graph as unknown as SerializedDramatisGraph };
  if (format === 'article') {
    const info = readArticle(article);
    if (!info) return `${where} (${id}) is an article without its article details`;
    record.article = info;
  }
  return record;
}

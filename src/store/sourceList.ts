// The list of graphs a session shows (the seed corpus and imported files). Pure transitions.
import type { DramatisGraph } from '../graph/buildGraph';
import type { GraphFormat } from '../graph/formats/types';
import type { GraphSource } from '../graph/mergeSources';

export type SourceFormat = GraphFormat | 'corpus' | 'article';

/** How an article the user brought (pasted or dropped) entered the session. */
export interface ArticleInfo {
  /** The dropped file's name; null for pasted text. */
  fileName: string | null;
  /** What the user gave: pasted text or a .txt, .md or .html file. */
  input: 'paste' | 'txt' | 'md' | 'html';
  /** Fingerprint of the article's normalised text; equal fingerprints are the same article. */
  textHash: string;
  /** When it was added (ISO date-time). */
  addedAt: string;
}

export interface SessionSource extends GraphSource {
  /** The file name, or the corpus's name. */
  label: string;
  format: SourceFormat;
  actors: number;
  relations: number;
  documents: number;
  /** What the importer could not take over as it was (ignored columns, unknown relations…). */
  warnings: string[];
  /** Set on sources that are one article the user brought; its text is the graph's one document. */
  article?: ArticleInfo;
}

export interface SourceList {
  sources: SessionSource[];
  /** How many files or articles were added this workspace; numbers the next one's id (never reused). */
  importCount: number;
}

export const EMPTY_SOURCE_LIST: SourceList = { sources: [], importCount: 0 };

export const CORPUS_SOURCE_ID = 'corpus';

function counted(graph: DramatisGraph) {
  return { actors: graph.order, relations: graph.size, documents: graph.getAttribute('documents').length };
}

/** The seed corpus as the session's only source; its keys keep no prefix. */
export function withCorpus(label: string, graph: DramatisGraph): SourceList {
  return {
    sources: [{ id: CORPUS_SOURCE_ID, keyPrefix: '', label, format: 'corpus', graph, warnings: [], ...counted(graph) }],
    importCount: 0,
  };
}

/** One more source at the end of the list; its edge and document keys get the prefix `import-N:`. */
export function withImported(list: SourceList, input: { label: string; format: GraphFormat; graph: DramatisGraph; warnings: string[] }): SourceList {
  const n = list.importCount + 1;
  const id = `import-${n}`;
  const source: SessionSource = { id, keyPrefix: `${id}:`, label: input.label, format: input.format, graph: input.graph, warnings: input.warnings, ...counted(input.graph) };
  return { sources: [...list.sources, source], importCount: n };
}

/** One more article at the end of the list; its edge and document keys get the prefix `article-N:`. */
export function withArticle(list: SourceList, input: { label: string; graph: DramatisGraph; warnings: string[]; article: ArticleInfo }): SourceList {
  const n = list.importCount + 1;
  const id = `article-${n}`;
  const source: SessionSource = { id, keyPrefix: `${id}:`, label: input.label, format: 'article', graph: input.graph, warnings: input.warnings, article: input.article, ...counted(input.graph) };
  return { sources: [...list.sources, source], importCount: n };
}

/** Whether a source may be removed: the session always keeps at least one graph. */
export function canRemove(list: SourceList, id: string): boolean {
  return list.sources.length > 1 && list.sources.some((s) => s.id === id);
}

/** The list without source `id`; the same list when it cannot be removed. */
export function withoutSource(list: SourceList, id: string): SourceList {
  if (!canRemove(list, id)) return list;
  return { ...list, sources: list.sources.filter((s) => s.id !== id) };
}

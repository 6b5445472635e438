// The list of graphs a session shows (the seed corpus and imported files). Pure transitions.
import type { DramatisGraph } from '../graph/buildGraph';
import type { GraphFormat } from '../graph/formats/types';
import type { GraphSource } from '../graph/mergeSources';

export type SourceFormat = GraphFormat | 'corpus';

export interface SessionSource extends GraphSource {
  /** The file name, or the corpus's name. */
  label: string;
  format: SourceFormat;
  actors: number;
  relations: number;
  documents: number;
  /** What the importer could not take over as it was (ignored columns, unknown relations…). */
  warnings: string[];
}

export interface SourceList {
  sources: SessionSource[];
  /** How many files were imported this session; numbers the next import's id (never reused). */
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

/** Whether a source may be removed: the session always keeps at least one graph. */
export function canRemove(list: SourceList, id: string): boolean {
  return list.sources.length > 1 && list.sources.some((s) => s.id === id);
}

/** The list without source `id`; the same list when it cannot be removed. */
export function withoutSource(list: SourceList, id: string): SourceList {
  if (!canRemove(list, id)) return list;
  return { ...list, sources: list.sources.filter((s) => s.id !== id) };
}

import { create } from 'zustand';
import type { DramatisGraph } from '../graph/buildGraph';
import type { GraphFormat } from '../graph/formats/types';
import { mergeSources } from '../graph/mergeSources';
import { EMPTY_SOURCE_LIST, withArticle, withCorpus, withImported, withoutSource, type ArticleInfo, type SessionSource, type SourceList } from './sourceList';
import { loadWorkspaceGraph, showWorkspaceGraph } from './workspaceGraph';

export interface SourcesActions {
  /** The seed corpus loaded: it becomes the only source and the app shows it. */
  corpusLoaded(label: string, graph: DramatisGraph): void;
  /** Adds an imported graph and shows the merge; returns the new source, or a message when the merge failed. */
  addImported(input: { label: string; format: GraphFormat; graph: DramatisGraph; warnings: string[] }): SessionSource | string;
  /** Adds one article's extracted graph and shows the merge; returns the new source, or a message when the merge failed. */
  addArticle(input: { label: string; graph: DramatisGraph; warnings: string[]; article: ArticleInfo }): SessionSource | string;
  /** Removes a source and shows the merge of the rest; false when it is the last one. */
  removeSource(id: string): boolean;
  /**
   * The corpus and the sources kept from an earlier visit (or a backup), shown as one graph. When
   * they cannot be combined, the corpus alone is shown and the message says why.
   */
  sourcesRestored(corpus: { label: string; graph: DramatisGraph }, kept: SourceList): string | null;
}

/** Shows `next` (one source longer); a message naming `label` when the merge failed. */
function added(next: SourceList, label: string): SessionSource | string {
  let merged: DramatisGraph;
  try {
    merged = mergeSources(next.sources);
  } catch (err) {
    return `${label} could not be combined with the graph on screen (${err instanceof Error ? err.message : String(err)}).`;
  }
  useSourcesStore.setState(next);
  showWorkspaceGraph(merged);
  return next.sources[next.sources.length - 1]!;
}

/**
 * The session's sources. Every change hands the merge of the list to the app store, which keeps
 * the filters and selection that still apply (graphReplaced).
 */
export const useSourcesStore = create<SourceList & SourcesActions>()((set, get) => ({
  ...EMPTY_SOURCE_LIST,
  corpusLoaded: (label, graph) => {
    set(withCorpus(label, graph));
    loadWorkspaceGraph(graph);
  },
  addImported: (input) => added(withImported(get(), input), input.label),
  addArticle: (input) => added(withArticle(get(), input), input.label),
  removeSource: (id) => {
    const current = get();
    const next = withoutSource(current, id);
    if (next === current) return false;
    set(next);
    showWorkspaceGraph(mergeSources(next.sources));
    return true;
  },
  sourcesRestored: (corpus, kept) => {
    const base = withCorpus(corpus.label, corpus.graph);
    const next: SourceList = { sources: [...base.sources, ...kept.sources], importCount: Math.max(get().importCount, kept.importCount) };
    let merged: DramatisGraph;
    let message: string | null = null;
    try {
      merged = mergeSources(next.sources);
    } catch (err) {
      message = `The kept files and articles could not be combined with the seed corpus (${err instanceof Error ? err.message : String(err)}); only the corpus is shown.`;
      merged = corpus.graph;
      next.sources = base.sources;
    }
    set(next);
    showWorkspaceGraph(merged);
    return message;
  },
}));

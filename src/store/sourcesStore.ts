import { create } from 'zustand';
import type { DramatisGraph } from '../graph/buildGraph';
import type { GraphFormat } from '../graph/formats/types';
import { mergeSourcesCounted, mergeSteps, type MergedSources } from '../graph/mergeSources';
import { CORPUS_SOURCE_ID, EMPTY_SOURCE_LIST, withArticle, withCorpus, withImported, withoutSource, type ArticleInfo, type SessionSource, type SourceList } from './sourceList';
import { renamedSource, type SourcesReconcile } from './persistence/tabReconcile';

/** A source just added, and how many of its relations were already loaded (merged, not added twice). */
export interface AddedSource {
  source: SessionSource;
  alreadyLoaded: number;
}

export interface SourcesState extends SourceList {
  /** The seed corpus as fetched this visit, kept so it can be brought back after a removal. */
  corpus: { label: string; graph: DramatisGraph } | null;
  /** The user removed the seed corpus; kept in the workspace, so it stays removed after a reload. */
  corpusRemoved: boolean;
  /** The merge of the sources, for the app to show (app/workspaceGraph applies the analyst's edits); a new object at every change. */
  merge: SourcesMerge | null;
}

export interface SourcesMerge {
  graph: DramatisGraph;
  /** The seed corpus loaded: the view starts over instead of carrying filters and selection across. */
  startsSession: boolean;
}

function changedMerge(graph: DramatisGraph): { merge: SourcesMerge } {
  return { merge: { graph, startsSession: false } };
}

export interface SourcesActions {
  /** The seed corpus loaded: it becomes the only source and the app shows it. */
  corpusLoaded(label: string, graph: DramatisGraph): void;
  /** Adds an imported graph and shows the merge; returns the new source, or a message when the merge failed. */
  addImported(input: { label: string; format: GraphFormat; graph: DramatisGraph; warnings: string[] }): AddedSource | string;
  /** Adds one article's extracted graph and shows the merge; returns the new source, or a message when the merge failed. */
  addArticle(input: { label: string; graph: DramatisGraph; warnings: string[]; article: ArticleInfo }): AddedSource | string;
  /** Removes a source and shows the merge of the rest; false when it is the last one. */
  removeSource(id: string): boolean;
  /** Puts a removed seed corpus back in first place; false when it is not removed. */
  restoreCorpus(): boolean;
  /**
   * The corpus and the sources kept from an earlier visit (or a backup), shown as one graph. When
   * they cannot be combined, the corpus alone is shown and the message says why. A corpus the user
   * removed stays out while a kept source remains to show.
   */
  sourcesRestored(corpus: { label: string; graph: DramatisGraph }, kept: SourceList): string | null;
  /** Another tab saved meanwhile: its added sources join, its removals apply, this tab's colliding ids move on. */
  sourcesReconciled(plan: SourcesReconcile): void;
}

/** A source list one longer and its merge, computed but not shown yet (see prepareImported). */
export interface PreparedSources {
  /** The list it was computed from: showing it is only right while the list is still that one. */
  base: readonly SessionSource[];
  next: SourceList;
  merged: MergedSources;
}

/** Why a source could not join the others (the merge threw). */
export function notCombined(label: string, err: unknown): string {
  return `${label} could not be combined with the graph on screen (${err instanceof Error ? err.message : String(err)}).`;
}

/** Merges `next` (one source longer); a message naming `label` when the merge failed. */
function prepare(next: SourceList, label: string): PreparedSources | string {
  try {
    return { base: useSourcesStore.getState().sources, next, merged: mergeSourcesCounted(next.sources) };
  } catch (err) {
    return notCombined(label, err);
  }
}

/**
 * The merge for an imported graph as steps (mergeSteps) for the caller to run in slices: `finish`
 * turns the merge into what showPrepared shows. Throws what the merge throws (see notCombined).
 */
export function importedMergeSteps(input: { label: string; format: GraphFormat; graph: DramatisGraph; warnings: string[] }): {
  steps: Generator<void, MergedSources>;
  finish(merged: MergedSources): PreparedSources;
} {
  const base = useSourcesStore.getState().sources;
  const next = withImported(useSourcesStore.getState(), input);
  return { steps: mergeSteps(next.sources), finish: (merged) => ({ base, next, merged }) };
}

/** Shows a prepared list; returns the added source and how many of its relations were already loaded. */
export function showPrepared(prepared: PreparedSources): AddedSource {
  const { next, merged } = prepared;
  useSourcesStore.setState({ ...next, ...changedMerge(merged.graph) });
  const source = next.sources[next.sources.length - 1]!;
  return { source, alreadyLoaded: merged.alreadyLoaded.get(source.id) ?? 0 };
}

/** The merge for an added article as steps (mergeSteps), as importedMergeSteps for an imported graph. */
export function articleMergeSteps(input: { label: string; graph: DramatisGraph; warnings: string[]; article: ArticleInfo }): {
  steps: Generator<void, MergedSources>;
  finish(merged: MergedSources): PreparedSources;
} {
  const base = useSourcesStore.getState().sources;
  const next = withArticle(useSourcesStore.getState(), input);
  return { steps: mergeSteps(next.sources), finish: (merged) => ({ base, next, merged }) };
}

function added(next: SourceList, label: string): AddedSource | string {
  const prepared = prepare(next, label);
  return typeof prepared === 'string' ? prepared : showPrepared(prepared);
}

/**
 * The session's sources. Every change sets the merge of the list (`merge`), which app/workspaceGraph
 * hands to the app store, keeping the filters and selection that still apply (graphReplaced).
 */
export const useSourcesStore = create<SourcesState & SourcesActions>()((set, get) => ({
  ...EMPTY_SOURCE_LIST,
  corpus: null,
  corpusRemoved: false,
  merge: null,
  corpusLoaded: (label, graph) => {
    set({ ...withCorpus(label, graph), corpus: { label, graph }, corpusRemoved: false, merge: { graph, startsSession: true } });
  },
  addImported: (input) => added(withImported(get(), input), input.label),
  addArticle: (input) => added(withArticle(get(), input), input.label),
  removeSource: (id) => {
    const current = get();
    const next = withoutSource(current, id);
    if (next === current) return false;
    set({ ...next, ...(id === CORPUS_SOURCE_ID ? { corpusRemoved: true } : {}), ...changedMerge(mergeSourcesCounted(next.sources).graph) });
    return true;
  },
  restoreCorpus: () => {
    const { corpus, corpusRemoved, sources } = get();
    if (!corpus || !corpusRemoved) return false;
    const next = [...withCorpus(corpus.label, corpus.graph).sources, ...sources];
    set({ sources: next, corpusRemoved: false, ...changedMerge(mergeSourcesCounted(next).graph) });
    return true;
  },
  sourcesReconciled: (plan) => {
    const { sources, importCount } = get();
    const count = Math.max(importCount, plan.importCount);
    if (plan.adopt.length + plan.renamed.size + plan.gone.length === 0) {
      if (count !== importCount) set({ importCount: count });
      return;
    }
    const kept = sources.filter((s) => !plan.gone.includes(s.id));
    const next = [...(kept.length > 0 ? kept : sources)].map((s) => {
      const id = plan.renamed.get(s.id);
      return id === undefined ? s : renamedSource(s, id);
    });
    next.push(...plan.adopt);
    set({ sources: next, importCount: count, ...changedMerge(mergeSourcesCounted(next).graph) });
  },
  sourcesRestored: (corpus, kept) => {
    const base = withCorpus(corpus.label, corpus.graph);
    const keepCorpusOut = get().corpusRemoved && kept.sources.length > 0;
    const next: SourceList = {
      sources: keepCorpusOut ? [...kept.sources] : [...base.sources, ...kept.sources],
      importCount: Math.max(get().importCount, kept.importCount),
    };
    let merged: DramatisGraph;
    let message: string | null = null;
    try {
      merged = mergeSourcesCounted(next.sources).graph;
    } catch (err) {
      message = `The kept files and articles could not be combined with the seed corpus (${err instanceof Error ? err.message : String(err)}); only the corpus is shown.`;
      merged = corpus.graph;
      next.sources = base.sources;
    }
    const removed = next.sources.every((s) => s.id !== CORPUS_SOURCE_ID);
    set({ ...next, corpus, corpusRemoved: removed, ...changedMerge(merged) });
    return message;
  },
}));

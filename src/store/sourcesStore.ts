import { create } from 'zustand';
import type { DramatisGraph } from '../graph/buildGraph';
import type { GraphFormat } from '../graph/formats/types';
import { mergeSources } from '../graph/mergeSources';
import { useAppStore } from './appStore';
import { EMPTY_SOURCE_LIST, withCorpus, withImported, withoutSource, type SessionSource, type SourceList } from './sourceList';

export interface SourcesActions {
  /** The seed corpus loaded: it becomes the only source and the app shows it. */
  corpusLoaded(label: string, graph: DramatisGraph): void;
  /** Adds an imported graph and shows the merge; returns the new source, or a message when the merge failed. */
  addImported(input: { label: string; format: GraphFormat; graph: DramatisGraph; warnings: string[] }): SessionSource | string;
  /** Removes a source and shows the merge of the rest; false when it is the last one. */
  removeSource(id: string): boolean;
}

/**
 * The session's sources. Every change hands the merge of the list to the app store, which keeps
 * the filters and selection that still apply (graphReplaced).
 */
export const useSourcesStore = create<SourceList & SourcesActions>()((set, get) => ({
  ...EMPTY_SOURCE_LIST,
  corpusLoaded: (label, graph) => {
    set(withCorpus(label, graph));
    useAppStore.getState().graphLoaded(graph);
  },
  addImported: (input) => {
    const next = withImported(get(), input);
    let merged: DramatisGraph;
    try {
      merged = mergeSources(next.sources);
    } catch (err) {
      return `${input.label} could not be combined with the graph on screen (${err instanceof Error ? err.message : String(err)}).`;
    }
    set(next);
    useAppStore.getState().graphReplaced(merged);
    return next.sources[next.sources.length - 1]!;
  },
  removeSource: (id) => {
    const current = get();
    const next = withoutSource(current, id);
    if (next === current) return false;
    set(next);
    useAppStore.getState().graphReplaced(mergeSources(next.sources));
    return true;
  },
}));

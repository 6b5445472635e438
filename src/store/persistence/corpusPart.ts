// Whether the seed corpus was removed, kept in the workspace as the part 'corpus'.
import { useSourcesStore } from '../sourcesStore';
import { registerPersistedPart } from './persistedParts';

export const CORPUS_PART_KEY = 'corpus';

/** Keeps the corpus's removal in the workspace; returns the undo. */
export function registerCorpusPart(): () => void {
  return registerPersistedPart<{ removed: boolean }>({
    key: CORPUS_PART_KEY,
    snapshot: () => ({ removed: useSourcesStore.getState().corpusRemoved }),
    restore: (value) => {
      const removed = typeof value === 'object' && value !== null && (value as { removed?: unknown }).removed === true;
      useSourcesStore.setState({ corpusRemoved: removed });
    },
    subscribe: (changed) => useSourcesStore.subscribe((s, prev) => (s.corpusRemoved !== prev.corpusRemoved ? changed() : undefined)),
  });
}

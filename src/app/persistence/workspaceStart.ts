// Start-up without IndexedDB code in the first download: the corpus fetch starts at once, while
// the storage code (Dexie and the sync) loads as a chunk of its own next to it.
import type { DramatisGraph } from '../../graph/buildGraph';
import { useAppStore } from '../../store/appStore';
import { CORPUS_LABEL, DEFAULT_GRAPH_URL, fetchGraph } from '../../store/loadGraph';
import { useWorkspaceStore } from '../../store/persistence/workspaceStore';
import { useSourcesStore } from '../../store/sourcesStore';

/**
 * Fetches the seed corpus and brings back the kept workspace as one graph, then keeps saving it.
 * Call after the workspace parts are registered. Returns the stop (saving ends once it began).
 */
export function startWorkspaceAndCorpus(url: string = DEFAULT_GRAPH_URL): () => void {
  let stopped = false;
  let stopSaving: (() => void) | null = null;
  void loadWorkspaceAndCorpus(url).then((stop) => {
    if (stopped) stop?.();
    else stopSaving = stop;
  });
  return () => {
    stopped = true;
    stopSaving?.();
  };
}

async function loadWorkspaceAndCorpus(url: string): Promise<(() => void) | null> {
  const corpus: Promise<DramatisGraph> = fetchGraph(url);
  corpus.catch(() => undefined); // reported by whoever awaits it below
  let sync: typeof import('./workspaceSync');
  try {
    sync = await import('./workspaceSync');
  } catch (err) {
    useWorkspaceStore.getState().storageUnavailable(
      `The part of Dramatis that keeps your workspace could not be loaded (${err instanceof Error ? err.message : String(err)}). Everything works for this visit, but nothing is saved; reload to try again.`,
    );
    try {
      useSourcesStore.getState().corpusLoaded(CORPUS_LABEL, await corpus);
    } catch (loadErr) {
      useAppStore.getState().graphFailed(loadErr instanceof Error ? loadErr.message : String(loadErr));
    }
    return null;
  }
  await sync.startWorkspace(corpus);
  return sync.stopWorkspace;
}

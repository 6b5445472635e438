// Start-up without IndexedDB code in the first download: the corpus fetch starts at once, while
// the storage code (Dexie and the sync) loads as a chunk of its own next to it.
import type { DramatisGraph } from '../../graph/buildGraph';
import { useAppStore } from '../../store/appStore';
import { CORPUS_LABEL, DEFAULT_GRAPH_URL, fetchGraph } from '../../store/loadGraph';
import { useWorkspaceStore } from '../../store/persistence/workspaceStore';
import { useSourcesStore } from '../../store/sourcesStore';

export async function startWorkspaceAndCorpus(url: string = DEFAULT_GRAPH_URL): Promise<void> {
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
    return;
  }
  await sync.startWorkspace(corpus);
}

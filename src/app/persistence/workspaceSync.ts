// The workspace at the edge of the page (loaded after the first paint by workspaceStart, with Dexie): loaded at start-up, saved as it changes, flushed when the
// page is hidden, and replaced or cleared from the Workspace dialog (then the page reloads, so the
// start-up path shows the result in one go).
import type { DramatisGraph } from '../../graph/buildGraph';
import { clearStoredWorkspace, replaceStoredWorkspace, type WorkspaceDb } from '../../store/persistence/db';
import { loadWorkspaceIntoStore, restoredSources, restoreParts } from '../../store/persistence/loadWorkspace';
import { startWorkspaceSaver, type WorkspaceSaver } from '../../store/persistence/workspaceSaver';
import type { WorkspaceContent } from '../../store/persistence/workspaceRecord';
import { CORPUS_SOURCE_ID } from '../../store/sourceList';
import { useSourcesStore } from '../../store/sourcesStore';

let active: { db: WorkspaceDb; saver: WorkspaceSaver } | null = null;

function flushNow(): void {
  void active?.saver.flush();
}

function onVisibility(): void {
  if (document.visibilityState === 'hidden') flushNow();
}

/** Loads the corpus (being fetched) and the kept workspace, then keeps saving it. Call once, after the parts are registered. */
export async function startWorkspace(corpus: Promise<DramatisGraph>): Promise<void> {
  const loaded = await loadWorkspaceIntoStore(corpus);
  if (!loaded.db) return;
  active = { db: loaded.db, saver: startWorkspaceSaver(loaded.db, loaded) };
  window.addEventListener('pagehide', flushNow);
  document.addEventListener('visibilitychange', onVisibility);
}

function reloadBare(): void {
  window.location.replace(window.location.pathname);
}

function stopSaving(): { db: WorkspaceDb; revision: number } | null {
  if (!active) return null;
  const { db, saver } = active;
  saver.stop();
  window.removeEventListener('pagehide', flushNow);
  document.removeEventListener('visibilitychange', onVisibility);
  active = null;
  return { db, revision: saver.revision() };
}

/** Stops saving (the app is stopped; a test's teardown). */
export function stopWorkspace(): void {
  stopSaving();
}

/** Puts saving back after a replace or clear that failed (the database is as it was, all saved). */
function resume({ db, revision }: { db: WorkspaceDb; revision: number }): void {
  const saved = useSourcesStore.getState().sources.filter((s) => s.id !== CORPUS_SOURCE_ID);
  active = { db, saver: startWorkspaceSaver(db, { sources: saved, importCount: useSourcesStore.getState().importCount, parts: {}, revision }) };
  window.addEventListener('pagehide', flushNow);
  document.addEventListener('visibilitychange', onVisibility);
}

function reason(err: unknown): string {
  return err instanceof Error ? err.message || err.name : String(err);
}

/** How a replace or clear ended: the page is reloading into it, it happened in memory, or why it failed. */
export type WorkspaceChange = { kind: 'reloading' } | { kind: 'in-memory' } | { kind: 'failed'; message: string };

/**
 * Replaces the workspace with a checked backup's content. With storage, the content is written
 * and the page reloads into it; without, it replaces what is in memory.
 */
export async function replaceWorkspace(content: WorkspaceContent): Promise<WorkspaceChange> {
  if (active) {
    await active.saver.flush();
    const stopped = stopSaving()!;
    try {
      await replaceStoredWorkspace(stopped.db, content);
    } catch (err) {
      resume(stopped);
      return { kind: 'failed', message: `The backup could not be written to this browser’s storage (${reason(err)}); your workspace was not changed.` };
    }
    reloadBare();
    return { kind: 'reloading' };
  }
  const corpus = useSourcesStore.getState().sources.find((s) => s.id === CORPUS_SOURCE_ID);
  if (!corpus) return { kind: 'failed', message: 'The seed corpus is not loaded; the backup cannot be restored now.' };
  const failed = useSourcesStore.getState().sourcesRestored({ label: corpus.label, graph: corpus.graph }, { sources: restoredSources(content), importCount: content.importCount });
  if (failed) return { kind: 'failed', message: failed };
  restoreParts(content);
  return { kind: 'in-memory' };
}

/** Removes every kept source, story, edit and setting from this browser and reloads the bare app. */
export async function clearWorkspace(): Promise<WorkspaceChange> {
  await active?.saver.flush(); // so a failed clear resumes from a saved state
  const stopped = stopSaving();
  if (stopped) {
    try {
      await clearStoredWorkspace(stopped.db);
    } catch (err) {
      resume(stopped);
      return { kind: 'failed', message: `The saved workspace could not be cleared (${reason(err)}).` };
    }
  }
  reloadBare();
  return { kind: 'reloading' };
}

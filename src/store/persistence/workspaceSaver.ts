// Saves the workspace as it changes: sources (one row each, only those added, changed or removed),
// the import counter and every registered part, debounced, one transaction per save, retried, and
// reported when it still fails. No DOM: the effect that starts it adds the page-hide flush.
import { CORPUS_SOURCE_ID, type SessionSource } from '../sourceList';
import { useSourcesStore } from '../sourcesStore';
import { readStoredWorkspace, WorkspaceConflict, writeWorkspace, type WorkspaceDb, type WorkspaceWrite } from './db';
import { persistedParts } from './persistedParts';
import { RETRY_DELAYS_MS, withRetries } from './retryWrite';
import { planSourcesReconcile } from './tabReconcile';
import { forgetStoredGraph } from './storedGraph';
import { toSourceRow } from './sourceRow';
import { markClock, markWorkspace, SAVE_LANDED_MARK, SAVE_START_MARK } from './workspaceMarks';
import { useWorkspaceStore } from './workspaceStore';

export const SAVE_DELAY_MS = 300;

export interface WorkspaceSaver {
  /** Writes what changed now (pending debounce included); resolves when it landed or was reported. */
  flush(): Promise<void>;
  /** Stops listening and drops anything not yet written. */
  stop(): void;
  /** The stored revision this tab last read or wrote. */
  revision(): number;
}

/** What the database holds as this tab starts saving: its sources as they are now, counter, parts and revision. */
export interface StoredState {
  sources: readonly SessionSource[];
  importCount: number;
  /** Stored part values; a part whose value is unchanged is not written again. */
  parts: Readonly<Record<string, unknown>>;
  revision: number;
}

/** The one message when another tab kept saving in between, round after round: this tab stops saving. */
export const CONFLICT_MESSAGE =
  'Another Dramatis tab kept changing the workspace saved in this browser while this tab tried to save, so this tab stopped saving to avoid overwriting it. ' +
  'Reload to continue from what is saved, or use Workspace → Save backup first to keep what this tab shows.';

/** How many times a save takes in another tab's save and tries again before it gives up. */
const MAX_RECONCILE_ROUNDS = 5;

export interface SaverOptions {
  delayMs?: number;
  retryDelays?: readonly number[];
}

/** The message for a save that failed after its retries. */
export function writeFailureMessage(err: unknown, attempts: number): string {
  const name = err instanceof Error ? err.name : '';
  const inner = (err as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const full = name === 'QuotaExceededError' || inner === 'QuotaExceededError';
  const reason = full ? 'the browser’s storage for this site is full' : err instanceof Error ? err.message || err.name : String(err);
  return (
    `Your latest changes could not be saved in this browser (${reason}; ${attempts} ${attempts === 1 ? 'try' : 'tries'}). ` +
    'They are still here for this visit: use Workspace → Save backup to keep them. Dramatis tries again with your next change.'
  );
}

/** Starts saving over the stored state this tab read. */
export function startWorkspaceSaver(db: WorkspaceDb, stored: StoredState, options: SaverOptions = {}): WorkspaceSaver {
  const delay = options.delayMs ?? SAVE_DELAY_MS;
  const retryDelays = options.retryDelays ?? RETRY_DELAYS_MS;
  const savedSources = new Map(stored.sources.map((s) => [s.id, s]));
  let revision = stored.revision;
  // The first save compares the list with what is stored (anything added before the start is written).
  let savedCount = stored.importCount;
  let sourcesDirty = true;
  // Each part's stored value as JSON: re-applying a restored view or the same edits writes nothing,
  // so a second tab that only opens never makes the first one's saves conflict.
  const savedParts = new Map(Object.entries(stored.parts).map(([key, value]) => [key, JSON.stringify(value)]));
  const dirtyParts = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();
  let stopped = false;

  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delay);
    useWorkspaceStore.getState().setPendingWrites(true);
  };

  /** Once the writes in flight have landed and nothing new waits, the workspace is saved. */
  const settle = (): void => {
    const tail = chain;
    void tail.then(() => {
      if (tail === chain && timer === undefined && !sourcesDirty && dirtyParts.size === 0) useWorkspaceStore.getState().setPendingWrites(false);
    });
  };

  const collect = (withSources: boolean, partKeys: ReadonlySet<string>): WorkspaceWrite => {
    const list = useSourcesStore.getState();
    const added = list.sources.filter((s) => s.id !== CORPUS_SOURCE_ID && s.format !== 'corpus');
    const write: WorkspaceWrite = { putSources: [], deleteSources: [], importCount: null, parts: [] };
    if (withSources) {
      const current = new Set(added.map((s) => s.id));
      added.forEach((s, i) => {
        if (savedSources.get(s.id) !== s) write.putSources.push(toSourceRow(s, i + 1));
      });
      for (const id of savedSources.keys()) if (!current.has(id)) write.deleteSources.push(id);
      if (list.importCount !== savedCount) write.importCount = list.importCount;
    }
    for (const part of persistedParts()) {
      if (!partKeys.has(part.key)) continue;
      const value = part.snapshot();
      if (savedParts.get(part.key) !== JSON.stringify(value)) write.parts.push({ key: part.key, value });
    }
    return write;
  };

  /** Takes in what another tab stored since this tab last read or wrote; returns the part keys to write again. */
  const takeInStored = async (): Promise<Set<string>> => {
    const stored = await readStoredWorkspace(db);
    const list = useSourcesStore.getState();
    const current = list.sources.filter((s) => s.id !== CORPUS_SOURCE_ID && s.format !== 'corpus');
    const plan = planSourcesReconcile(current, new Set(savedSources.keys()), stored.content.sources, stored.content.importCount, list.importCount);
    useSourcesStore.getState().sourcesReconciled(plan);
    const byId = new Map(useSourcesStore.getState().sources.map((s) => [s.id, s]));
    const before = new Map(savedSources);
    savedSources.clear();
    for (const record of stored.content.sources) {
      // A stored source this tab removed stays listed, so the write deletes it.
      const known = byId.get(record.id) ?? before.get(record.id);
      if (known) savedSources.set(record.id, known);
    }
    savedCount = stored.content.importCount;
    const rewrite = new Set<string>();
    for (const part of persistedParts()) {
      const has = Object.hasOwn(stored.content.parts, part.key);
      const storedJson = has ? JSON.stringify(stored.content.parts[part.key]) : undefined;
      const baseJson = savedParts.get(part.key);
      if (storedJson === baseJson) continue;
      const mine = part.snapshot();
      const mineJson = JSON.stringify(mine);
      if (storedJson === undefined) savedParts.delete(part.key);
      else savedParts.set(part.key, storedJson);
      if (mineJson === baseJson) {
        // Only the other tab changed it: take its value (a per-tab view stays as it is).
        if (has && !part.perTab) part.restore(stored.content.parts[part.key]);
        continue;
      }
      const value = has && part.merge ? part.merge(stored.content.parts[part.key], mine, baseJson === undefined ? undefined : JSON.parse(baseJson)) : mine;
      if (JSON.stringify(value) !== mineJson) part.restore(value);
      rewrite.add(part.key);
    }
    revision = stored.revision;
    return rewrite;
  };

  /** Writes, taking in another tab's saves first whenever one came in between. */
  const writeReconciled = async (first: WorkspaceWrite, firstParts: readonly string[]): Promise<{ write: WorkspaceWrite; sources: readonly SessionSource[] } | 'conflict'> => {
    let write = first;
    let sources = useSourcesStore.getState().sources;
    let parts = new Set(firstParts);
    for (let round = 0; ; round++) {
      try {
        revision = await withRetries(() => writeWorkspace(db, write, revision), retryDelays, (err) => !(err instanceof WorkspaceConflict));
        return { write, sources };
      } catch (err) {
        if (!(err instanceof WorkspaceConflict)) throw err;
        if (round >= MAX_RECONCILE_ROUNDS) return 'conflict';
        for (const key of await takeInStored()) parts.add(key);
        sources = useSourcesStore.getState().sources;
        write = collect(true, parts);
        parts = new Set(parts);
      }
    }
  };

  const flush = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    const written = writeDirty();
    settle();
    return written;
  };

  const writeDirty = (): Promise<void> => {
    if (stopped || (!sourcesDirty && dirtyParts.size === 0)) return chain;
    let write: WorkspaceWrite;
    const collecting = markClock();
    try {
      write = collect(sourcesDirty, dirtyParts);
    } catch (err) {
      // A part that cannot say its value (a bug) is reported like a failed write; the rest waits for the next change.
      useWorkspaceStore.getState().writeFailed(writeFailureMessage(err, 1));
      return chain;
    }
    const wroteSources = sourcesDirty;
    const wroteParts = [...dirtyParts];
    sourcesDirty = false;
    dirtyParts.clear();
    if (write.putSources.length + write.deleteSources.length + write.parts.length === 0 && write.importCount === null) return chain;
    if (write.putSources.length > 0) markWorkspace(SAVE_START_MARK, collecting);
    chain = chain.then(async () => {
      if (stopped) return;
      let landed: Awaited<ReturnType<typeof writeReconciled>>;
      try {
        landed = await writeReconciled(write, wroteParts);
      } catch (err) {
        if (wroteSources) sourcesDirty = true;
        for (const key of wroteParts) dirtyParts.add(key);
        useWorkspaceStore.getState().writeFailed(writeFailureMessage(err, retryDelays.length + 1));
        return;
      }
      if (landed === 'conflict') {
        stop();
        useWorkspaceStore.getState().storageUnavailable(CONFLICT_MESSAGE);
        return;
      }
      const done = landed.write;
      for (const id of done.deleteSources) savedSources.delete(id);
      for (const s of landed.sources) {
        if (!done.putSources.some((r) => r.id === s.id)) continue;
        savedSources.set(s.id, s);
        forgetStoredGraph(s.graph);
      }
      if (done.importCount !== null) savedCount = done.importCount;
      for (const row of done.parts) savedParts.set(row.key, JSON.stringify(row.value));
      if (done.putSources.length > 0) markWorkspace(SAVE_LANDED_MARK);
      useWorkspaceStore.getState().writeSucceeded(new Date().toISOString());
    });
    return chain;
  };

  const unsubscribes = [
    useSourcesStore.subscribe((s, prev) => {
      if (s.sources === prev.sources && s.importCount === prev.importCount) return;
      sourcesDirty = true;
      schedule();
    }),
    ...persistedParts().map((part) =>
      part.subscribe(() => {
        dirtyParts.add(part.key);
        schedule();
      }),
    ),
  ];

  function stop(): void {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    for (const u of unsubscribes) u();
  }

  schedule();
  return { flush, stop, revision: () => revision };
}

// Saves the workspace as it changes: sources (one row each, only those added, changed or removed),
// the import counter and every registered part, debounced, one transaction per save, retried, and
// reported when it still fails. No DOM: the effect that starts it adds the page-hide flush.
import type { SessionSource } from '../sourceList';
import { useSourcesStore } from '../sourcesStore';
import type { WorkspaceDb, WorkspaceWrite } from './db';
import { persistedParts } from './persistedParts';
import { RETRY_DELAYS_MS } from './retryWrite';
import { baselineFrom, collectWrite, recordLanded, writesNothing, type SavedBaseline } from './savedBaseline';
import { writeReconciled, type LandedWrite } from './reconcileSave';
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

/** A saver's state: what is stored, what changed since, and the writes under way. */
interface SaverRun {
  readonly db: WorkspaceDb;
  readonly delay: number;
  readonly retryDelays: readonly number[];
  readonly saved: SavedBaseline;
  sourcesDirty: boolean;
  readonly dirtyParts: Set<string>;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** The writes in flight, one after the other. */
  chain: Promise<void>;
  stopped: boolean;
  readonly unsubscribes: (() => void)[];
}

/** Starts saving over the stored state this tab read. */
export function startWorkspaceSaver(db: WorkspaceDb, stored: StoredState, options: SaverOptions = {}): WorkspaceSaver {
  const run: SaverRun = {
    db,
    delay: options.delayMs ?? SAVE_DELAY_MS,
    retryDelays: options.retryDelays ?? RETRY_DELAYS_MS,
    saved: baselineFrom(stored),
    // The first save compares the list with what is stored (anything added before the start is written).
    sourcesDirty: true,
    dirtyParts: new Set<string>(),
    timer: undefined,
    chain: Promise.resolve(),
    stopped: false,
    unsubscribes: [],
  };
  run.unsubscribes.push(
    useSourcesStore.subscribe((s, prev) => {
      if (s.sources === prev.sources && s.importCount === prev.importCount) return;
      run.sourcesDirty = true;
      schedule(run);
    }),
    ...persistedParts().map((part) =>
      part.subscribe(() => {
        run.dirtyParts.add(part.key);
        schedule(run);
      }),
    ),
  );
  schedule(run);
  return { flush: () => flush(run), stop: () => stop(run), revision: () => run.saved.revision };
}

function schedule(run: SaverRun): void {
  if (run.stopped) return;
  clearTimeout(run.timer);
  run.timer = setTimeout(() => void flush(run), run.delay);
  useWorkspaceStore.getState().setPendingWrites(true);
}

function stop(run: SaverRun): void {
  if (run.stopped) return;
  run.stopped = true;
  clearTimeout(run.timer);
  for (const u of run.unsubscribes) u();
}

function flush(run: SaverRun): Promise<void> {
  clearTimeout(run.timer);
  run.timer = undefined;
  const written = writeDirty(run);
  settle(run);
  return written;
}

/** Once the writes in flight have landed and nothing new waits, the workspace is saved. */
function settle(run: SaverRun): void {
  const tail = run.chain;
  void tail.then(() => {
    if (tail === run.chain && run.timer === undefined && !run.sourcesDirty && run.dirtyParts.size === 0) useWorkspaceStore.getState().setPendingWrites(false);
  });
}

/** Collects what changed and queues its write after those in flight; resolves when it landed or was reported. */
function writeDirty(run: SaverRun): Promise<void> {
  if (run.stopped || (!run.sourcesDirty && run.dirtyParts.size === 0)) return run.chain;
  let write: WorkspaceWrite;
  const collecting = markClock();
  try {
    write = collectWrite(run.saved, useSourcesStore.getState(), persistedParts(), run.sourcesDirty, run.dirtyParts);
  } catch (err) {
    // A part that cannot say its value (a bug) is reported like a failed write; the rest waits for the next change.
    useWorkspaceStore.getState().writeFailed(writeFailureMessage(err, 1));
    return run.chain;
  }
  const wroteSources = run.sourcesDirty;
  const wroteParts = [...run.dirtyParts];
  run.sourcesDirty = false;
  run.dirtyParts.clear();
  if (writesNothing(write)) return run.chain;
  if (write.putSources.length > 0) markWorkspace(SAVE_START_MARK, collecting);
  run.chain = run.chain.then(() => landWrite(run, write, wroteSources, wroteParts));
  return run.chain;
}

/** Writes one save; on failure what it held is dirty again and the failure reported; a lasting conflict stops the saver. */
async function landWrite(run: SaverRun, write: WorkspaceWrite, wroteSources: boolean, wroteParts: readonly string[]): Promise<void> {
  if (run.stopped) return;
  let landed: LandedWrite | 'conflict';
  try {
    landed = await writeReconciled(run.db, run.saved, write, wroteParts, run.retryDelays);
  } catch (err) {
    if (wroteSources) run.sourcesDirty = true;
    for (const key of wroteParts) run.dirtyParts.add(key);
    useWorkspaceStore.getState().writeFailed(writeFailureMessage(err, run.retryDelays.length + 1));
    return;
  }
  if (landed === 'conflict') {
    stop(run);
    useWorkspaceStore.getState().storageUnavailable(CONFLICT_MESSAGE);
    return;
  }
  recordLanded(run.saved, landed.write, landed.sources);
  if (landed.write.putSources.length > 0) markWorkspace(SAVE_LANDED_MARK);
  useWorkspaceStore.getState().writeSucceeded(new Date().toISOString());
}

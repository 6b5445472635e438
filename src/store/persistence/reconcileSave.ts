// A save over another tab's: this tab takes in what the other stored since it last read or wrote,
// merges the parts both changed, and writes again, round after round, until it lands or gives up.
import type { SessionSource } from '../sourceList';
import { useSourcesStore } from '../sourcesStore';
import { readStoredWorkspace, WorkspaceConflict, writeWorkspace, type WorkspaceDb, type WorkspaceWrite } from './db';
import { persistedParts, type PersistedPart } from './persistedParts';
import { withRetries } from './retryWrite';
import { planSourcesReconcile } from './tabReconcile';
import { collectWrite, storedKindOf, type SavedBaseline } from './savedBaseline';
import type { WorkspaceContent } from './workspaceRecord';

/** How many times a save takes in another tab's save and tries again before it gives up. */
const MAX_RECONCILE_ROUNDS = 5;

/** A write that landed, with the session's sources as they were when it was collected. */
export interface LandedWrite {
  write: WorkspaceWrite;
  sources: readonly SessionSource[];
}

/** Writes, taking in another tab's saves first whenever one came in between; 'conflict' after too many rounds. */
export async function writeReconciled(db: WorkspaceDb, saved: SavedBaseline, first: WorkspaceWrite, firstParts: readonly string[], retryDelays: readonly number[]): Promise<LandedWrite | 'conflict'> {
  let write = first;
  let sources = useSourcesStore.getState().sources;
  let parts = new Set(firstParts);
  for (let round = 0; ; round++) {
    try {
      saved.revision = await withRetries(() => writeWorkspace(db, write, saved.revision), retryDelays, (err) => !(err instanceof WorkspaceConflict));
      return { write, sources };
    } catch (err) {
      if (!(err instanceof WorkspaceConflict)) throw err;
      if (round >= MAX_RECONCILE_ROUNDS) return 'conflict';
      for (const key of await takeInStored(db, saved)) parts.add(key);
      sources = useSourcesStore.getState().sources;
      write = collectWrite(saved, useSourcesStore.getState(), persistedParts(), true, parts);
      parts = new Set(parts);
    }
  }
}

/** Takes in what another tab stored since this tab last read or wrote; returns the part keys to write again. */
async function takeInStored(db: WorkspaceDb, saved: SavedBaseline): Promise<Set<string>> {
  const stored = await readStoredWorkspace(db);
  takeInSources(saved, stored.content);
  const rewrite = new Set<string>();
  for (const part of persistedParts()) if (takeInPart(saved, part, stored.content.parts)) rewrite.add(part.key);
  saved.revision = stored.revision;
  return rewrite;
}

/** The session's sources take in the stored ones; the baseline becomes what is stored. */
function takeInSources(saved: SavedBaseline, content: WorkspaceContent): void {
  const list = useSourcesStore.getState();
  const plan = planSourcesReconcile(storedKindOf(list.sources), new Set(saved.sources.keys()), content.sources, content.importCount, list.importCount);
  useSourcesStore.getState().sourcesReconciled(plan);
  const byId = new Map(useSourcesStore.getState().sources.map((s) => [s.id, s]));
  const before = new Map(saved.sources);
  saved.sources.clear();
  for (const record of content.sources) {
    // A stored source this tab removed stays listed, so the write deletes it.
    const known = byId.get(record.id) ?? before.get(record.id);
    if (known) saved.sources.set(record.id, known);
  }
  saved.importCount = content.importCount;
}

/**
 * One part takes in its stored value: the other tab's when only it changed the part, the merge when
 * both did. Returns whether this tab's value is to be written again.
 */
function takeInPart(saved: SavedBaseline, part: PersistedPart, storedParts: Readonly<Record<string, unknown>>): boolean {
  const has = Object.hasOwn(storedParts, part.key);
  const storedJson = has ? JSON.stringify(storedParts[part.key]) : undefined;
  const baseJson = saved.parts.get(part.key);
  if (storedJson === baseJson) return false;
  const mine = part.snapshot();
  const mineJson = JSON.stringify(mine);
  if (storedJson === undefined) saved.parts.delete(part.key);
  else saved.parts.set(part.key, storedJson);
  if (mineJson === baseJson) {
    // Only the other tab changed it: take its value (a per-tab view stays as it is).
    if (has && !part.perTab) part.restore(storedParts[part.key]);
    return false;
  }
  const value = has && part.merge ? part.merge(storedParts[part.key], mine, baseJson === undefined ? undefined : JSON.parse(baseJson)) : mine;
  if (JSON.stringify(value) !== mineJson) part.restore(value);
  return true;
}

// Two tabs saving one workspace: when another tab saved since this one last read or wrote, this tab
// takes in what the other one stored before it writes, so both tabs' articles, files and edits are
// kept. Pure planning here; the saver applies the plan to the stores and writes.
import type { SessionSource } from '../sourceList';
import { fromSourceRecord, sourceNumber, type SourceRecord } from './workspaceRecord';

/** What this tab changes in its source list to agree with the stored one. */
export interface SourcesReconcile {
  /** Stored sources another tab added; shown here too. */
  adopt: SessionSource[];
  /** This tab's unsaved sources whose id another tab took meanwhile: old id → new id. */
  renamed: Map<string, string>;
  /** Sources this tab saved that another tab removed since. */
  gone: string[];
  /** The counter after the renames; never below either tab's. */
  importCount: number;
}

/**
 * Plans how this tab's sources (`current`, the corpus left out) join the stored ones. `saved` holds
 * the ids this tab wrote or read from storage; `stored` is what storage holds now.
 */
export function planSourcesReconcile(current: readonly SessionSource[], saved: ReadonlySet<string>, stored: readonly SourceRecord[], storedCount: number, myCount: number): SourcesReconcile {
  const storedIds = new Set(stored.map((r) => r.id));
  const gone = current.filter((s) => saved.has(s.id) && !storedIds.has(s.id)).map((s) => s.id);
  const unsaved = current.filter((s) => !saved.has(s.id));
  let count = Math.max(storedCount, myCount, ...stored.map((r) => sourceNumber(r.id)));
  const renamed = new Map<string, string>();
  for (const s of unsaved) {
    if (!storedIds.has(s.id)) continue;
    count += 1;
    renamed.set(s.id, `${s.format === 'article' ? 'article' : 'import'}-${count}`);
  }
  const mine = new Set(current.map((s) => s.id));
  const adopt = stored.filter((r) => !saved.has(r.id) && (!mine.has(r.id) || renamed.has(r.id))).map(fromSourceRecord);
  return { adopt, renamed, gone, importCount: count };
}

/** `source` under a new id (its graph is unprefixed, so only the id and prefix change). */
export function renamedSource(source: SessionSource, id: string): SessionSource {
  return { ...source, id, keyPrefix: `${id}:` };
}

/** Items by id: those of `mine`, then those only `stored` has that `base` did not have (added by the other tab). */
export function unionById<T extends { id: string }>(stored: readonly T[], mine: readonly T[], base: readonly T[]): T[] {
  const known = new Set([...mine.map((x) => x.id), ...base.map((x) => x.id)]);
  return [...mine, ...stored.filter((x) => !known.has(x.id))];
}

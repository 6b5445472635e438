// Performance marks around the workspace's heavy moments, so a benchmark or a profile can tell their
// tasks from the rest: a save that writes sources (from collecting the rows to the write landing) and
// the start-up read (from opening the database to the kept sources rebuilt as graphs). Only the last
// of each is kept.

export const SAVE_START_MARK = 'dramatis:save-sources-start';
export const SAVE_LANDED_MARK = 'dramatis:save-sources-landed';
export const RESTORE_START_MARK = 'dramatis:restore-start';
/** The stored rows are read (and their graph texts parsed). */
export const RESTORE_READ_MARK = 'dramatis:restore-read';
/** The kept sources are graphs again (before they are merged and shown). */
export const RESTORE_BUILT_MARK = 'dramatis:restore-built';

type WorkspaceMark = typeof SAVE_START_MARK | typeof SAVE_LANDED_MARK | typeof RESTORE_START_MARK | typeof RESTORE_READ_MARK | typeof RESTORE_BUILT_MARK;

const FOLLOWING: Partial<Record<WorkspaceMark, WorkspaceMark[]>> = {
  [SAVE_START_MARK]: [SAVE_LANDED_MARK],
  [RESTORE_START_MARK]: [RESTORE_READ_MARK, RESTORE_BUILT_MARK],
};

function canMark(): boolean {
  return typeof performance !== 'undefined' && typeof performance.mark === 'function';
}

/** Now, on the marks' clock (0 where there is none). */
export function markClock(): number {
  return canMark() ? performance.now() : 0;
}

/** Sets a mark (at `startTime`, from markClock, when given); a first mark clears the previous save's or start-up's. */
export function markWorkspace(name: WorkspaceMark, startTime?: number): void {
  if (!canMark()) return;
  for (const old of [name, ...(FOLLOWING[name] ?? [])]) performance.clearMarks(old);
  performance.mark(name, startTime === undefined ? undefined : { startTime });
}

// CPU time of processes as Linux counts it (/proc), for the test tools that need it: the per-file
// CPU log (cpuPerFile.ts) and the browser tests' check that the machine stayed quiet
// (test/e2e/cpuContention.ts). Times are in clock ticks (TICKS_PER_SECOND a second).
import { readdirSync, readFileSync } from 'node:fs';

export const TICKS_PER_SECOND = 100;

/**
 * utime + stime, cutime + cstime and the parent of one process, in ticks; null when it is gone.
 * 'thread-self': the calling thread's own time (a worker thread's, without its process's other threads).
 */
export function processTicks(pid: number | 'self' | 'thread-self'): { own: number; children: number; ppid: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
    return { ppid: fields[1]!, own: fields[11]! + fields[12]!, children: fields[13]! + fields[14]! };
  } catch {
    return null;
  }
}

/** Every live process and its parent. */
export function processParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const ticks = processTicks(pid);
    if (ticks) parents.set(pid, ticks.ppid);
  }
  return parents;
}

/** Whether `pid` is a descendant of `root`. */
export function descendsFrom(pid: number, root: number, parents: Map<number, number>): boolean {
  for (let p: number | undefined = parents.get(pid), hops = 0; p !== undefined && p > 1 && hops < 64; p = parents.get(p), hops += 1) if (p === root) return true;
  return false;
}

/** CPU ticks of `root` and all its descendants, live or reaped by them. */
export function treeTicks(root: number, parents: Map<number, number> = processParents()): number {
  let ticks = 0;
  for (const pid of [root, ...parents.keys()]) {
    if (pid !== root && !descendsFrom(pid, root, parents)) continue;
    const t = processTicks(pid);
    if (t) ticks += t.own + t.children;
  }
  return ticks;
}

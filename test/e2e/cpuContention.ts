// Whether a clock-time budget can be judged for the flow just measured. The long-task observer times
// tasks by the clock, and on a 2-core machine shared with other work a task of 40 ms of thread time
// was seen to last 400 ms: the page's thread was ready to run but waited for a core. Linux counts that
// wait per thread (/proc/PID/task/TID/schedstat, second field: time spent runnable on a run queue).
// A flow is judged by the clock when the threads a frame depends on (each renderer's main thread and
// the GPU process's, where software WebGL draws) waited for a core no more than WAIT_SHARE of the
// flow's time; otherwise the test says what it saw and did not judge, and its thread-time checks
// (from a trace) hold whatever the machine does.
import { readdirSync, readFileSync } from 'node:fs';
import { inject } from 'vitest';

/** The share of a flow's time the page's or GPU's main thread may have waited for a core. */
export const WAIT_SHARE = 0.05;

interface ThreadWait {
  role: 'renderer' | 'gpu';
  waitNs: number;
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Main threads (tid = pid) of the Chromium's renderer and GPU processes, with their run-queue waits. */
function mainThreadWaits(chromiumPid: number): Map<number, ThreadWait> {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const stat = readText(`/proc/${pid}/stat`);
    if (stat) parent.set(pid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
  }
  const underChromium = (pid: number) => {
    for (let p: number | undefined = parent.get(pid), hops = 0; p !== undefined && p > 1 && hops < 32; p = parent.get(p), hops += 1) if (p === chromiumPid) return true;
    return false;
  };
  const waits = new Map<number, ThreadWait>();
  for (const pid of parent.keys()) {
    if (!underChromium(pid)) continue;
    const cmdline = readText(`/proc/${pid}/cmdline`) ?? '';
    const role = cmdline.includes('--type=renderer') ? 'renderer' : cmdline.includes('--type=gpu-process') ? 'gpu' : null;
    const schedstat = role ? readText(`/proc/${pid}/schedstat`) : null;
    if (role && schedstat) waits.set(pid, { role, waitNs: Number(schedstat.split(' ')[1]) });
  }
  return waits;
}

export interface Contention {
  /** Milliseconds from start() to stop(). */
  flowMs: number;
  /** The longest run-queue wait of one renderer main thread over the flow (the page's, in practice). */
  rendererWaitMs: number;
  /** The GPU process's main thread's run-queue wait over the flow. */
  gpuWaitMs: number;
  /** Whether clock budgets can be judged: neither thread waited over WAIT_SHARE of the flow. */
  judgesClock: boolean;
}

/** "the page's main thread waited 120 ms for a core, the GPU's 30 ms, in a 41.2 s flow" for messages. */
export function describeContention(c: Contention): string {
  return `the page's main thread waited ${Math.round(c.rendererWaitMs)} ms for a core and the GPU process's ${Math.round(c.gpuWaitMs)} ms, in a ${(c.flowMs / 1000).toFixed(1)} s flow (judged by the clock up to ${WAIT_SHARE * 100}%)`;
}

/** Starts watching; stop() (right after the measured flow) says how much the flow had to wait for a core. */
export function watchContention(): { stop(): Contention } {
  let chromiumPid: number | undefined;
  try {
    chromiumPid = inject('chromiumPid');
  } catch {
    chromiumPid = undefined;
  }
  const started = performance.now();
  const before = chromiumPid ? mainThreadWaits(chromiumPid) : new Map<number, ThreadWait>();
  return {
    stop() {
      const flowMs = performance.now() - started;
      const after = chromiumPid ? mainThreadWaits(chromiumPid) : new Map<number, ThreadWait>();
      let rendererWaitMs = 0;
      let gpuWaitMs = 0;
      for (const [pid, now] of after) {
        const waitedMs = (now.waitNs - (before.get(pid)?.waitNs ?? 0)) / 1e6;
        if (now.role === 'renderer') rendererWaitMs = Math.max(rendererWaitMs, waitedMs);
        else gpuWaitMs = Math.max(gpuWaitMs, waitedMs);
      }
      // Without a process to read (no shared Chromium, or no /proc), nothing says the flow was quiet.
      const seen = chromiumPid !== undefined && after.size > 0;
      const judgesClock = seen && rendererWaitMs <= flowMs * WAIT_SHARE && gpuWaitMs <= flowMs * WAIT_SHARE;
      return { flowMs, rendererWaitMs, gpuWaitMs, judgesClock };
    },
  };
}

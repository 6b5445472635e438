// Whether a clock-time budget can be judged for the flow just measured. The long-task observer times
// tasks by the clock, and on a 2-core machine shared with other work a task of 40 ms of thread time
// was seen to last 400 ms: the page's thread was ready to run but waited for a core. A flow is judged
// by the clock when the rest of the machine stayed quiet: the CPU time every process spent over the
// flow (/proc/stat), less what the test's own Chromium, this test process and its parent (vitest,
// which serves the app) spent, came to at most OTHERS_SHARE of one core. The page's own threads
// competing with each other (its worker, the GPU process) are the app's cost on a 2-core machine and
// count. The page's main-thread wait for a core (/proc/PID/schedstat) is reported beside it. When the
// flow is not judged the test says what it saw; its thread-time checks (from a trace) always hold.
//
// A judged flow still shares two cores among the page, its worker and the GPU process, which draws
// WebGL in software here (a GPU's work on a user's machine): a task of 35 ms of thread time was seen
// to last 217 ms by the clock while the page's thread waited for a core. So the main threads' waits
// are sampled every few milliseconds over the flow, on the clock Chromium's trace uses, and a clock
// budget is judged on a task's clock time less what its thread waited for a core within it. The
// page's waits on the GPU process (its trace's ImplementationBase::WaitForCmd) are left out too: that
// process compiles a WebGL program's pipeline on the CPU at its first draw, and the first frame of a
// large import's cheaper programs waited 200 ms for it with the page's thread idle (BENCHMARKS.md,
// "Twelfth session"); with a GPU that takes milliseconds. Both are reported beside each task.
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { descendsFrom, processParents, processTicks, TICKS_PER_SECOND, treeTicks } from '../support/processCpu';

/** The share of one core that work other than the test's own may have used over a flow. */
export const OTHERS_SHARE = 0.2;


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

/** How often the main threads' run-queue waits are read over a flow. */
const SAMPLE_EVERY_MS = 4;

/** Microseconds on CLOCK_MONOTONIC, the clock of Chromium's trace timestamps on Linux. */
function monotonicUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/** Run-queue wait of one main thread over time: [µs, cumulative wait in ns] pairs, in time order. */
type WaitSamples = [number, number][];

/** The thread's cumulative wait at `us`, read between the samples around it (clamped at the ends). */
function cumulativeWaitAt(samples: WaitSamples, us: number): number {
  if (us <= samples[0]![0]) return samples[0]![1];
  let lo = 0;
  let hi = samples.length - 1;
  if (us >= samples[hi]![0]) return samples[hi]![1];
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (samples[mid]![0] <= us) lo = mid;
    else hi = mid;
  }
  const [t0, w0] = samples[lo]!;
  const [t1, w1] = samples[hi]!;
  return w0 + ((w1 - w0) * (us - t0)) / (t1 - t0);
}

/** Main threads (tid = pid) of the Chromium's renderer and GPU processes, with their run-queue waits. */
function mainThreadWaits(chromiumPid: number): Map<number, ThreadWait> {
  const parent = processParents();
  const underChromium = (pid: number) => descendsFrom(pid, chromiumPid, parent);
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

/** Busy CPU ticks of the whole machine (/proc/stat: all but idle and iowait). */
function machineTicks(): number {
  const fields = (readText('/proc/stat') ?? '').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  return fields.reduce((sum, v, k) => (k === 3 || k === 4 || k >= 8 ? sum : sum + v), 0);
}

/** Busy ticks of the machine and of the test's own processes (Chromium, this process, its parent). */
function cpuNow(chromiumPid: number | undefined): { machine: number; ours: number } {
  const own = (pid: number) => processTicks(pid)?.own ?? 0;
  const ours = (chromiumPid ? treeTicks(chromiumPid) : 0) + own(process.pid) + own(process.ppid);
  return { machine: machineTicks(), ours };
}

export interface Contention {
  /** Milliseconds from start() to stop(). */
  flowMs: number;
  /** The longest run-queue wait of one renderer main thread over the flow (the page's, in practice). */
  rendererWaitMs: number;
  /** The GPU process's main thread's run-queue wait over the flow. */
  gpuWaitMs: number;
  /** Cores' worth of CPU that other work used over the flow (0.5: half a core on average). */
  othersCores: number;
  /** Whether clock budgets can be judged: other work used at most OTHERS_SHARE of one core. */
  judgesClock: boolean;
  /**
   * Milliseconds the main thread of process `pid` (a trace event's pid) waited for a core between two
   * trace timestamps (µs); null when that thread was not sampled or the span lies outside the flow.
   */
  waitedBetween(pid: number, fromUs: number, toUs: number): number | null;
}

/** "the page's main thread waited 120 ms for a core, the GPU's 30 ms, in a 41.2 s flow" for messages. */
export function describeContention(c: Contention): string {
  return `other work used ${Math.round(c.othersCores * 100)}% of a core over a ${(c.flowMs / 1000).toFixed(1)} s flow (judged by the clock up to ${OTHERS_SHARE * 100}%); the page's main thread waited ${Math.round(c.rendererWaitMs)} ms for a core, the GPU process's ${Math.round(c.gpuWaitMs)} ms`;
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
  const cpuBefore = cpuNow(chromiumPid);
  const samples = new Map<number, WaitSamples>([...before].map(([pid, w]) => [pid, [[monotonicUs(), w.waitNs]]]));
  const sample = () => {
    for (const [pid, list] of samples) {
      const schedstat = readText(`/proc/${pid}/schedstat`);
      if (schedstat) list.push([monotonicUs(), Number(schedstat.split(' ')[1])]);
    }
  };
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const flowMs = performance.now() - started;
      const cpuAfter = cpuNow(chromiumPid);
      const othersTicks = Math.max(0, cpuAfter.machine - cpuBefore.machine - (cpuAfter.ours - cpuBefore.ours));
      const othersCores = othersTicks / TICKS_PER_SECOND / (flowMs / 1000);
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
      const judgesClock = seen && othersCores <= OTHERS_SHARE;
      const waitedBetween = (pid: number, fromUs: number, toUs: number): number | null => {
        const list = samples.get(pid);
        if (!list || list.length < 2 || fromUs < list[0]![0] || toUs > list.at(-1)![0]) return null;
        return (cumulativeWaitAt(list, toUs) - cumulativeWaitAt(list, fromUs)) / 1e6;
      };
      return { flowMs, rendererWaitMs, gpuWaitMs, othersCores, judgesClock, waitedBetween };
    },
  };
}

/** A task seen by the clock, with the parts of it its thread spent waiting for a core and for the GPU process (ms). */
export interface HeldTask {
  /** Where it began, for messages (ms after the flow's start mark). */
  at: number;
  clockMs: number;
  waitedMs: number;
  gpuMs: number;
}

/** The clock time a task held the page for, less its thread's waits for a core and for the GPU process. */
export function heldMs(t: HeldTask): number {
  return t.clockMs - t.waitedMs - t.gpuMs;
}

/** A wait of the page's thread on the GPU process, from the trace (µs). */
export interface GpuWait {
  ts: number;
  dur: number;
}

/** Milliseconds of `waits` between two trace timestamps (µs). */
export function gpuWaitBetween(waits: GpuWait[], fromUs: number, toUs: number): number {
  let us = 0;
  for (const w of waits) us += Math.max(0, Math.min(toUs, w.ts + w.dur) - Math.max(fromUs, w.ts));
  return us / 1000;
}

/** "at +7443 ms: 217 ms by the clock, 20 of them waiting for a core, 160 for the GPU process", longest held first. */
export function describeHeld(list: HeldTask[], count: number): string {
  return [...list]
    .sort((a, b) => heldMs(b) - heldMs(a))
    .slice(0, count)
    .map((t) => `at +${Math.round(t.at)} ms: ${Math.round(t.clockMs)} ms by the clock, ${Math.round(t.waitedMs)} of them waiting for a core, ${Math.round(t.gpuMs)} for the GPU process`)
    .join('; ');
}

// With DRAMATIS_CPU_LOG=<file> set, appends one JSON line per test file: its wall time and the CPU
// time it cost, counted as this process's own time plus that of the child processes it waited for
// (spawned CLIs), and for browser files the shared Chromium's whole process tree. Wall times on a
// busy machine say little; CPU times add up the same under load. scripts/cpuTable.mjs tabulates.
// The 'browser' project runs two files at a time on one Chromium: there a file's Chromium time also
// holds what the file beside it cost, so compare per-file Chromium times within 'browser-quiet' or
// the run's total, not one file's against a serial run's. With DRAMATIS_CPU_LOG_TESTS=1 as well, one
// line per test follows (field "test"), to find the costly tests inside a file. A file run in a
// worker thread (project 'unit') counts its thread's own time: the process holds the other files'
// threads too. Native threads such a file starts (a bundler's) are then left out.
import { appendFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { afterAll, afterEach, beforeEach, expect, inject } from 'vitest';
import { processTicks, TICKS_PER_SECOND, treeTicks } from './processCpu';

const LOG = process.env.DRAMATIS_CPU_LOG;
const TICKS_PER_MS = TICKS_PER_SECOND / 1000;
/** Whose CPU time is this file's own: the process's, or in a worker thread, the thread's. */
const OWN = isMainThread ? 'self' : 'thread-self';

/** CPU ms of a process and all its descendants, live or reaped by them. */
const treeMs = (root: number): number => treeTicks(root) / TICKS_PER_MS;

function chromiumPid(): number | undefined {
  try {
    return inject('chromiumPid');
  } catch {
    return undefined;
  }
}

if (LOG) {
  // Taken when the setup file runs, before the test file is imported: its collection counts too.
  const wall = performance.now();
  const self = processTicks(OWN)!;
  const children = processTicks('self')!.children;
  const startPid = chromiumPid();
  const browser = startPid ? treeMs(startPid) : 0;
  afterAll(() => {
    const t = processTicks(OWN)!;
    const pid = chromiumPid();
    const line = {
      file: relative(process.cwd(), expect.getState().testPath ?? '?'),
      wallMs: Math.round(performance.now() - wall),
      cpuMs: Math.round((t.own - self.own) / TICKS_PER_MS),
      childCpuMs: Math.round((processTicks('self')!.children - children) / TICKS_PER_MS),
      browserCpuMs: pid ? Math.round(treeMs(pid) - browser) : 0,
    };
    appendFileSync(LOG, `${JSON.stringify(line)}\n`);
  });
}

if (LOG && process.env.DRAMATIS_CPU_LOG_TESTS === '1') {
  let start = { wall: 0, own: 0, browser: 0 };
  beforeEach(() => {
    const pid = chromiumPid();
    start = { wall: performance.now(), own: processTicks(OWN)!.own, browser: pid ? treeMs(pid) : 0 };
  });
  afterEach(() => {
    const pid = chromiumPid();
    const state = expect.getState();
    const line = {
      file: relative(process.cwd(), state.testPath ?? '?'),
      test: state.currentTestName ?? '?',
      wallMs: Math.round(performance.now() - start.wall),
      cpuMs: Math.round((processTicks(OWN)!.own - start.own) / TICKS_PER_MS),
      browserCpuMs: pid ? Math.round(treeMs(pid) - start.browser) : 0,
    };
    appendFileSync(LOG, `${JSON.stringify(line)}\n`);
  });
}

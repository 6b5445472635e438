// Browser test: importing a generated graph of 20,000 actors keeps the page answering (and a first
// attempt, cancelled from the progress line, leaves the graph as it was). Every main-
// thread task over 50 ms is recorded with PerformanceObserver('longtask'). The import's own work —
// from the file being chosen until the merged graph goes to the store, marked with performance.mark —
// holds the page for no task over 200 ms: the file is read, parsed, fitted and checked in a worker,
// its graph added chunk by chunk and merged in slices, with the phases shown under Import.
//
// Over that window the budget is checked on each task's main-thread time, read from a Chromium trace
// of the same import: on a machine whose load is ten times its cores, a garbage collection of 20 ms
// of thread time was seen to last 270 ms by the clock (the long-task observer's figure, which the
// failure message lists). By thread time the import's own work is held to 100 ms a task and every
// task to the settled layout to 150 ms, well over what they take (34 and 57 ms at most seen), so a
// loaded machine does not fail them; the whole import, to the settled layout, is checked by the
// clock, less the page thread's waits for a core and for the GPU process (cpuContention.ts), when the
// rest of the machine is quiet.
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticGraphFile, type SyntheticGraphFile } from '../../bench/load/syntheticGraphFile';
import { IMPORT_MERGED_MARK, IMPORT_START_MARK } from '../../src/app/import/importMarks';
import { WORK_MEASURES } from '../../src/app/stage/slicedWork';
import { useAppPage } from './appPage';
import { PROJECT_ROOT } from './harness';
import { stageAtRest } from './pageStates';
import { inkFraction } from './pixels';
import { gpuWaitsOf, type TraceEvent } from '../../bench/load/tracedTasks';
import { describeContention, describeHeld, gpuWaitBetween, heldMs, watchContention, type Contention, type GpuWait, type HeldTask } from './cpuContention';

/** The budget of issue 19: no main-thread task longer than this while importing. */
const TASK_BUDGET_MS = 200;
/**
 * Thread time of a task of the import's own sliced work (reading, merging, preparing, the handoff):
 * 30 ms slices of steps of a few ms; the heaviest seen was 34 ms (74 before the steps were split).
 */
const OWN_WORK_THREAD_MS = 100;
/**
 * Thread time of any page task until the layout settled: the app's slices, the workspace save's
 * IndexedDB write (48-57 ms), the browser's layout of the panels (30-52 ms), garbage collections.
 */
const FLOW_THREAD_MS = 150;
const ACTORS = 19_900;
const STAGE_BACKGROUND: [number, number, number] = [0xfb, 0xfb, 0xfd];

interface Task {
  start: number;
  end: number;
}

/** A main-thread task from the trace: when it began (ms after the start mark), its clock and thread times. */
interface TracedTask {
  at: number;
  wallMs: number;
  threadMs: number;
  /** The app's User Timing measures begun inside it (what the task was doing). */
  measures?: string[];
  /** Garbage collection inside it (V8's pauses on the page thread), ms of thread time. */
  gcMs?: number;
}

interface TracedFlow {
  /** The page thread's tasks that ended between the two marks. */
  toMerge: TracedTask[];
  /** Every page task that ended after the start mark, until the layout settled. */
  whole: TracedTask[];
  /** The tasks in which a slice of preparing the merged graph for the store began. */
  preparing: TracedTask[];
  /**
   * The handoffs of the prepared graph to the store (React's urgent render of the panels follows):
   * the task each ran in, or, for one whose mark no traced task holds, the measure's own clock time
   * (an upper bound of its thread time).
   */
  showing: TracedTask[];
  /** Where each handoff mark was found, for the failure message. */
  showingSeen: string;
  /** The page thread's garbage collection over the flow, for the log. */
  collected: string;
  /** The start mark's trace timestamp (µs) and the page thread's process, to place the observer's tasks. */
  startUs: number;
  pagePid: number;
  /** The page thread's synchronous waits on the GPU process. */
  gpuWaits: GpuWait[];
}

/**
 * How far before a task's start a mark inside it may be stamped (µs): a measure's start is the page's
 * performance.now(), coarsened to 100 µs, and the task's start is the trace's own clock. A handoff
 * mark stamped 0.3 ms before its task was once found in no task, and its clock time (265 ms on a
 * loaded machine) was judged instead of the task's 34 ms of thread time.
 */
const MARK_SLACK_US = 1_000;

/** V8's garbage-collection pauses on a thread (trace category v8). */
const GC_EVENTS = new Set(['V8.GCScavenger', 'V8.GCFinalizeMC', 'V8.GCIncrementalMarking', 'V8.GCIncrementalMarkingStart']);

/** Marked by the test once the layout has settled, before the trace stops: the flow's end. */
const SETTLED_MARK = 'import test: layout settled';

/**
 * The page thread's tasks of the import, from a trace kept until the layout settled (times in
 * microseconds). Tasks begun after the settled mark are left out: what the test does after the
 * layout settled (stopping the trace, reading the page) is not the app's.
 */
function tracedFlow(trace: Buffer): TracedFlow {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const events = parsed.traceEvents;
  const start = events.find((e) => e.name === IMPORT_START_MARK);
  const merged = events.find((e) => e.name === IMPORT_MERGED_MARK);
  const settled = events.find((e) => e.name === SETTLED_MARK);
  if (!start || !merged || !settled) throw new Error('the import marks are not in the trace');
  const onPage = (e: TraceEvent) => e.pid === merged.pid && e.tid === merged.tid;
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && onPage(e) && e.ts <= settled.ts);
  const collections = events.filter((e) => e.ph === 'X' && GC_EVENTS.has(e.name) && onPage(e));
  const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
  // The task a mark lies in, else the one that began just after it.
  const holding = (ts: number) => tasks.find((e) => ts >= e.ts && ts <= end(e)) ?? tasks.find((e) => ts >= e.ts - MARK_SLACK_US && ts <= end(e));
  const marks = events.filter((e) => e.ph === 'b' && e.name.startsWith('dramatis'));
  const described = (e: TraceEvent) => ({
    at: (e.ts - start.ts) / 1000,
    wallMs: (e.dur ?? 0) / 1000,
    threadMs: (e.tdur ?? e.dur ?? 0) / 1000,
    measures: [...new Set(marks.filter((m) => m.ts >= e.ts && m.ts <= end(e)).map((m) => m.name.replace('dramatis: ', '')))],
    gcMs: collections.filter((g) => g.ts >= e.ts && end(g) <= end(e)).reduce((sum, g) => sum + (g.tdur ?? g.dur ?? 0), 0) / 1000,
  });
  const slices = events.filter((e) => e.name === WORK_MEASURES.prepareGraph && e.ph === 'b');
  const shown = events.filter((e) => e.name === WORK_MEASURES.showGraph && e.ph === 'b');
  return {
    toMerge: tasks.filter((e) => end(e) > start.ts && end(e) <= merged.ts).map(described),
    whole: tasks.filter((e) => end(e) > start.ts).map(described),
    preparing: tasks.filter((e) => slices.some((m) => m.ts >= e.ts && m.ts <= end(e))).map(described),
    showing: shown.map((m) => {
      const task = holding(m.ts);
      if (task) return described(task);
      const close = events.find((e) => e.name === WORK_MEASURES.showGraph && e.ph === 'e' && e.ts >= m.ts);
      const ms = close ? (close.ts - m.ts) / 1000 : Infinity;
      return { at: (m.ts - start.ts) / 1000, wallMs: ms, threadMs: ms };
    }),
    showingSeen: shown.map((m) => `at +${Math.round((m.ts - start.ts) / 1000)} ms ${holding(m.ts) ? 'in a task' : 'in no traced task'}`).join(', ') || 'no handoff mark in the trace',
    collected: collectedOver(collections.filter((g) => g.ts >= start.ts && g.ts <= settled.ts)),
    startUs: start.ts,
    pagePid: merged.pid,
    gpuWaits: gpuWaitsOf(events, merged.pid, merged.tid),
  };
}

/** "3 full collections (longest 71 ms), 40 young ones, 310 ms in all" (thread time): the flow's garbage collection. */
function collectedOver(collections: TraceEvent[]): string {
  const ms = (list: TraceEvent[]) => list.map((g) => (g.tdur ?? g.dur ?? 0) / 1000);
  const full = ms(collections.filter((g) => g.name === 'V8.GCFinalizeMC'));
  const young = collections.filter((g) => g.name === 'V8.GCScavenger').length;
  const all = ms(collections).reduce((sum, v) => sum + v, 0);
  return `${full.length} full collections (longest ${Math.round(Math.max(0, ...full))} ms), ${young} young ones, ${Math.round(all)} ms in all`;
}

/** "+120: 80 / 95 (gc 30; merging sources)" (thread ms / clock ms) of one task. */
function taskTold(t: TracedTask): string {
  const what = [...(t.gcMs ? [`gc ${Math.round(t.gcMs)}`] : []), ...(t.measures ?? [])];
  return `at +${Math.round(t.at)}: ${Math.round(t.threadMs)} / ${Math.round(t.wallMs)}${what.length ? ` (${what.join('; ')})` : ''}`;
}

/** The heaviest tasks by thread time, told by taskTold. */
function heaviestTraced(list: TracedTask[], count: number): string {
  return [...list].sort((a, b) => b.threadMs - a.threadMs).slice(0, count).map(taskTold).join(', ');
}

declare global {
  interface Window {
    __importLongTasks?: Task[];
    __importPhases?: string[];
  }
}

const app = useAppPage({ timeout: 30_000 });
let page: Page;
let file: SyntheticGraphFile;
let tasks: Task[];
let window_: { start: number; merged: number; settled: number };
let actorsBefore: number;
let fileName: string;
let traced: TracedTask[];
let flow: TracedFlow;
let shot: Buffer;
let contention: Contention;

beforeAll(async () => {
  file = await writeSyntheticGraphFile({ actors: ACTORS, events: 40_000, years: 2, seed: 7 });
  page = app.page;
  await page.addInitScript(() => {
    window.__importLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__importLongTasks!.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask', buffered: true });
    // Every phase the import's progress line shows, in order.
    window.__importPhases = [];
    new MutationObserver(() => {
      const phase = document.querySelector('[data-testid="import-progress"]')?.getAttribute('data-phase');
      if (phase && window.__importPhases!.at(-1) !== phase) window.__importPhases!.push(phase);
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-phase'] });
  });
  await page.goto(app.url);
  await stageAtRest(page, 60_000);
  actorsBefore = await page.evaluate(() => window.__dramatis!.graph.order);
  fileName = basename(file.path);
  await cancelledImport();
  // By path: a buffer would be rebuilt into a File by script on the page, one long task of its own.
  await app.browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', 'v8', 'gpu'] });
  const watch = watchContention();
  await page.setInputFiles('[data-testid="import-input"]', file.path);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, IMPORT_MERGED_MARK, { timeout: 300_000 });
  await page.waitForSelector(`[data-testid="loaded-sources"] [data-source-label="${fileName}"]`, { timeout: 300_000 });
  await stageAtRest(page, 300_000);
  contention = watch.stop();
  const settled = await page.evaluate((mark) => performance.mark(mark).startTime, SETTLED_MARK);
  flow = tracedFlow(await app.browser.stopTracing());
  traced = flow.toMerge;
  const measured = await page.evaluate(
    ([startMark, mergedMark]) => ({
      start: performance.getEntriesByName(startMark!)[0]?.startTime ?? NaN,
      merged: performance.getEntriesByName(mergedMark!)[0]?.startTime ?? NaN,
      settled: NaN,
      tasks: window.__importLongTasks!,
    }),
    [IMPORT_START_MARK, IMPORT_MERGED_MARK],
  );
  measured.settled = settled;
  tasks = measured.tasks;
  window_ = measured;
  shot = await page.screenshot({ path: join(PROJECT_ROOT, 'test-output', 'import-responsiveness.png') });
}, 600_000);

afterAll(() => file?.remove());

let cancelled: { notices: string[]; order: number; sources: number; progressGone: boolean };

/** The same file, cancelled from the progress line while the worker reads it: nothing changes. */
async function cancelledImport(): Promise<void> {
  await page.setInputFiles('[data-testid="import-input"]', file.path);
  await page.click('[data-testid="import-cancel"]');
  await page.waitForSelector('[data-testid="notices"] .notice', { timeout: 30_000 });
  cancelled = {
    notices: await page.$$eval('[data-testid="notices"] .notice span', (spans) => spans.map((el) => el.textContent ?? '')),
    order: await page.evaluate(() => window.__dramatis!.graph.order),
    sources: await page.locator('[data-testid="loaded-sources"] [data-source-label]').count(),
    progressGone: (await page.locator('[data-testid="import-progress"]').count()) === 0,
  };
  while ((await page.$$('[data-testid="notices"] .notice button')).length > 0) await page.click('[data-testid="notices"] .notice button');
  await stageAtRest(page);
}

/** "at +120 ms: 80 ms, ..." from the start mark, for the failure message. */
function described(list: Task[]): string {
  return list.map((t) => `at +${Math.round(t.start - window_.start)} ms: ${Math.round(t.end - t.start)} ms`).join(', ');
}

function longest(list: Task[]): number {
  return Math.round(Math.max(0, ...list.map((t) => t.end - t.start)));
}

describe('importing 19,900 actors and 40,000 relations', () => {
  it('can be cancelled from the progress line, leaving the graph as it was', () => {
    // The file name is shown isolated (bidi marks or <bdi>): compared without them.
    const plain = cancelled.notices.map((n) => n.replace(/[\u2066-\u2069]/g, ''));
    expect(plain).toContain(`Import of ${fileName} cancelled. The graph on screen is unchanged.`);
    expect(cancelled.order).toBe(actorsBefore);
    expect(cancelled.sources).toBe(1);
    expect(cancelled.progressGone).toBe(true);
  });

  it('adds them all, showing each phase under Import', async () => {
    expect(await page.evaluate(() => window.__dramatis!.graph.order)).toBeGreaterThanOrEqual(actorsBefore + ACTORS - 100);
    const phases = await page.evaluate(() => window.__importPhases!);
    expect(phases).toEqual(expect.arrayContaining(['building', 'merging']));
    expect(phases.indexOf('building')).toBeLessThan(phases.indexOf('merging'));
    expect(await page.isVisible('[data-testid="import-progress"]')).toBe(false);
  });

  it('holds the page for no task over 100 ms of thread time from choosing the file until the merged graph goes to the store', () => {
    expect(window_.merged).toBeGreaterThan(window_.start);
    // Tasks that end before the mark: the task that sets it goes on to show the graph (panels and stage).
    const mine = tasks.filter((t) => t.end > window_.start && t.end <= window_.merged);
    // The trace saw the chunks and slices: hundreds of tasks, not a few long ones.
    expect(traced.length).toBeGreaterThan(200);
    const told = `heaviest tasks (thread ms / clock ms): ${heaviestTraced(traced, 5)}; long tasks by the observer ${described(mine)}; merged at +${Math.round(window_.merged - window_.start)} ms`;
    console.log(`import of ${ACTORS} actors, ${traced.length} tasks up to the merge; ${told}`);
    expect(Math.max(...traced.map((t) => t.threadMs)), told).toBeLessThanOrEqual(OWN_WORK_THREAD_MS);
  });

  it('prepares the merged graph for the store in slices, each task under 100 ms of thread time', () => {
    // Happenings, filter engine columns and bundle index: 40,000 events, paused every 2,000 each.
    expect(flow.preparing.length).toBeGreaterThanOrEqual(5);
    const told = `tasks preparing the graph (thread ms / clock ms): ${heaviestTraced(flow.preparing, 5)} of ${flow.preparing.length}`;
    console.log(`import of ${ACTORS} actors, ${told}`);
    expect(Math.max(...flow.preparing.map((t) => t.threadMs)), told).toBeLessThanOrEqual(OWN_WORK_THREAD_MS);
  });

  it('hands the prepared graph to the store in a task under 100 ms of thread time, the panels rendering it later', () => {
    // The store's graphReplaced and React's urgent render, which keeps the heavy panels (timeline,
    // filters, legend) as they were: they show the new graph in React's deferred render, which yields.
    const told = `the task handing the graph to the store (thread ms / clock ms): ${heaviestTraced(flow.showing, 1)}; marks ${flow.showingSeen}`;
    console.log(`import of ${ACTORS} actors, ${told}`);
    expect(flow.showing.length, told).toBeGreaterThanOrEqual(1);
    expect(Math.max(...flow.showing.map((t) => t.threadMs)), told).toBeLessThanOrEqual(OWN_WORK_THREAD_MS);
  });

  it('draws the large graph the cheap way (plain lines, point discs, no lines while the camera moves), and draws it', async () => {
    // A frame of 20,000 arrows and triangle discs in software WebGL took seconds (BENCHMARKS.md).
    const drawing = await page.evaluate(() => {
      const sigma = window.__dramatis!.sigma;
      const lines = sigma.getSetting('edgeProgramClasses');
      const discs = sigma.getSetting('nodeProgramClasses');
      const hovered = sigma.getSetting('nodeHoverProgramClasses');
      return {
        plainLines: lines.arrow === lines.line && lines.curvedArrow === lines.line,
        pointDiscs: discs.circle !== undefined && hovered.circle !== undefined && discs.circle !== hovered.circle,
        linesHiddenOnMove: sigma.getSetting('hideEdgesOnMove'),
        edgeEvents: sigma.getSetting('enableEdgeEvents'),
      };
    });
    expect(drawing).toEqual({ plainLines: true, pointDiscs: true, linesHiddenOnMove: true, edgeEvents: false });
    const stage = (await page.locator('[data-testid="graph-stage"]').boundingBox())!;
    expect(await inkFraction(page, shot, stage, STAGE_BACKGROUND)).toBeGreaterThan(0.05);
  });

  it('draws at most 5,000 of its lines, says so on the stage, and draws all of an actor\'s lines once it is selected', async () => {
    const drawnLines = () =>
      page.evaluate(() => {
        const { sigma } = window.__dramatis!;
        return sigma.getGraph().filterEdges((e) => sigma.getEdgeDisplayData(e)?.hidden === false).length;
      });
    const total = await page.evaluate(() => window.__dramatis!.lines.allLines.size);
    expect(total).toBeGreaterThan(30_000);
    expect(await drawnLines()).toBe(5_000);
    // Lines left out are not in sigma's graph at all (each frame of the layout processes every line there).
    expect(await page.evaluate(() => window.__dramatis!.sigma.getGraph().size)).toBe(5_000);
    const note = (await page.locator('[data-testid="stage-line-note"]').textContent()) ?? '';
    expect(note).toContain(`5,000 of ${total.toLocaleString('en-US')} lines drawn`);
    // An actor with a line left out of the overview: selected, every line of it is drawn.
    const actor = await page.evaluate(() => {
      const { sigma, lines } = window.__dramatis!;
      const graph = lines.allLines;
      return graph.findNode((n) => graph.someEdge(n, (e) => !sigma.getGraph().hasEdge(e)) && graph.degree(n) >= 2)!;
    });
    // Each of the actor's lines: drawn (false), hidden (true) or not on the stage at all (null).
    const linesOf = () =>
      page.evaluate((n) => {
        const { sigma, lines } = window.__dramatis!;
        return lines.allLines.edges(n).map((e) => (sigma.getGraph().hasEdge(e) ? (sigma.getEdgeDisplayData(e)?.hidden ?? null) : null));
      }, actor);
    expect(await linesOf()).toContain(null);
    // Selected through the actor search, as a user would find one actor among 20,000.
    const label = await page.evaluate((n) => window.__dramatis!.graph.getNodeAttribute(n, 'label'), actor);
    const input = page.locator('[data-testid="actor-search"] input');
    await input.fill(label);
    const options = page.locator('[data-testid="actor-search"] [role="listbox"] [role="option"]');
    await options.first().waitFor();
    const offered = await options.evaluateAll((els) => els.map((el) => el.getAttribute('data-actor') ?? ''));
    expect(offered).toContain(actor);
    for (let k = 0; k <= offered.indexOf(actor); k++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => {
      const { sigma, lines } = window.__dramatis!;
      return lines.allLines.edges(n).every((e) => sigma.getGraph().hasEdge(e) && sigma.getEdgeDisplayData(e)?.hidden === false);
    }, actor);
    expect((await linesOf()).every((hidden) => hidden === false)).toBe(true);
  });

  it('holds the page for no task over 150 ms of thread time from choosing the file until the layout has settled', () => {
    // Drawing, laying out and arranging the new graph, the save, the panels' deferred render: all of it.
    const told = `heaviest tasks of the trace (thread ms / clock ms): ${heaviestTraced(flow.whole, 6)}; ${flow.whole.length} tasks`;
    expect(flow.whole.length).toBeGreaterThan(traced.length);
    expect(Math.max(...flow.whole.map((t) => t.threadMs)), told).toBeLessThanOrEqual(FLOW_THREAD_MS);
  });

  it('holds the page for no task over 200 ms by the clock, less its waits for a core and for the GPU process, from choosing the file until the layout has settled', (ctx) => {
    const all = tasks.filter((t) => t.end > window_.start && t.start < window_.settled);
    expect(window_.settled).toBeGreaterThan(window_.merged);
    // The observer's tasks on the trace's clock: the start mark is in both.
    const traceUs = (pageMs: number) => flow.startUs + (pageMs - window_.start) * 1000;
    const held: HeldTask[] = all.map((t) => ({
      at: t.start - window_.start,
      clockMs: t.end - t.start,
      waitedMs: contention.waitedBetween(flow.pagePid, traceUs(t.start), traceUs(t.end)) ?? 0,
      gpuMs: gpuWaitBetween(flow.gpuWaits, traceUs(t.start), traceUs(t.end)),
    }));
    const overByClock = flow.whole.filter((t) => t.wallMs > TASK_BUDGET_MS).map(taskTold);
    const told = `longest task ${longest(all)} ms; long tasks ${described(all)}; held longest: ${describeHeld(held, 4) || 'none'}; the page waited on the GPU process ${flow.gpuWaits.length} times, longest ${Math.round(Math.max(0, ...flow.gpuWaits.map((w) => w.dur)) / 1000)} ms; traced tasks over ${TASK_BUDGET_MS} ms by the clock (thread / clock ms): ${overByClock.join('; ') || 'none'}`;
    console.log(`import of ${ACTORS} actors, whole flow to settled: ${told}`);
    console.log(`import of ${ACTORS} actors, whole flow to settled, heaviest tasks of the trace (thread ms / clock ms): ${heaviestTraced(flow.whole, 6)}`);
    // Judged only while the rest of the machine was quiet (cpuContention.ts); the thread-time
    // assertions above hold whatever the machine does.
    console.log(`import of ${ACTORS} actors: ${describeContention(contention)}; garbage collection on the page thread: ${flow.collected}`);
    if (!contention.judgesClock) return ctx.skip(`not judged by the clock: ${describeContention(contention)}: ${told}`);
    expect(Math.round(Math.max(0, ...held.map(heldMs))), `${told}; ${describeContention(contention)}`).toBeLessThanOrEqual(TASK_BUDGET_MS);
  });
});

// Browser test: importing a generated graph of 20,000 actors keeps the page answering. Every main-
// thread task over 50 ms is recorded with PerformanceObserver('longtask'). The import's own work —
// from the file being chosen until the merged graph goes to the store, marked with performance.mark —
// holds the page for no task over 200 ms: the file is read, parsed, fitted and checked in a worker,
// its graph added chunk by chunk and merged in slices, with the phases shown under Import.
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticGraphFile, type SyntheticGraphFile } from '../../bench/load/syntheticGraphFile';
import { IMPORT_MERGED_MARK, IMPORT_START_MARK } from '../../src/app/import/importMarks';
import { useAppPage } from './appPage';
import { PROJECT_ROOT } from './harness';
import { stageAtRest } from './pageStates';

/** The budget of issue 19: no main-thread task longer than this while importing. */
const TASK_BUDGET_MS = 200;
const ACTORS = 19_900;

interface Task {
  start: number;
  end: number;
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
  // By path: a buffer would be rebuilt into a File by script on the page, one long task of its own.
  fileName = basename(file.path);
  await page.setInputFiles('[data-testid="import-input"]', file.path);
  await page.waitForSelector(`[data-testid="loaded-sources"] [data-source-label="${fileName}"]`, { timeout: 300_000 });
  await stageAtRest(page, 300_000);
  const measured = await page.evaluate(
    ([startMark, mergedMark]) => ({
      start: performance.getEntriesByName(startMark!)[0]?.startTime ?? NaN,
      merged: performance.getEntriesByName(mergedMark!)[0]?.startTime ?? NaN,
      settled: performance.now(),
      tasks: window.__importLongTasks!,
    }),
    [IMPORT_START_MARK, IMPORT_MERGED_MARK],
  );
  tasks = measured.tasks;
  window_ = measured;
  await page.screenshot({ path: join(PROJECT_ROOT, 'test-output', 'import-responsiveness.png') });
}, 600_000);

afterAll(() => file?.remove());

/** "at +120 ms: 80 ms, ..." from the start mark, for the failure message. */
function described(list: Task[]): string {
  return list.map((t) => `at +${Math.round(t.start - window_.start)} ms: ${Math.round(t.end - t.start)} ms`).join(', ');
}

function longest(list: Task[]): number {
  return Math.round(Math.max(0, ...list.map((t) => t.end - t.start)));
}

describe('importing 19,900 actors and 40,000 relations', () => {
  it('adds them all, showing each phase under Import', async () => {
    expect(await page.evaluate(() => window.__dramatis!.graph.order)).toBeGreaterThanOrEqual(actorsBefore + ACTORS - 100);
    const phases = await page.evaluate(() => window.__importPhases!);
    expect(phases).toEqual(expect.arrayContaining(['building', 'merging']));
    expect(phases.indexOf('building')).toBeLessThan(phases.indexOf('merging'));
    expect(await page.isVisible('[data-testid="import-progress"]')).toBe(false);
  });

  it('holds the page for no task over 200 ms from choosing the file until the merged graph goes to the store', () => {
    expect(window_.merged).toBeGreaterThan(window_.start);
    // Tasks that end before the mark: the task that sets it goes on to show the graph (panels and stage).
    const mine = tasks.filter((t) => t.end > window_.start && t.end <= window_.merged);
    expect(longest(mine), `long tasks ${described(mine)}; merged at +${Math.round(window_.merged - window_.start)} ms`).toBeLessThanOrEqual(TASK_BUDGET_MS);
  });

  // Waits for the panels (search index, histogram, table) and the stage's drawing of the new graph to
  // be sliced too; the lead flips it to `it` once all three parts of issue 19 are merged.
  it.fails('holds the page for no task over 200 ms from choosing the file until the layout has settled', () => {
    const all = tasks.filter((t) => t.end > window_.start && t.start < window_.settled);
    expect(longest(all), `long tasks ${described(all)}`).toBeLessThanOrEqual(TASK_BUDGET_MS);
  });
});

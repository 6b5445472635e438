// Browser test (issue 19): reading a long article (a generated .txt of 4.9 million characters, dated
// so its relations count) into the served seed graph keeps the page answering. The browser's long-task
// observer watches every main-thread task from the click on "Read article" until the stage is at rest;
// the app's own User Timing measures name the tasks that rebuild, merge and draw the article's graph.
import { join } from 'node:path';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../../src/cli/synthetic/textCorpus';
import { WORK_MEASURES } from '../../src/app/stage/slicedWork';
import { tracedTasksBetween, type TracedWindow } from '../../bench/load/tracedTasks';
import { useAppPage } from './appPage';
import { PROJECT_ROOT } from './harness';
import { stageAtRest } from './pageStates';
import { describeContention, describeHeld, gpuWaitBetween, heldMs, watchContention, type Contention, type HeldTask } from './cpuContention';

const OUTPUT_DIR = join(PROJECT_ROOT, 'test-output');
/**
 * The issue's size (as `bench/responsiveness.ts`): about 57,000 relations among 223 actors once added,
 * 47,000 lines to draw, a dense graph that only one line per pair and a cap on the lines drawn keep
 * cheap in software WebGL. Extracting it takes about a minute in the page's worker.
 */
const ARTICLE_CHARS = 4_900_000;
const TASK_BUDGET_MS = 200;
/** Marks this test sets around the flow, so the trace's page tasks can be read between them. */
const READ_MARK = 'dramatis-test: read article clicked';
const AT_REST_MARK = 'dramatis-test: stage at rest';

declare global {
  interface Window {
    __articleTaskLog?: { start: number; duration: number }[];
  }
}

interface Measured {
  name: string;
  detail: unknown;
  start: number;
  duration: number;
}

const app = useAppPage({ timeout: 30_000 });
let longTasks: { start: number; duration: number }[] = [];
let measures: Measured[] = [];
let edgesBefore = 0;
let edgesAfter = 0;
let traced: TracedWindow | null = null;
let contention: Contention | null = null;
/** When the test clicked Read article, on the page's clock (ms). */
let since = 0;

/** A span of the page's clock as a task held the page: its clock time and its thread's waits for a core and the GPU. */
function heldSpan(start: number, duration: number): HeldTask {
  // The click's mark is in the trace too: it places the page's clock on the trace's.
  const traceUs = (pageMs: number) => traced!.fromUs + (pageMs - since) * 1000;
  const [from, to] = [traceUs(start), traceUs(start + duration)];
  const waitedMs = contention!.waitedBetween(traced!.pid, from, to) ?? 0;
  return { at: start - since, clockMs: duration, waitedMs, gpuMs: gpuWaitBetween(traced!.gpuWaits, from, to) };
}

function articleText(): string {
  const bodies = generateArticles(Math.ceil(ARTICLE_CHARS / 4000) + 2, 700, 11).map((a) => a.text.split('---\n')[2]);
  return `A long article\n${bodies.join('\n').slice(0, ARTICLE_CHARS)}`;
}

let articleFolder = '';
let articleFile = '';

afterAll(() => {
  if (articleFolder) rmSync(articleFolder, { recursive: true, force: true });
});

beforeAll(async () => {
  articleFolder = mkdtempSync(join(tmpdir(), 'dramatis-article-'));
  articleFile = join(articleFolder, 'long-article.txt');
  writeFileSync(articleFile, articleText());
  const { page } = app;
  await page.addInitScript(() => {
    window.__articleTaskLog = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__articleTaskLog!.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(app.url);
  await stageAtRest(page, 60_000);
});

describe('reading a long article', () => {
  it('adds a 4.9-million-character article to the graph and settles', async () => {
    const { page } = app;
    edgesBefore = await page.evaluate(() => window.__dramatis!.graph.size);
    await page.click('[data-testid="add-article-button"]');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid="article-choose"]')]);
    // By path: a buffer would be rebuilt into a File by Playwright's script on the page, a long task of its own.
    await chooser.setFiles(articleFile);
    await page.locator('[data-testid="article-preview"]').waitFor();
    // Dated, so the relations it finds are added rather than left out.
    await page.locator('[data-testid="article-field-published"] input').fill('2025-03-01');
    await app.browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', 'gpu'] });
    since = await page.evaluate((mark) => performance.mark(mark).startTime, READ_MARK);
    const watch = watchContention();
    await page.click('[data-testid="article-extract"]');
    await page.waitForSelector('[data-testid="loaded-sources"] .source-item:nth-child(2)', { timeout: 400_000 });
    await stageAtRest(page, 200_000);
    await page.evaluate((mark) => performance.mark(mark), AT_REST_MARK);
    contention = watch.stop();
    traced = tracedTasksBetween(await app.browser.stopTracing(), READ_MARK, AT_REST_MARK);
    edgesAfter = await page.evaluate(() => window.__dramatis!.graph.size);
    longTasks = await page.evaluate((t) => window.__articleTaskLog!.filter((e) => e.start >= t), since);
    measures = await page.evaluate(
      (t) => performance.getEntriesByType('measure').filter((m) => m.startTime >= t).map((m) => ({ name: m.name, detail: (m as PerformanceMeasure).detail as unknown, start: m.startTime, duration: m.duration })),
      since,
    );
    mkdirSync(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path: join(OUTPUT_DIR, 'article-responsiveness.png') });
    // Thousands of dated relations joined the graph, and the stage draws lines for them.
    expect(edgesAfter - edgesBefore).toBeGreaterThan(3_000);
    expect(await page.evaluate(() => window.__dramatis!.sigma.getGraph().size)).toBeGreaterThan(500);
    console.log(`article responsiveness: ${edgesAfter - edgesBefore} relations added; long tasks (ms): ${longTasks.map((t) => Math.round(t.duration)).join(', ')}`);
  }, 720_000);

  it('rebuilds, merges, draws and arranges the article graph in tasks under 200 ms each', () => {
    // Measured apart (see below): sigma's process and draw of the new graph, one task in sigma 3 (with
    // software WebGL it also waits for the GPU process), 0.1 to 1.2 s here under load.
    const mine: string[] = [WORK_MEASURES.addArticle, WORK_MEASURES.mergeSources, WORK_MEASURES.drawGraph, WORK_MEASURES.arrangeAdded];
    const own = measures.filter((m) => mine.includes(m.name));
    // Each phase ran (the arrangement only when actors were added around placed ones).
    expect(own.filter((m) => m.name === WORK_MEASURES.addArticle).length).toBeGreaterThanOrEqual(1);
    // The merge with the seed graph, in slices like an import's (one or more, by the machine's speed).
    expect(own.filter((m) => m.name === WORK_MEASURES.mergeSources).length).toBeGreaterThanOrEqual(1);
    expect(own.filter((m) => m.name === WORK_MEASURES.drawGraph).length).toBeGreaterThanOrEqual(3);
    expect(traced).not.toBeNull();
    const over = own
      .filter((m) => heldMs(heldSpan(m.start, m.duration)) > TASK_BUDGET_MS)
      .map((m) => `${m.name}${m.detail ? ` (${String(m.detail)})` : ''}: ${describeHeld([heldSpan(m.start, m.duration)], 1)}`);
    // Measures are clock time, less the page thread's waits for a core and for the GPU process, judged
    // while the rest of the machine was quiet (cpuContention.ts).
    if (contention!.judgesClock) expect(over, describeContention(contention!)).toEqual([]);
    else console.log(`article responsiveness, phases over ${TASK_BUDGET_MS} ms by the clock (not judged: ${describeContention(contention!)}): ${over.join('; ') || 'none'}`);
    console.log(`article responsiveness, measured apart: ${measures.filter((m) => !mine.includes(m.name)).map((m) => `${m.name} ${Math.round(m.duration)} ms`).join('; ')}`);
  });

  it('holds the page for no task over 200 ms of thread time from Read article until the stage is at rest', () => {
    // Thread time: what the page's own work cost, whatever the machine's load (the long-task observer's
    // clock also counts the frames' waits for software WebGL, seconds under load). The worker's reply
    // comes in parts, the panels render the new graph in React's deferred render, and sigma's process
    // of the whole graph is a task of its own.
    expect(traced).not.toBeNull();
    const tasks = traced!.tasks;
    expect(tasks.length).toBeGreaterThan(20);
    const told = `heaviest tasks (thread ms / clock ms): ${tasks.slice(0, 5).map((t) => `${t.threadMs} / ${t.wallMs} (${t.what ?? ''})`).join(', ')} of ${tasks.length}`;
    console.log(`article responsiveness, traced: ${told}`);
    expect(tasks[0]!.threadMs, told).toBeLessThanOrEqual(TASK_BUDGET_MS);
  });

  it('draws one line per pair and at most 5,000 lines, and says so on the stage', async () => {
    const { page } = app;
    const drawn = await page.evaluate(() => {
      const { sigma, lines: stage } = window.__dramatis!;
      const graph = sigma.getGraph();
      const pairs = new Set<string>();
      let lines = 0;
      graph.forEachEdge((e, _a, s, t) => {
        if (sigma.getEdgeDisplayData(e)?.hidden !== false) return;
        lines++;
        pairs.add(s < t ? `${s} ${t}` : `${t} ${s}`);
      });
      return { lines, pairs: pairs.size, inSigma: graph.size, total: stage.allLines.size };
    });
    expect(drawn.total).toBeGreaterThan(20_000);
    expect(drawn.lines).toBe(drawn.pairs);
    // Lines left out are not in sigma's graph at all (each frame of the layout processes every line there).
    expect(drawn.inSigma).toBe(drawn.lines);
    expect(drawn.lines).toBeLessThanOrEqual(5_000);
    expect(drawn.lines).toBeGreaterThan(1_000);
    const note = (await page.locator('[data-testid="stage-line-note"]').textContent()) ?? '';
    expect(note).toContain(`${drawn.lines.toLocaleString('en-US')} of ${drawn.total.toLocaleString('en-US')} lines drawn`);
  });

  it('holds the page for no task over 200 ms by the clock, less its waits for a core and for the GPU process, from Read article until the stage is at rest', (ctx) => {
    // The browser's long-task observer, less the page thread's waits for a core and for the GPU process
    // (cpuContention.ts). Judged only while the rest of the machine was quiet; the thread-time
    // assertion holds anyway.
    expect(traced).not.toBeNull();
    const held = longTasks.map((t) => heldSpan(t.start, t.duration));
    const told = `long tasks (ms): ${longTasks.map((t) => Math.round(t.duration)).join(', ')}; held longest: ${describeHeld(held, 4) || 'none'}; ${describeContention(contention!)}`;
    console.log(`article responsiveness, by the clock: ${told}`);
    if (!contention!.judgesClock) return ctx.skip(`not judged by the clock: ${told}`);
    expect(Math.round(Math.max(0, ...held.map(heldMs))), told).toBeLessThanOrEqual(TASK_BUDGET_MS);
  });
});

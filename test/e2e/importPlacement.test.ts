// Browser test: actors already placed never move when files are imported, one after another. After
// each import, and after its notice is dismissed (the stage changes size), every actor that was on
// screen keeps its graph coordinates exactly; on screen it keeps its pixel, or, when the stage changed
// size or new actors landed outside the view and the camera zoomed out to show them, all keep their
// arrangement (one uniform scale and shift for all). The exported seed graph imported again doubles nothing.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerializedDramatisGraph } from '../../src/domain/contract';
import { launchChromium, PROJECT_ROOT, serveDist, TEST_DIST, type ServedApp } from './harness';

const OUTPUT_DIR = join(PROJECT_ROOT, 'test-output');
const SETTLED = '[data-testid="graph-stage"][data-layout="settled"]';

let served: ServedApp | undefined;
let browser: Browser | undefined;
let page: Page;
let seed: SerializedDramatisGraph;
const pageErrors: string[] = [];

interface Placed {
  graph: [number, number];
  screen: [number, number];
}

beforeAll(async () => {
  seed = JSON.parse(readFileSync(join(PROJECT_ROOT, TEST_DIST, 'graph/default-graph.json'), 'utf8')) as SerializedDramatisGraph;
  mkdirSync(OUTPUT_DIR, { recursive: true });
  served = await serveDist();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto(served.url);
  await page.waitForSelector(SETTLED, { timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (served ? served.server.httpServer.close(() => resolve()) : resolve()));
});

/** Settled, no notice shown, the camera still, sigma at the stage's size, and a frame drawn since. */
async function calm(): Promise<void> {
  await page.waitForSelector(SETTLED, { timeout: 60_000 });
  while ((await page.$$('[data-testid="notices"] .notice button')).length > 0) await page.click('[data-testid="notices"] .notice button');
  await page.waitForFunction(
    () => {
      const stage = document.querySelector('[data-testid="graph-stage"]')!.getBoundingClientRect();
      const { sigma } = window.__dramatis!;
      const size = sigma.getDimensions();
      return !sigma.getCamera().isAnimated() && Math.abs(size.height - stage.height) < 1 && document.querySelector('[data-testid="graph-stage"][data-layout="settled"]') !== null;
    },
  ).catch(async (err: unknown) => {
    const state = await page.evaluate(() => {
      const stage = document.querySelector('[data-testid="graph-stage"]')!.getBoundingClientRect();
      const { sigma } = window.__dramatis!;
      return { stage: stage.height, sigma: sigma.getDimensions(), animated: sigma.getCamera().isAnimated(), notices: document.querySelectorAll('[data-testid="notices"] .notice').length };
    });
    throw new Error(`not calm: ${JSON.stringify(state)}: ${String(err)}`);
  });
  // Sigma applies a new size at its next render; two frames later everything is drawn as it stays.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

function placedActors(): Promise<Record<string, Placed>> {
  return page.evaluate(() => {
    const { graph, sigma } = window.__dramatis!;
    const out: Record<string, Placed> = {};
    graph.forEachNode((n, a) => {
      if (graph.degree(n) === 0 || a.hidden) return;
      const v = sigma.graphToViewport(a);
      out[n] = { graph: [a.x, a.y], screen: [v.x, v.y] };
    });
    return out;
  });
}

async function importFile(name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid="import-button"]')]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** A file linking new actors to `anchor` (an actor on screen) and a new pair linked to nobody on screen. */
function fileAround(anchor: string, n: number): string {
  const node = (key: string, label: string) => ({ key, attributes: { label, kind: 'state' } });
  const edge = (key: string, source: string, target: string) => ({ key, source, target, attributes: { relation: 'threat', date: `2025-06-1${n}`, evidence: `${source} threatened ${target}.` } });
  return JSON.stringify({
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: {},
    nodes: [node(anchor, anchor), node(`new-${n}-a`, `Newland ${n} A`), node(`new-${n}-b`, `Newland ${n} B`), node(`far-${n}-a`, `Farland ${n} A`), node(`far-${n}-b`, `Farland ${n} B`)],
    edges: [edge('a', `new-${n}-a`, anchor), edge('b', `new-${n}-b`, `new-${n}-a`), edge('c', `far-${n}-a`, `far-${n}-b`)],
  });
}

/** The largest pixel error of `after = s·before + t` (one uniform scale s and shift t for every actor). */
function similarityError(before: Record<string, Placed>, after: Record<string, Placed>): { scale: number; error: number } {
  const keys = Object.keys(before);
  const mean = (pick: (p: Placed) => number, set: Record<string, Placed>) => keys.reduce((s, k) => s + pick(set[k]!), 0) / keys.length;
  const [bx, by, ax, ay] = [mean((p) => p.screen[0], before), mean((p) => p.screen[1], before), mean((p) => p.screen[0], after), mean((p) => p.screen[1], after)];
  let num = 0;
  let den = 0;
  for (const k of keys) {
    const dx = before[k]!.screen[0] - bx;
    const dy = before[k]!.screen[1] - by;
    num += dx * (after[k]!.screen[0] - ax) + dy * (after[k]!.screen[1] - ay);
    den += dx * dx + dy * dy;
  }
  const scale = num / den;
  const error = Math.max(...keys.map((k) => Math.hypot(ax + scale * (before[k]!.screen[0] - bx) - after[k]!.screen[0], ay + scale * (before[k]!.screen[1] - by) - after[k]!.screen[1])));
  return { scale, error };
}

describe('imports never move actors already placed', () => {
  it('keeps every placed actor at its graph coordinates and its pixel (or its arrangement, when the view had to zoom out) over three imports', async () => {
    await calm();
    const degree = new Map<string, number>();
    for (const e of seed.edges) for (const n of [e.source, e.target]) degree.set(n, (degree.get(n) ?? 0) + 1);
    const anchors = [...degree.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k]) => k);
    let before = await placedActors();
    expect(Object.keys(before).length).toBeGreaterThan(10);
    const unchangedPixels: boolean[] = [];
    for (const [i, anchor] of anchors.entries()) {
      await importFile(`around-${i + 1}.json`, fileAround(anchor, i + 1));
      await page.waitForSelector(`[data-testid="source-import-${i + 1}"]`);
      await calm();
      const after = await placedActors();
      for (const [n, p] of Object.entries(before)) expect(after[n]?.graph, `${n} after import ${i + 1}`).toEqual(p.graph);
      const { scale, error } = similarityError(before, after);
      expect(error, `arrangement on screen after import ${i + 1}`).toBeLessThan(0.01);
      const unchanged = Object.entries(before).every(([n, p]) => Math.hypot(after[n]!.screen[0] - p.screen[0], after[n]!.screen[1] - p.screen[1]) < 0.01);
      unchangedPixels.push(unchanged);
      // Zooming out or a smaller stage only ever shrinks the picture; nothing moves apart.
      if (!unchanged) expect(scale).toBeLessThanOrEqual(1);
      // The new actors are drawn, inside the stage.
      const fresh = await page.evaluate((n) => {
        const { graph, sigma } = window.__dramatis!;
        const { width, height } = sigma.getDimensions();
        return [`new-${n}-a`, `new-${n}-b`, `far-${n}-a`].map((k) => {
          const a = graph.getNodeAttributes(k);
          const v = sigma.graphToViewport(a);
          return !a.hidden && v.x >= 0 && v.y >= 0 && v.x <= width && v.y <= height;
        });
      }, i + 1);
      expect(fresh, `new actors of import ${i + 1} on screen`).toEqual([true, true, true]);
      await page.screenshot({ path: join(OUTPUT_DIR, `import-placement-${i + 1}.png`) });
      before = after;
      Object.assign(before, await placedActors());
    }
    console.log(`import placement: pixels unchanged after each import: ${unchangedPixels.join(', ')}`);
    expect(pageErrors).toEqual([]);
  });

  it('frames the remaining actors again when removing a large import left them huddled in a corner, at the same graph coordinates', async () => {
    await calm();
    const before = await placedActors();
    const shownKeys = Object.keys(before);
    /** Width and height of the box around the actors placed before, on screen, as shares of the stage. */
    const extent = () =>
      page.evaluate((keys) => {
        const { graph, sigma } = window.__dramatis!;
        const { width, height } = sigma.getDimensions();
        const points = keys.map((k) => sigma.graphToViewport(graph.getNodeAttributes(k)));
        const span = (pick: (p: { x: number; y: number }) => number) => Math.max(...points.map(pick)) - Math.min(...points.map(pick));
        return { width: span((p) => p.x) / width, height: span((p) => p.y) / height };
      }, shownKeys);
    const start = await extent();
    const node = (key: string) => ({ key, attributes: { label: key, kind: 'group' } });
    const pairs = Array.from({ length: 600 }, (_, i) => i);
    const crowd = {
      options: { type: 'directed', multi: true, allowSelfLoops: false },
      attributes: {},
      nodes: pairs.flatMap((i) => [node(`crowd-${i}-a`), node(`crowd-${i}-b`)]),
      edges: pairs.map((i) => ({ key: `c${i}`, source: `crowd-${i}-a`, target: `crowd-${i}-b`, attributes: { relation: 'protest', date: '2025-06-20', evidence: `Crowd ${i} protested.` } })),
    };
    await importFile('crowd.json', JSON.stringify(crowd));
    await page.waitForSelector('[data-testid="source-import-4"]');
    await calm();
    const crowded = await extent();
    // The 1,200 new actors made the view zoom out: the earlier ones now sit in a small part of the stage.
    expect(Math.max(crowded.width, crowded.height), JSON.stringify({ start, crowded })).toBeLessThan(0.5);
    await page.click('[aria-label="Remove crowd.json"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="source-import-4"]') === null);
    await expect.poll(async () => Math.max(...Object.values(await extent())), { timeout: 60_000 }).toBeGreaterThanOrEqual(0.5);
    await calm();
    const after = await placedActors();
    for (const [n, p] of Object.entries(before)) expect(after[n]?.graph, `${n} after the removal`).toEqual(p.graph);
    // Framed as before the import: the arrangement is the same, at the scale it had.
    const back = await extent();
    expect(back.width).toBeCloseTo(start.width, 1);
    expect(back.height).toBeCloseTo(start.height, 1);
    await page.screenshot({ path: join(OUTPUT_DIR, 'import-placement-removed.png') });
    expect(pageErrors).toEqual([]);
  });

  it('merges a file that repeats the loaded relations (the seed graph exported by a colleague) instead of doubling them, and says so', async () => {
    const total = async () => Number(await page.textContent('[data-testid="total-relations"]'));
    const before = await total();
    const graphSize = await page.evaluate(() => window.__dramatis!.graph.size);
    await importFile('colleague-seed.json', JSON.stringify(seed));
    await page.waitForSelector('[data-testid="source-import-5"]');
    await page.waitForSelector(SETTLED, { timeout: 60_000 });
    const notices = await page.$$eval('[data-testid="notices"] .notice span', (spans) => spans.map((x) => x.textContent ?? ''));
    const n = seed.edges.length;
    expect(notices.some((t) => t.includes(`${n} of ${n} relations were already loaded`)), notices.join(' | ')).toBe(true);
    expect(await total()).toBe(before);
    expect(await page.evaluate(() => window.__dramatis!.graph.size)).toBe(graphSize);
    expect(pageErrors).toEqual([]);
  });
});

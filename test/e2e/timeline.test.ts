// Browser test of the timeline: serves the built app (dist/ is built once by globalSetup) and
// drives the histogram, brush, presets and play controls in headless Chromium. What the graph shows
// is read from sigma's display data, as a user sees it on the canvas.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedDramatisGraph, SerializedEdge } from '../../src/domain/contract';
import { dayNumber, isoDay } from '../../src/graph/eventTime';
import { PROJECT_ROOT, TEST_DIST } from './harness';
import { useAppPage } from './appPage';
import { framesPainted } from './pageStates';
import { inkFraction } from './pixels';

const OUTPUT_DIR = join(PROJECT_ROOT, 'test-output');
const STAGE = '[data-testid="graph-stage"]';
const TIMELINE = '[data-testid="timeline"]';
const VIEWPORT = { width: 1440, height: 900 };

const app = useAppPage({ timeout: 8_000, viewport: VIEWPORT });
let page: Page;
let data: SerializedDramatisGraph;
const relations = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'data/relations.json'), 'utf8')) as { relations: { id: string; color: string }[] }).relations;

async function openApp(p: Page, query = ''): Promise<void> {
  await p.goto(app.url + query);
  await p.waitForSelector(`${STAGE}[data-layout="settled"]`, { timeout: 20_000 });
  await p.waitForSelector('[data-testid="timeline-svg"]');
  await p.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

beforeAll(async () => {
  data = JSON.parse(readFileSync(join(PROJECT_ROOT, TEST_DIST, 'graph/default-graph.json'), 'utf8')) as SerializedDramatisGraph;
  mkdirSync(OUTPUT_DIR, { recursive: true });
  page = app.page;
  await openApp(page);
});

/** Edges drawn on the canvas and edges sigma hides, from its display data. */
async function drawnEdges(p: Page = page): Promise<{ shown: string[]; hidden: string[] }> {
  return p.evaluate(() => {
    const { graph, drawnEvents } = window.__dramatis!;
    const drawn = new Set(drawnEvents());
    const shown: string[] = [];
    const hidden: string[] = [];
    graph.forEachEdge((e) => (drawn.has(e) ? shown : hidden).push(e));
    return { shown: shown.sort(), hidden: hidden.sort() };
  });
}

const edgesWhere = (test: (e: SerializedEdge) => boolean) => data.edges.filter(test).map((e) => e.key).sort();

async function windowAttrs(p: Page = page): Promise<{ from: string; to: string }> {
  const el = p.locator(TIMELINE);
  return { from: (await el.getAttribute('data-from')) ?? '', to: (await el.getAttribute('data-to')) ?? '' };
}

/** Page x of the left edge of an ISO day on the timeline (plus `frac` of a day). */
async function dayX(iso: string, frac = 0.5, p: Page = page): Promise<number> {
  const svg = p.locator('[data-testid="timeline-svg"]');
  const first = Number(await svg.getAttribute('data-first'));
  const last = Number(await svg.getAttribute('data-last'));
  const plot = (await p.locator('[data-testid="timeline-plot"]').boundingBox())!;
  return plot.x + ((dayNumber(iso) + frac - first) / (last + 1 - first)) * plot.width;
}

async function chartY(fraction: number): Promise<number> {
  const plot = (await page.locator('[data-testid="timeline-plot"]').boundingBox())!;
  return plot.y + plot.height * fraction;
}

async function drag(x0: number, x1: number, y: number): Promise<void> {
  await page.mouse.move(x0, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(x0 + ((x1 - x0) * i) / 8, y);
  await page.mouse.up();
}

/** Waits until sigma has drawn a frame with the current display data. */
const nextFrame = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

describe('Timeline', () => {
  it('opens fitted to where the events are, with the 2025 outliers behind an overflow marker that widens the axis', async () => {
    const timeline = page.locator(TIMELINE);
    await timeline.screenshot({ path: join(OUTPUT_DIR, 'timeline-fitted.png') });
    const box = (await timeline.boundingBox())!;
    expect(box.height, 'timeline height').toBeGreaterThanOrEqual(110);
    expect(box.height, 'timeline height').toBeLessThanOrEqual(130);
    // Every day-dated event of the seed falls on 12 Jan 2026: a two-week axis of daily bins around it.
    await expect(page.locator('[data-testid="timeline-bins"]').textContent()).resolves.toMatch(/^per day/);
    expect(await page.locator('[data-testid="timeline-svg"]').getAttribute('data-fitted')).toBe('true');
    const outliers = edgesWhere((e) => e.attributes.date.startsWith('2025'));
    const before = page.locator('[data-testid="timeline-overflow-before"]');
    await expect(before.textContent()).resolves.toBe(`‹ ${outliers.length}`);
    await expect(before.getAttribute('title')).resolves.toMatch(new RegExp(`^${outliers.length} events before \\d+ Jan 2026 are off the axis`));
    expect(await page.locator('[data-testid="timeline-overflow-after"]').count()).toBe(0);
    // The 27 events of 12 Jan are one wide bar now, not a 6-pixel sliver at the end of a year.
    const bar = (await page.locator('.timeline-bars g[data-bin] rect').first().boundingBox())!;
    expect(bar.width).toBeGreaterThan(30);
    const png = await page.screenshot({ path: join(OUTPUT_DIR, 'timeline-initial.png') });
    const svg = (await page.locator('[data-testid="timeline-svg"]').boundingBox())!;
    const barArea = { x: svg.x + 30, y: svg.y + 10, width: svg.width - 44, height: 48 };
    expect(await inkFraction(page, png, barArea, [0xff, 0xff, 0xff]), 'share of the bar area that is drawn on').toBeGreaterThan(0.02);

    await before.click();
    await page.waitForSelector('[data-testid="timeline-svg"][data-fitted="false"]');
    expect(await before.count(), 'nothing left off the axis').toBe(0);
    expect(isoDay(Number(await page.locator('[data-testid="timeline-svg"]').getAttribute('data-first'))) <= '2025-01-01').toBe(true);
    // The whole extent: January 2025 (a year-dated event) to January 2026 in weekly bins.
    await expect(page.locator('[data-testid="timeline-bins"]').textContent()).resolves.toMatch(/^per week/);
    const bars = await page.locator('.timeline-bars rect').evaluateAll((rects) =>
      rects.map((r) => ({ relation: r.getAttribute('data-relation'), doc: r.classList.contains('doc-dated'), fill: r.getAttribute('fill'), h: Number(r.getAttribute('height')) })),
    );
    expect(bars.length).toBeGreaterThan(3);
    expect(bars.every((b) => b.h > 0)).toBe(true);
    // Bars take their relation's colour; document-dated ones a hatch pattern.
    const colors = new Map(relations.map((r) => [r.id, r.color]));
    const dated = bars.filter((b) => !b.doc && b.relation);
    expect(dated.length).toBeGreaterThan(0);
    for (const b of dated) expect(b.fill, b.relation!).toBe(colors.get(b.relation!));
    expect(bars.filter((b) => b.doc).every((b) => b.fill?.startsWith('url(#tl-hatch-'))).toBe(true);
    expect(bars.filter((b) => b.doc).length).toBeGreaterThan(0);
    const bands = await page.locator('.timeline-bands rect').evaluateAll((rects) => rects.map((r) => ({ relation: r.getAttribute('data-relation'), precision: r.getAttribute('data-precision'), w: Number(r.getAttribute('width')) })));
    const monthForce = bands.find((b) => b.relation === 'force' && b.precision === 'month');
    const yearBand = bands.find((b) => b.precision === 'year');
    expect(monthForce, 'June 2025 strikes drawn over their month').toBeDefined();
    expect(yearBand, 'a year-dated event drawn over its year').toBeDefined();
    expect(yearBand!.w / monthForce!.w).toBeGreaterThan(10);
    await timeline.screenshot({ path: join(OUTPUT_DIR, 'timeline-strip.png') });
  });

  it('shows what a bin holds on hover', async () => {
    await page.mouse.move(await dayX('2026-01-12'), await chartY(0.5));
    const hover = page.locator('[data-testid="timeline-hover"]');
    await hover.waitFor();
    await expect(hover.textContent()).resolves.toMatch(/Week of 12 Jan 2026.*Accusation.*publication-dated/);
    await page.screenshot({ path: join(OUTPUT_DIR, 'timeline-hover.png') });
    await page.mouse.move(5, 5);
    await hover.waitFor({ state: 'detached' });
  });

  it('brushing June 2025 shows the June strikes, and the event dated only "2025" as partly in the window', async () => {
    expect((await drawnEdges()).hidden).toEqual([]);
    await drag(await dayX('2025-05-20'), await dayX('2025-07-08'), await chartY(0.35));
    const { from, to } = await windowAttrs();
    expect(from <= '2025-06-01' && from >= '2025-05-15', from).toBe(true);
    expect(to >= '2025-06-30' && to <= '2025-07-15', to).toBe(true);
    await nextFrame();
    const june = edgesWhere((e) => e.attributes.relation === 'force' && e.attributes.date.startsWith('2025-06'));
    const year = edgesWhere((e) => e.attributes.date === '2025');
    expect(june.length).toBeGreaterThan(0);
    expect(year.length).toBeGreaterThan(0);
    const drawn = await drawnEdges();
    expect(drawn.shown).toEqual([...june, ...year].sort());
    expect(drawn.hidden.length).toBe(data.edges.length - june.length - year.length);
    await expect(page.locator('[data-testid="timeline-range"]').textContent()).resolves.toBe(`${Number(from.slice(8))} ${from.slice(5, 7) === '05' ? 'May' : 'Jun'} – ${Number(to.slice(8))} ${to.slice(5, 7) === '06' ? 'Jun' : 'Jul'} 2025`);
    // The year band is drawn as partly in the window; the month band, which the window holds, is not.
    expect(await page.locator('.timeline-bands rect.year').getAttribute('data-partly')).toBe('true');
    expect(await page.locator('.timeline-bands rect.month[data-relation="force"]').getAttribute('data-partly')).toBeNull();
    await page.mouse.move(await dayX('2025-09-15'), (await page.locator('.timeline-bands rect.year').boundingBox())!.y + 1);
    const hover = page.locator('[data-testid="timeline-hover"]');
    await expect(hover.textContent()).resolves.toMatch(/^2025.*year only · partly in the window.*shows whenever the time window overlaps it/);
    await page.screenshot({ path: join(OUTPUT_DIR, 'timeline-june.png') });
    await page.mouse.move(5, 5);
    // The table, the accessible view, lists the same relations, the 2025 one as partly in the window.
    await page.locator('[data-testid="view-switch"] button[data-view="table"]').click();
    const table = page.locator('[data-testid="relations-table"]');
    await expect(table.locator('caption').textContent()).resolves.toBe(`${june.length + year.length} relations`);
    expect(await table.locator('tbody tr').count()).toBe(june.length + year.length);
    expect(await table.locator('[data-testid="partly-in-window"]').count()).toBe(year.length);
    await page.screenshot({ path: join(OUTPUT_DIR, 'timeline-june-table.png') });
    await page.locator('[data-testid="view-switch"] button[data-view="graph"]').click();
  });

  it('moves the selection by dragging it, resizes it with a handle, and steps a handle by one bin with the keyboard', async () => {
    const before = await windowAttrs();
    const sel = (await page.locator('[data-testid="timeline-selection"]').boundingBox())!;
    const shift = (await dayX('2025-08-01', 0)) - (await dayX('2025-07-01', 0));
    await drag(sel.x + sel.width / 2, sel.x + sel.width / 2 + shift, sel.y + sel.height / 2);
    const moved = await windowAttrs();
    const delta = dayNumber(moved.from) - dayNumber(before.from);
    expect(Math.abs(delta - 31)).toBeLessThanOrEqual(2);
    expect(dayNumber(moved.to) - dayNumber(moved.from), 'width kept').toBe(dayNumber(before.to) - dayNumber(before.from));

    const handle = (await page.locator('[data-testid="timeline-handle-to"] .grip').boundingBox())!;
    await drag(handle.x + handle.width / 2, await dayX('2025-10-15'), handle.y + handle.height / 2);
    const resized = await windowAttrs();
    expect(resized.from).toBe(moved.from);
    expect(Math.abs(dayNumber(resized.to) - dayNumber('2025-10-15'))).toBeLessThanOrEqual(2);

    await page.locator('[data-testid="timeline-handle-to"]').focus();
    await page.keyboard.press('ArrowRight');
    expect((await windowAttrs()).to, 'one weekly bin later').toBe(isoDay(dayNumber(resized.to) + 7));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect((await windowAttrs()).to).toBe(isoDay(dayNumber(resized.to) - 7));
    await page.locator('[data-testid="timeline-handle-from"]').focus();
    await page.keyboard.press('ArrowLeft');
    expect((await windowAttrs()).from).toBe(isoDay(dayNumber(resized.from) - 7));
    await page.screenshot({ path: join(OUTPUT_DIR, 'timeline-keyboard.png') });
  });

  it('"All" restores every relation; a document preset selects the week up to its publication', async () => {
    await page.locator('[data-testid="timeline-preset-all"]').click();
    expect(await windowAttrs()).toEqual({ from: '', to: '' });
    await nextFrame();
    expect((await drawnEdges()).hidden).toEqual([]);
    expect(await page.locator('[data-testid="timeline-selection"]').count()).toBe(0);

    const doc = data.attributes.documents.find((d) => d.published)!;
    const published = doc.published!.slice(0, 10);
    await page.locator('[data-testid="timeline-preset-weeks"]').selectOption(`doc:${doc.id}`);
    expect(await windowAttrs()).toEqual({ from: isoDay(dayNumber(published) - 6), to: published });
    // The selection is drawn where those days are.
    const sel = (await page.locator('[data-testid="timeline-selection"]').boundingBox())!;
    expect(Math.abs(sel.x - (await dayX(isoDay(dayNumber(published) - 6), 0)))).toBeLessThan(2);
    await nextFrame();
    const drawn = await drawnEdges();
    expect(drawn.shown.length).toBeGreaterThan(0);
    expect(drawn.shown.every((e) => !data.edges.find((d) => d.key === e)!.attributes.date.startsWith('2025'))).toBe(true);
    await page.locator('[data-testid="timeline-preset-last-7"]').click();
    expect((await windowAttrs()).to).toBe(data.attributes.documents.map((d) => d.published?.slice(0, 10) ?? '').sort().at(-1));
  });

  it('play moves the window week by week and the graph follows, every step showing something; pause stops it', async () => {
    // A six-week window in April–May on the year-long axis: as it moves through June 2025 the June
    // strikes (dated by month) appear as soon as it reaches June, then disappear once it has left.
    await drag(await dayX('2025-04-01'), await dayX('2025-05-13'), await chartY(0.35));
    const june = edgesWhere((e) => e.attributes.date.startsWith('2025-06'));
    await page.locator('[data-testid="timeline-speed"]').selectOption('4');
    // Every window start, recorded in the page so that no step is missed between polls.
    await page.evaluate((sel) => {
      const el = document.querySelector(sel)!;
      const starts: string[] = [el.getAttribute('data-from') ?? ''];
      (window as unknown as { windowStarts: string[] }).windowStarts = starts;
      new MutationObserver(() => {
        const from = el.getAttribute('data-from') ?? '';
        if (starts.at(-1) !== from) starts.push(from);
      }).observe(el, { attributes: true, attributeFilter: ['data-from'] });
    }, TIMELINE);
    await page.locator('[data-testid="timeline-play"]').click();
    const seen: string[] = [];
    let juneShownAt = -1;
    let goneAgainAt = -1;
    const start = Date.now();
    while (goneAgainAt < 0 && Date.now() - start < 10_000) {
      // One read for both: the window and the lines drawn for it, so play cannot step between them.
      const { from, to, shown } = await page.evaluate((sel) => {
        const el = document.querySelector(sel);
        return { from: el?.getAttribute('data-from') ?? '', to: el?.getAttribute('data-to') ?? '', shown: window.__dramatis!.drawnEvents() };
      }, TIMELINE);
      if (seen.at(-1) !== from) seen.push(from);
      expect(shown.length, `something shown for ${from} – ${to}`).toBeGreaterThan(0);
      const hasJune = june.every((e) => shown.includes(e));
      if (juneShownAt < 0 && hasJune) {
        juneShownAt = seen.length;
        expect(to >= '2025-06-01', `June shown as soon as the window reaches it (${to})`).toBe(true);
        await page.screenshot({ path: join(OUTPUT_DIR, 'timeline-playing.png') });
      } else if (juneShownAt >= 0 && !june.some((e) => shown.includes(e))) goneAgainAt = seen.length;
      // The next step (or the end of the run).
      if (goneAgainAt < 0) {
        await page.waitForFunction(
          ([sel, shownFrom]) => {
            const el = document.querySelector(sel);
            return el?.getAttribute('data-from') !== shownFrom || el?.getAttribute('data-playing') === 'false';
          },
          [TIMELINE, from] as const,
          { timeout: 10_000 },
        );
      }
    }
    expect(juneShownAt, `June strikes shown while playing (window starts: ${seen.join(', ')})`).toBeGreaterThan(0);
    expect(goneAgainAt, 'and hidden again once the window moves past June').toBeGreaterThan(juneShownAt);
    const starts = await page.evaluate(() => (window as unknown as { windowStarts: string[] }).windowStarts);
    expect(starts.length).toBeGreaterThanOrEqual(seen.length);
    // The event dated "2025" touches every window of 2025: no stretch is empty, so each step is one week.
    for (let i = 1; i < starts.length; i++) expect(dayNumber(starts[i]!) - dayNumber(starts[i - 1]!), 'one week per step').toBe(7);
    await page.locator('[data-testid="timeline-play"]').click();
    await expect(page.locator(TIMELINE).getAttribute('data-playing')).resolves.toBe('false');
    const paused = await windowAttrs();
    // Paused at 4× (a step every 250 ms): 45 painted frames (some 750 ms, longer on a busy machine) bring no step.
    await framesPainted(page, 45);
    expect(await windowAttrs(), 'paused').toEqual(paused);

    // Step moves one unit; at the end play stops by itself.
    await page.locator('[data-testid="timeline-step"]').click();
    expect((await windowAttrs()).from).toBe(isoDay(dayNumber(paused.from) + 7));
    await page.locator('[data-testid="timeline-preset-last-7"]').click();
    await page.locator('[data-testid="timeline-play"]').click();
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-playing') === 'false', TIMELINE, { timeout: 10_000 });
  });

  it('zooms the axis with the wheel around the pointer without touching the window; a double-click on the axis fits it again', async () => {
    await page.locator('[data-testid="timeline-preset-last-7"]').click();
    const windowBefore = await windowAttrs();
    const svg = page.locator('[data-testid="timeline-svg"]');
    const span = async () => Number(await svg.getAttribute('data-last')) - Number(await svg.getAttribute('data-first')) + 1;
    const wide = await span();
    const x = await dayX('2025-06-15');
    await page.mouse.move(x, await chartY(0.4));
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
    await expect.poll(span).toBeLessThan(wide / 2);
    // The day under the pointer stays under it (within a bin), and June is still on the axis.
    expect(Math.abs((await dayX('2025-06-15')) - x)).toBeLessThan(40);
    expect(await windowAttrs(), 'the time window is not changed by zooming').toEqual(windowBefore);
    await page.mouse.move(5, 5);
    await page.locator(TIMELINE).screenshot({ path: join(OUTPUT_DIR, 'timeline-zoomed.png') });
    // Off the axis now: both ends get a marker.
    expect(Number(await page.locator('[data-testid="timeline-overflow-after"]').getAttribute('data-count'))).toBeGreaterThan(0);
    const strip = (await page.locator('[data-testid="timeline-axis-strip"]').boundingBox())!;
    await page.mouse.dblclick(strip.x + strip.width / 2, strip.y + strip.height / 2);
    await page.waitForSelector('[data-testid="timeline-svg"][data-fitted="true"]');
    expect(await windowAttrs()).toEqual(windowBefore);
  });

  it('play from every date starts at the first event on the axis, one day at a time', async () => {
    await page.locator('[data-testid="timeline-preset-all"]').click();
    await page.locator('[data-testid="timeline-step"]').click();
    // The fitted axis holds only January 2026: play starts on its first event's day, the unit a day.
    const first = data.edges.map((e) => e.attributes.date).filter((d) => d.length === 10 && d.startsWith('2026-01')).sort()[0]!;
    expect(await windowAttrs()).toEqual({ from: first, to: first });
    await expect(page.locator('[data-testid="timeline-step"]').getAttribute('aria-label')).resolves.toMatch(/one day/);
    await nextFrame();
    expect((await drawnEdges()).shown).toEqual(edgesWhere((e) => e.attributes.date === first));
    await page.locator('[data-testid="timeline-preset-all"]').click();
  });

  it('unchecking "Publication-dated" hides document-dated relations from the graph', async () => {
    await page.locator('[data-testid="timeline-preset-all"]').click();
    await page.locator('[data-testid="timeline-document-dated"]').uncheck();
    await nextFrame();
    const documentDated = edgesWhere((e) => e.attributes.datePrecision === 'document');
    expect(documentDated.length).toBeGreaterThan(0);
    const drawn = await drawnEdges();
    expect(drawn.hidden).toEqual(documentDated);
    expect(drawn.shown).toEqual(edgesWhere((e) => e.attributes.datePrecision !== 'document'));
    expect(await page.locator('.timeline-bars rect.doc-dated.excluded').count()).toBeGreaterThan(0);
    await page.mouse.move(5, 5);
    await page.screenshot({ path: join(OUTPUT_DIR, 'timeline-no-document-dated.png') });
    await page.locator('[data-testid="timeline-document-dated"]').check();
    await nextFrame();
    expect((await drawnEdges()).hidden).toEqual([]);
  });

  it('follows a time window given in the URL and fits a 1280×800 window', async () => {
    // Twice the pixel density, so the close-up screenshot shows the details.
    const small = await app.browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 });
    small.on('pageerror', (err) => app.errors.push(err.message));
    await openApp(small, '?from=2025-06-01&to=2025-06-30');
    expect(await windowAttrs(small)).toEqual({ from: '2025-06-01', to: '2025-06-30' });
    const sel = (await small.locator('[data-testid="timeline-selection"]').boundingBox())!;
    expect(Math.abs(sel.x - (await dayX('2025-06-01', 0, small)))).toBeLessThan(2);
    expect(Math.abs(sel.x + sel.width - (await dayX('2025-07-01', 0, small)))).toBeLessThan(2);
    const drawn = await drawnEdges(small);
    expect(drawn.shown).toEqual(edgesWhere((e) => e.attributes.date.startsWith('2025-06') || e.attributes.date === '2025'));
    // The axis widened to hold the window the link names.
    expect(Number(await small.locator('[data-testid="timeline-svg"]').getAttribute('data-first'))).toBeLessThanOrEqual(dayNumber('2025-06-01'));
    const box = (await small.locator(TIMELINE).boundingBox())!;
    // The toolbar may take two rows here; the whole timeline still stays within 150px.
    expect(box.height).toBeLessThanOrEqual(150);
    const stage = (await small.locator(STAGE).boundingBox())!;
    expect(stage.height, 'the stage keeps most of the height').toBeGreaterThan(2 * box.height);
    await small.screenshot({ path: join(OUTPUT_DIR, 'timeline-1280.png') });
    await small.locator(TIMELINE).screenshot({ path: join(OUTPUT_DIR, 'timeline-1280-closeup.png') });
    await small.close();
  });
});

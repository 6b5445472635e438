// The timeline on a generated corpus of a few hundred articles over three years: the axis leaves
// out a stray early event behind a marker, play goes week by week, jumps over a year without
// events and shows something at every step, and the publication-dated switch stays readable
// from a narrow window to a wide screen.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import relationsFile from '../../data/relations.json';
import { generateSyntheticGraph } from '../../src/cli/synthetic/generateGraph';
import type { SerializedDramatisGraph } from '../../src/domain/contract';
import { dayNumber } from '../../src/graph/eventTime';
import { launchChromium, PROJECT_ROOT, serveDist, type ServedApp } from './harness';

const OUTPUT_DIR = join(PROJECT_ROOT, 'test-output');
const TIMELINE = '[data-testid="timeline"]';
const STRAY_DAY = '2015-05-05';

let served: ServedApp | undefined;
let browser: Browser | undefined;
let page: Page;
let data: SerializedDramatisGraph;
const pageErrors: string[] = [];

/**
 * Three years of generated news (2023–2025) with 2024 left out, so play has a year to jump over,
 * only day- and publication-dated events, and one stray event ten years earlier.
 */
function corpus(): SerializedDramatisGraph {
  const g = generateSyntheticGraph({ actors: 300, events: 10_000, years: 3, seed: 3, relations: relationsFile.relations });
  const edges = g.edges.filter((e) => !e.attributes.date.startsWith('2024') && (e.attributes.datePrecision === 'day' || e.attributes.datePrecision === 'document'));
  const stray = { ...edges[0]!, key: 'stray-2015', attributes: { ...edges[0]!.attributes, date: STRAY_DAY, datePrecision: 'day' as const } };
  return { ...g, edges: [...edges, stray] };
}

beforeAll(async () => {
  data = corpus();
  mkdirSync(OUTPUT_DIR, { recursive: true });
  served = await serveDist();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (err) => pageErrors.push(err.message));
  const body = JSON.stringify(data);
  await page.route('**/graph/default-graph.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.goto(served.url);
  await page.waitForSelector('[data-testid="graph-stage"][data-layout="settled"]', { timeout: 60_000 });
  await page.waitForSelector('[data-testid="timeline-svg"]');
});

afterEach(() => {
  expect(pageErrors.splice(0)).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (served ? served.server.httpServer.close(() => resolve()) : resolve()));
});

async function windowAttrs(): Promise<{ from: string; to: string }> {
  const el = page.locator(TIMELINE);
  return { from: (await el.getAttribute('data-from')) ?? '', to: (await el.getAttribute('data-to')) ?? '' };
}

/** Sets the time window through the address bar, as Back and Forward do. */
async function setWindowByUrl(from: string, to: string): Promise<void> {
  await page.evaluate(
    ([f, t]) => {
      history.pushState(null, '', `?from=${f}&to=${t}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    },
    [from, to],
  );
  await expect.poll(windowAttrs).toEqual({ from, to });
}

const shownEdgeCount = () =>
  page.evaluate(() => {
    const { sigma, graph } = window.__dramatis!;
    return graph.filterEdges((e) => !sigma.getEdgeDisplayData(e)?.hidden).length;
  });

describe('Timeline on a generated corpus', () => {
  it('fits the axis to the three busy years; the stray 2015 event waits behind a marker', async () => {
    console.log('generated corpus:', data.attributes.documents.length, 'documents,', data.edges.length, 'relations');
    expect(data.attributes.documents.length).toBeGreaterThan(200);
    const svg = page.locator('[data-testid="timeline-svg"]');
    expect(Number(await svg.getAttribute('data-first'))).toBeGreaterThanOrEqual(dayNumber('2023-01-01') - 31);
    await expect(page.locator('[data-testid="timeline-overflow-before"]').textContent()).resolves.toBe('‹ 1');
    await expect(page.locator('[data-testid="timeline-bins"]').textContent()).resolves.toMatch(/^per month/);
    await page.locator(TIMELINE).screenshot({ path: join(OUTPUT_DIR, 'timeline-generated.png') });
    await page.screenshot({ path: join(OUTPUT_DIR, 'timeline-generated-page.png') });
  });

  it('plays week by week from the first event, jumps over 2024, and every step shows relations', { timeout: 60_000 }, async () => {
    await expect(page.locator('[data-testid="timeline-step"]').getAttribute('aria-label')).resolves.toMatch(/one week/);
    await page.locator('[data-testid="timeline-step"]').click();
    const first = await windowAttrs();
    expect(first.from <= '2023-01-01' && first.to >= '2023-01-01', `${first.from} – ${first.to}`).toBe(true);
    // Jump to late 2023 so the test sees the gap soon, then play.
    await setWindowByUrl('2023-11-27', '2023-12-03');
    await page.locator('[data-testid="timeline-speed"]').selectOption('4');
    // Each window start and how many relations the canvas draws for it, recorded in the page so no step is missed.
    await page.evaluate((sel) => {
      const el = document.querySelector(sel)!;
      const steps: Array<{ from: string; shown: number }> = [];
      (window as unknown as { playSteps: typeof steps }).playSteps = steps;
      const record = () => {
        const from = el.getAttribute('data-from') ?? '';
        if (steps.at(-1)?.from === from) return;
        // Counted after the frame the new window is drawn in.
        requestAnimationFrame(() => {
          const { sigma, graph } = window.__dramatis!;
          steps.push({ from, shown: graph.filterEdges((e) => !sigma.getEdgeDisplayData(e)?.hidden).length });
        });
      };
      record();
      new MutationObserver(record).observe(el, { attributes: true, attributeFilter: ['data-from'] });
    }, TIMELINE);
    await page.locator('[data-testid="timeline-play"]').click();
    await page.waitForFunction(() => ((window as unknown as { playSteps: Array<{ from: string }> }).playSteps.at(-1)?.from ?? '') >= '2025-01-13', undefined, { timeout: 30_000 });
    await page.locator('[data-testid="timeline-play"]').click();
    await page.screenshot({ path: join(OUTPUT_DIR, 'timeline-generated-playing.png') });
    const steps = await page.evaluate(() => (window as unknown as { playSteps: Array<{ from: string; shown: number }> }).playSteps);
    for (const step of steps) expect(step.shown, `relations drawn for the window from ${step.from}`).toBeGreaterThan(0);
    const starts = steps.map((st) => st.from);
    const gaps = starts.slice(1).map((s, i) => dayNumber(s) - dayNumber(starts[i]!));
    console.log('window starts', starts.join(' '));
    // Week steps, and one jump over the empty year straight into January 2025.
    expect(gaps.filter((g) => g !== 7)).toHaveLength(1);
    const jump = gaps.findIndex((g) => g !== 7);
    expect(starts[jump]! < '2024-01-01' && starts[jump + 1]! >= '2024-12-23' && starts[jump + 1]! <= '2025-01-07', `${starts[jump]} → ${starts[jump + 1]}`).toBe(true);
  });

  it('from event to event: each step starts the window on the next day with events', async () => {
    await page.locator('[data-testid="timeline-play-mode"]').click();
    await expect(page.locator('[data-testid="timeline-play-mode"]').getAttribute('aria-pressed')).resolves.toBe('true');
    await setWindowByUrl('2023-12-29', '2024-01-04');
    await page.locator('[data-testid="timeline-step"]').click();
    const eventDays = [...new Set(data.edges.map((e) => e.attributes.date.slice(0, 10)))].sort();
    const next = eventDays.find((d) => d > '2023-12-29')!;
    await expect.poll(async () => (await windowAttrs()).from).toBe(next);
    expect(dayNumber((await windowAttrs()).to) - dayNumber(next)).toBe(6);
    expect(await shownEdgeCount()).toBeGreaterThan(0);
    await page.locator('[data-testid="timeline-play-mode"]').click();
  });

  it('keeps a readable publication-dated label at every width', async () => {
    const sizes = [
      { width: 1920, height: 1080, label: 'Publication-dated' },
      { width: 1440, height: 900, label: 'Publication-dated' },
      { width: 1024, height: 768, label: 'Pub.-dated' },
      { width: 760, height: 900, label: 'Pub.-dated' },
    ];
    for (const size of sizes) {
      await page.setViewportSize({ width: size.width, height: size.height });
      const label = page.locator('[data-testid="timeline-document-dated-label"]');
      await expect.poll(() => label.innerText()).toBe(size.label);
      const box = (await label.boundingBox())!;
      const timeline = (await page.locator(TIMELINE).boundingBox())!;
      expect(box.width, `label width at ${size.width}px`).toBeGreaterThan(50);
      expect(box.height, 'one line').toBeLessThan(22);
      expect(box.x >= timeline.x && box.x + box.width <= timeline.x + timeline.width, `label inside the timeline at ${size.width}px`).toBe(true);
      // Nothing else in the toolbar covers it.
      const covered = await label.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit !== null && !el.contains(hit) && !el.closest('label')!.contains(hit);
      });
      expect(covered, `label covered at ${size.width}px`).toBe(false);
      await page.locator(TIMELINE).screenshot({ path: join(OUTPUT_DIR, `timeline-label-${size.width}.png`) });
    }
  });
});

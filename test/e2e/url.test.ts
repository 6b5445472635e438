// Shareable state: a URL restores a view, bad values get a notice, Back and Forward move through views.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedDramatisGraph } from '../../src/domain/contract';
import { PROJECT_ROOT, TEST_DIST } from './harness';
import { useAppPage } from './appPage';
import { clickWindowClosed } from './pageStates';

const OUTPUT_DIR = join(PROJECT_ROOT, 'test-output');
const STAGE = '[data-testid="graph-stage"]';

const app = useAppPage({ timeout: 10_000, consoleErrors: false, checkErrors: false });
let page: Page;
let data: SerializedDramatisGraph;

beforeAll(async () => {
  data = JSON.parse(readFileSync(join(PROJECT_ROOT, TEST_DIST, 'graph/default-graph.json'), 'utf8')) as SerializedDramatisGraph;
  mkdirSync(OUTPUT_DIR, { recursive: true });
  page = app.page;
});

async function open(query: string): Promise<void> {
  await page.goto(`${app.url}${query}`);
  await settled();
}

async function settled(): Promise<void> {
  await page.waitForSelector(`${STAGE}[data-layout="settled"]`, { timeout: 20_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Edges the canvas draws (not hidden by filters), sorted. */
async function drawnEdges(): Promise<string[]> {
  return page.evaluate(() => {
    return window.__dramatis!.drawnEvents();
  });
}

async function clickNode(node: string): Promise<void> {
  const box = (await page.locator(STAGE).boundingBox())!;
  const p = await page.evaluate((key) => {
    const { sigma, graph } = window.__dramatis!;
    return sigma.graphToViewport(graph.getNodeAttributes(key));
  }, node);
  await clickWindowClosed(page);
  await page.mouse.click(box.x + p.x, box.y + p.y);
}

async function panelTitle(): Promise<string> {
  return (await page.locator('[data-testid="panel"] h2').first().textContent())?.trim() ?? '';
}

describe('the URL holds the view', () => {
  it('from, to and rel restore the same filtered view, also after a reload', async () => {
    await open('?from=2025-06-01&to=2025-06-30&rel=force');
    const shown = await drawnEdges();
    const expected = data.edges
      .filter((e) => e.attributes.relation === 'force' && e.attributes.date.startsWith('2025-06'))
      .map((e) => e.key)
      .sort();
    expect(shown).toEqual(expected);
    expect(shown.length).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: join(OUTPUT_DIR, 'url-june-force.png') });
    await page.reload();
    await settled();
    expect(await drawnEdges()).toEqual(expected);
    expect(page.url()).toContain('from=2025-06-01');
    expect(app.errors).toEqual([]);
  });

  it('invalid values are ignored with a visible notice, never a crash', async () => {
    await open('?from=2026-99-99&rel=bogus&sel=nobody');
    const notices = (await page.locator('[data-testid="notices"]').textContent()) ?? '';
    expect(notices).toMatch(/from=2026-99-99/);
    expect(notices).toMatch(/rel=bogus/);
    expect(notices).toMatch(/sel=nobody/);
    expect(await drawnEdges()).toHaveLength(data.edges.length);
    await page.screenshot({ path: join(OUTPUT_DIR, 'url-invalid-notice.png') });
    expect(app.errors).toEqual([]);
  });

  it('a selection in the URL opens its panel, and the camera is restored', async () => {
    await open('?sel=switzerland&camera=0.45,0.55,0.8');
    expect(await panelTitle()).toBe('Switzerland');
    const camera = await page.evaluate(() => window.__dramatis!.sigma.getCamera().getState());
    expect(camera.x).toBeCloseTo(0.45, 3);
    expect(camera.y).toBeCloseTo(0.55, 3);
    expect(camera.ratio).toBeCloseTo(0.8, 3);
  });

  it('Back and Forward move through view changes', async () => {
    await open('');
    await clickNode('switzerland');
    await page.waitForFunction(() => location.search.includes('sel=switzerland'));
    await clickNode('mohammad-baqer-qalibaf');
    await page.waitForFunction(() => location.search.includes('sel=mohammad-baqer-qalibaf'));
    expect(await panelTitle()).toBe('Mohammad Baqer Qalibaf');
    await page.goBack();
    await page.waitForFunction(() => location.search.includes('sel=switzerland'));
    await expect.poll(panelTitle).toBe('Switzerland');
    await page.goForward();
    await expect.poll(panelTitle).toBe('Mohammad Baqer Qalibaf');
    expect(app.errors).toEqual([]);
  });
  it('a played timeline is one history entry: Back returns to the window before Play', async () => {
    await open('?from=2025-04-01&to=2025-05-13');
    const before = await page.evaluate(() => history.length);
    await page.locator('[data-testid="timeline-speed"]').selectOption('4');
    await page.locator('[data-testid="timeline-play"]').click();
    // The address bar follows each step; let it run for several.
    await page.waitForFunction(() => (new URLSearchParams(location.search).get('from') ?? '') >= '2025-05-06', undefined, { timeout: 5_000 });
    await page.locator('[data-testid="timeline-play"]').click();
    // Paused: the address bar holds the window the timeline stopped on.
    await page.waitForFunction(() => {
      const timeline = document.querySelector('[data-testid="timeline"]');
      return timeline?.getAttribute('data-playing') === 'false' && new URLSearchParams(location.search).get('from') === timeline.getAttribute('data-from');
    });
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await page.goBack();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('from') === '2025-04-01');
    await expect.poll(() => page.locator('[data-testid="timeline"]').getAttribute('data-from')).toBe('2025-04-01');
    expect(app.errors).toEqual([]);
  });
});

// Browser test: failure recovery. One broken panel or dialog shows "<Panel> stopped working: …"
// with Try again while the graph and the other panels keep working; a layout worker that crashes
// mid-layout is restarted and the user told; an article reader that crashes gives a message in the
// dialog and the next try starts a new reader.
//
// Test hooks (all read by the built app, all real failures):
// - window.__dramatisBreakPanel = '<PanelBoundary id>': that panel throws while it renders
//   (src/ui/PanelBoundary.tsx). Clear it before pressing Try again.
// - window.__dramatisCrashLayoutWorker = true, or a number n: the layout worker throws on its next,
//   or n-th next, iteration (src/workers/forceAtlas2Supervisor.ts, forceAtlas2Worker.ts); then clears.
// - window.__dramatisCrashExtractionWorker = true: the article reader throws on the next article
//   (src/workers/articleExtraction.ts, extractionWorker.ts); the flag clears itself.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './harness';
import { useAppPage } from './appPage';
import { inkFraction, type Rect } from './pixels';

const OUTPUT_DIR = join(PROJECT_ROOT, 'test-output');
const STAGE = '[data-testid="graph-stage"]';
const SETTLED = `${STAGE}[data-layout="settled"]`;
const STAGE_BACKGROUND: [number, number, number] = [0xfb, 0xfb, 0xfd];
const FAILED = '[data-testid="panel-failed"]';
const RESTARTED = 'The layout stopped unexpectedly and was restarted.';

const GEXF = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
  '  <graph defaultedgetype="directed">',
  '    <nodes>',
  '      <node id="atlantis" label="Atlantis"/>',
  '      <node id="mu" label="Mu"/>',
  '      <node id="lemuria" label="Lemuria"/>',
  '    </nodes>',
  '    <edges>',
  '      <edge id="e1" source="atlantis" target="mu"/>',
  '      <edge id="e2" source="mu" target="lemuria"/>',
  '    </edges>',
  '  </graph>',
  '</gexf>',
].join('\n');

const ARTICLE = [
  'Harbour envoys meet in Vesk',
  'Iran condemned the Zorblat Front on Tuesday and called for an international inquiry into the attack on the convoy.',
].join('\n');

const app = useAppPage({ timeout: 10_000, consoleErrors: false, checkErrors: false });

beforeAll(() => {
  mkdirSync(OUTPUT_DIR, { recursive: true });
});

/** A fresh page (its own IndexedDB, so no workspace carries over), with `init` run before the app loads. */
async function openApp(init?: () => void): Promise<Page> {
  const page = await app.newPage();
  if (init) await page.addInitScript(init);
  await page.goto(app.url);
  await page.waitForSelector(SETTLED, { timeout: 30_000 });
  return page;
}

function notices(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="notices"] .notice span', (spans) => spans.map((s) => s.textContent ?? ''));
}

async function stageInk(page: Page, name: string): Promise<number> {
  const box = (await page.locator(STAGE).boundingBox()) as Rect;
  await page.mouse.move(2, 2);
  const png = await page.screenshot({ path: join(OUTPUT_DIR, `recovery-${name}.png`) });
  return inkFraction(page, png, box, STAGE_BACKGROUND);
}

function shownRelations(page: Page): Promise<string> {
  return page.locator('[data-testid="shown-relations"]').textContent().then((t) => t ?? '');
}

describe('one broken panel never blanks the app', () => {
  it('a timeline that throws shows its message and Try again; graph, search, filters and details keep working', async () => {
    const page = await openApp(() => {
      window.__dramatisBreakPanel = 'timeline';
    });
    const failed = page.locator(`${FAILED}[data-panel="timeline"]`);
    await failed.waitFor();
    expect(await failed.locator('p').textContent()).toBe('Timeline stopped working: Panel "timeline" was broken by the test hook.');
    expect(await page.locator('[data-testid="timeline"]').count()).toBe(0);
    expect(await notices(page)).toEqual(['Timeline stopped working: Panel "timeline" was broken by the test hook.']);
    expect(await page.locator(FAILED).count()).toBe(1);
    expect(await stageInk(page, 'timeline-broken'), 'share of the stage drawn on').toBeGreaterThan(0.01);

    // Search and the details panel.
    const input = page.locator('[data-testid="actor-search"] input');
    await input.click();
    await input.pressSequentially('Iran', { delay: 10 });
    await page.locator('[data-testid="actor-search"] [role="option"]').first().click();
    await page.locator('[data-testid="node-panel"]').waitFor();
    // Filters.
    const all = await shownRelations(page);
    const facet = page.locator('[data-testid^="facet-relations-"]').first();
    await facet.hover();
    await facet.locator('.facet-only').click();
    await expect.poll(() => shownRelations(page)).not.toBe(all);
    await page.locator('[data-testid="reset-filters"]').click();
    await expect.poll(() => shownRelations(page)).toBe(all);
    await page.screenshot({ path: join(OUTPUT_DIR, 'recovery-timeline-broken-still-working.png') });

    // Try again remounts the panel; with the hook cleared it renders.
    await page.evaluate(() => (window.__dramatisBreakPanel = undefined));
    await failed.locator('button', { hasText: 'Try again' }).click();
    await page.locator('[data-testid="timeline"]').waitFor();
    expect(await page.locator(FAILED).count()).toBe(0);
    await page.context().close();
  });

  it('a dialog that throws can be closed, and opens again once it works', async () => {
    const page = await openApp();
    await page.evaluate(() => (window.__dramatisBreakPanel = 'export-dialog'));
    await page.locator('[data-testid="export-open"]').click();
    const failed = page.locator(`${FAILED}[data-panel="export-dialog"]`);
    await failed.waitFor();
    expect(await failed.locator('p').textContent()).toBe('Export dialog stopped working: Panel "export-dialog" was broken by the test hook.');
    await page.screenshot({ path: join(OUTPUT_DIR, 'recovery-dialog-broken.png') });
    await failed.locator('button', { hasText: 'Close' }).click();
    expect(await page.locator(FAILED).count()).toBe(0);
    await page.evaluate(() => (window.__dramatisBreakPanel = undefined));
    await page.locator('[data-testid="export-open"]').click();
    await page.locator('[data-testid="export-dialog"]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="export-dialog"]').waitFor({ state: 'detached' });
    expect(await notices(page)).toEqual(['Export dialog stopped working: Panel "export-dialog" was broken by the test hook.']);
    await page.context().close();
  });
});

describe('crashed workers', () => {
  it('the first layout, its worker crashing mid-layout, is restarted, says so and draws the graph', async () => {
    const page = await openApp(() => {
      window.__dramatisCrashLayoutWorker = 40;
    });
    expect(await page.evaluate(() => window.__dramatisCrashLayoutWorker)).toBe(false);
    expect(await notices(page)).toEqual([RESTARTED]);
    expect(await stageInk(page, 'layout-restarted'), 'share of the stage drawn on').toBeGreaterThan(0.01);
    // Every actor has a real position, and every one with a relation is on the stage (the others wait behind "Show them").
    const bad = await page.evaluate(() => {
      const g = window.__dramatis!.graph;
      return g.filterNodes((n, a) => !Number.isFinite(a.x) || !Number.isFinite(a.y) || (a.hidden === true && g.degree(n) > 0));
    });
    expect(bad).toEqual([]);
    await page.context().close();
  });

  it('a layout worker crashing while an import is laid out is restarted from where it was; the imported actors are placed', async () => {
    const page = await openApp();
    expect(await notices(page)).toEqual([]);
    await page.evaluate(() => (window.__dramatisCrashLayoutWorker = true));
    await page.setInputFiles('[data-testid="import-input"]', { name: 'islands.gexf', mimeType: 'application/xml', buffer: Buffer.from(GEXF) });
    await page.waitForSelector('[data-testid="loaded-sources"] [data-source-label="islands.gexf"]');
    await expect.poll(() => notices(page)).toContain(RESTARTED);
    await page.waitForSelector(SETTLED, { timeout: 30_000 });
    const placed = await page.evaluate(() => {
      const g = window.__dramatis!.graph;
      return ['atlantis', 'mu', 'lemuria'].map((n) => g.hasNode(n) && Number.isFinite(g.getNodeAttribute(n, 'x')) && g.getNodeAttribute(n, 'hidden') !== true);
    });
    expect(placed).toEqual([true, true, true]);
    expect(await stageInk(page, 'import-layout-restarted')).toBeGreaterThan(0.01);
    await page.context().close();
  });

  it('an article reader that crashes says so in the dialog; reading again starts a new reader and adds the article', async () => {
    const page = await openApp();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.evaluate(() => (window.__dramatisCrashExtractionWorker = true));
    await page.click('[data-testid="add-article-button"]');
    await page.locator('[data-testid="article-dialog"] [data-testid="article-text"]').fill(ARTICLE);
    await page.click('[data-testid="article-continue"]');
    await page.locator('[data-testid="article-field-published"] input').fill('2026-03-04');
    await page.click('[data-testid="article-extract"]');
    const message = page.locator('[data-testid="article-message"]');
    await message.waitFor({ timeout: 60_000 });
    expect(await message.textContent()).toMatch(
      /^The article reader stopped unexpectedly \(.*Extraction worker crash requested by a test\.\)\. Nothing was added; read the article again to start a new reader\.$/,
    );
    await page.screenshot({ path: join(OUTPUT_DIR, 'recovery-article-reader-crashed.png') });
    expect(await page.locator('[data-testid="loaded-sources"] [data-source-label="Harbour envoys meet in Vesk"]').count()).toBe(0);

    await page.click('[data-testid="article-extract"]');
    await page.locator('[data-testid="article-dialog"]').waitFor({ state: 'hidden', timeout: 60_000 });
    await page.waitForSelector('[data-testid="loaded-sources"] [data-source-label="Harbour envoys meet in Vesk"]');
    expect(workers.filter((url) => url.includes('/assets/extractionWorker-'))).toHaveLength(2);
    await page.context().close();
  });

  it('left no uncaught page error behind', () => {
    // The crashes above are real worker errors; the page handles every one of them.
    expect(app.errors).toEqual([]);
  });
});

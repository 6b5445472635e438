// Browser test: importing graph files into the running app as removable sources. A JSON graph
// through the Import… button (keyboard), a CSV edge list dropped on the page and mapped in the
// dialog, removal back to the seed graph, and bad files (truncated XML, oversized) refused with
// the graph, filters, selection and camera untouched.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileChooser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedDramatisGraph } from '../../src/domain/contract';
import { PROJECT_ROOT, TEST_DIST } from './harness';
import { useAppPage } from './appPage';
import { stageAtRest } from './pageStates';

const OUTPUT_DIR = join(PROJECT_ROOT, 'test-output');
const STAGE = '[data-testid="graph-stage"]';
const SETTLED = `${STAGE}[data-layout="settled"]`;
const VIEWPORT = { width: 1440, height: 900 };
/** The lowered import limit for the oversized-file check (see window.__dramatisImportLimit). */
const TEST_LIMIT_BYTES = 100_000;

const app = useAppPage({ timeout: 10_000, viewport: VIEWPORT });
let page: Page;
let seed: SerializedDramatisGraph;
let hub: { key: string; label: string };

interface Counts {
  order: number;
  size: number;
  totalRelations: string;
  shownActors: string;
  canvases: number;
}

beforeAll(async () => {
  seed = JSON.parse(readFileSync(join(PROJECT_ROOT, TEST_DIST, 'graph/default-graph.json'), 'utf8')) as SerializedDramatisGraph;
  // The best connected seed actor: imported files link to it by its id.
  const degree = new Map<string, number>();
  for (const e of seed.edges) for (const n of [e.source, e.target]) degree.set(n, (degree.get(n) ?? 0) + 1);
  const key = [...degree.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  hub = { key, label: seed.nodes.find((n) => n.key === key)!.attributes.label };
  mkdirSync(OUTPUT_DIR, { recursive: true });
  page = app.page;
  await page.addInitScript((limit) => {
    Object.assign(window, { __dramatisImportLimit: limit });
  }, TEST_LIMIT_BYTES);
  await page.goto(app.url);
  await page.waitForSelector(SETTLED, { timeout: 30_000 });
  // Remember the renderer, to check later that imports reuse it.
  await page.evaluate(() => Object.assign(window, { __firstSigma: window.__dramatis!.sigma }));
});

function nextFrames(): Promise<unknown> {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function shot(name: string): Promise<void> {
  await page.mouse.move(2, 2);
  await nextFrames();
  await page.screenshot({ path: join(OUTPUT_DIR, `import-${name}.png`) });
}

async function counts(): Promise<Counts> {
  return {
    ...(await page.evaluate(() => ({
      order: window.__dramatis!.graph.order,
      size: window.__dramatis!.graph.size,
      canvases: document.querySelectorAll('[data-testid="graph-stage"] canvas').length,
    }))),
    totalRelations: (await page.textContent('[data-testid="total-relations"]')) ?? '',
    shownActors: (await page.textContent('[data-testid="shown-actors"]')) ?? '',
  };
}

/** Positions of actors with relations, as drawn (the shelf of loners may move as the graph grows). */
function connectedPositions(): Promise<Record<string, [number, number]>> {
  return page.evaluate(() => {
    const { graph } = window.__dramatis!;
    const out: Record<string, [number, number]> = {};
    graph.forEachNode((n, a) => {
      if (graph.degree(n) > 0) out[n] = [a.x, a.y];
    });
    return out;
  });
}

function sameRenderer(): Promise<boolean> {
  return page.evaluate(() => window.__dramatis?.sigma === (window as unknown as { __firstSigma: unknown }).__firstSigma);
}

async function tableCaption(): Promise<string> {
  await page.click('[data-testid="view-switch"] button[data-view="table"]');
  const caption = (await page.textContent('[data-testid="relations-caption"]')) ?? '';
  await page.click('[data-testid="view-switch"] button[data-view="graph"]');
  return caption;
}

/**
 * Enter on the focused Import button opens the file chooser. Waits until the button really has the
 * focus (a re-render after the view switch can take it away) before pressing.
 */
async function chooserByKeyboard(): Promise<FileChooser> {
  const button = page.locator('[data-testid="import-button"]:not([disabled])');
  await button.waitFor({ state: 'visible' });
  await expect
    .poll(async () => {
      await button.focus();
      return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
    })
    .toBe('import-button');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
  return chooser;
}

async function waitForSettledAfterChange(): Promise<void> {
  // The layout for the new actors runs, then settles again.
  await page.waitForSelector(SETTLED, { timeout: 30_000 });
  await nextFrames();
}

function notices(): Promise<string[]> {
  return page.$$eval('[data-testid="notices"] .notice span', (spans) => spans.map((s) => s.textContent ?? ''));
}

/**
 * Closes every notice. The notices bar takes room from the stage, and a stage that changes size
 * gets its screen arrangement redone (as it always does): wait for that too.
 */
async function dismissNotices(): Promise<void> {
  while ((await page.$$('[data-testid="notices"] .notice button')).length > 0) await page.click('[data-testid="notices"] .notice button');
  await stageAtRest(page, 30_000);
}

function importedJson(): string {
  return JSON.stringify({
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: {},
    nodes: [
      { key: hub.key, attributes: { label: hub.label, kind: 'state', aliases: ['Test alias of the hub'] } },
      { key: 'atlantis', attributes: { label: 'Atlantis', kind: 'state' } },
      { key: 'lemuria-council', attributes: { label: 'Lemuria Council', kind: 'organization' } },
      { key: 'mu-league', attributes: { label: 'Mu League', kind: 'group' } },
    ],
    edges: [
      { key: 'x1', source: 'atlantis', target: hub.key, attributes: { relation: 'threat', date: '2025-06-10', evidence: 'Atlantis threatened its neighbour on Tuesday.' } },
      { key: 'x2', source: 'lemuria-council', target: 'atlantis', attributes: { relation: 'support', date: '2025-06-11' } },
      { key: 'x3', source: 'mu-league', target: 'lemuria-council', attributes: { relation: 'protest', date: '2025-06-12', evidence: 'The Mu League protested outside the Council.' } },
    ],
  });
}

describe('importing graph files', () => {
  let seedCounts: Counts;
  let seedPositions: Record<string, [number, number]>;
  let seedCaption: string;

  it('imports a JSON graph through the keyboard-reachable Import button: new actors join, the seed ones stay where they were', async () => {
    seedCounts = await counts();
    seedPositions = await connectedPositions();
    seedCaption = await tableCaption();
    expect(seedCounts.order).toBe(seed.nodes.length);
    expect(seedCounts.size).toBe(seed.edges.length);
    expect(seedCaption).toBe(`${seed.edges.length} relations`);

    const chooser = await chooserByKeyboard();
    await chooser.setFiles({ name: 'atlantis.json', mimeType: 'application/json', buffer: Buffer.from(importedJson()) });
    await page.waitForSelector('[data-testid="source-import-1"][data-source-label="atlantis.json"]');
    await waitForSettledAfterChange();

    const after = await counts();
    expect(after.order).toBe(seedCounts.order + 3);
    expect(after.size).toBe(seedCounts.size + 3);
    expect(after.totalRelations).toBe(String(seed.edges.length + 3));
    expect(after.canvases).toBe(seedCounts.canvases);
    expect(await sameRenderer()).toBe(true);
    expect(await page.textContent('[data-testid="source-import-1"] [data-testid="source-counts"]')).toBe('4 actors · 3 relations');
    expect((await notices()).some((n) => n.startsWith('Imported atlantis.json: 4 actors, 3 relations.'))).toBe(true);

    // Seed actors with relations did not move; the new ones were placed on screen, off the others.
    const positions = await connectedPositions();
    for (const [n, p] of Object.entries(seedPositions)) expect(positions[n], n).toEqual(p);
    const placed = await page.evaluate(() => {
      const { sigma, graph } = window.__dramatis!;
      const stage = document.querySelector('[data-testid="graph-stage"]')!.getBoundingClientRect();
      return ['atlantis', 'lemuria-council', 'mu-league'].map((n) => {
        const a = graph.getNodeAttributes(n);
        const v = sigma.graphToViewport(a);
        return { n, hidden: a.hidden === true, inside: v.x >= 0 && v.y >= 0 && v.x <= stage.width && v.y <= stage.height, x: a.x, y: a.y };
      });
    });
    for (const p of placed) expect(p, p.n).toMatchObject({ hidden: false, inside: true });
    await shot('1-json-imported');
  });

  it('lists the imported relations in the table, and says so where the file gave no sentence', async () => {
    await page.click('[data-testid="view-switch"] button[data-view="table"]');
    expect(await page.textContent('[data-testid="relations-caption"]')).toBe(`${seed.edges.length + 3} relations`);
    const row = page.locator('[data-testid="relation-row"][data-edge="import-1:x2"]');
    await row.scrollIntoViewIfNeeded();
    expect(await row.locator('[data-testid="evidence-missing"]').textContent()).toBe('No sentence: imported from atlantis.json, which gives none for this relation.');
    await row.click();
    const card = page.locator('[data-testid="edge-panel"] li[data-edge="import-1:x2"]');
    expect(await card.locator('[data-testid="evidence-missing"]').textContent()).toContain('No sentence: imported from atlantis.json');
    expect(await card.locator('[data-testid="open-in-article"]').count()).toBe(0);
    await shot('2-table-no-sentence');
    // The relation that has a sentence opens it in the reader, highlighted.
    await page.click('[data-testid="relation-row"][data-edge="import-1:x1"]');
    await page.click('[data-testid="edge-panel"] li[data-edge="import-1:x1"] [data-testid="open-in-article"]');
    expect(await page.textContent('[data-testid="reader-evidence"]')).toBe('Atlantis threatened its neighbour on Tuesday.');
    await page.keyboard.press('Escape');
    await page.click('[data-testid="view-switch"] button[data-view="graph"]');
  });

  it('removing the source brings back the seed graph as it was', async () => {
    await page.click('[aria-label="Remove atlantis.json"]');
    await waitForSettledAfterChange();
    const after = await counts();
    expect(after).toEqual(seedCounts);
    expect(await sameRenderer()).toBe(true);
    expect(await page.$('[data-testid="source-import-1"]')).toBeNull();
    expect(await tableCaption()).toBe(seedCaption);
    await shot('3-removed');
    // On a stage of the same size as at the start, every actor is exactly where it was.
    await dismissNotices();
    expect(await connectedPositions()).toEqual(seedPositions);
  });

  it('imports a CSV edge list dropped on the page, with its columns mapped in the dialog', async () => {
    const csv = [
      'from,to,what,day,quote,remarks',
      `Atlantis Trade Board,${hub.key},sanction,2025-06-14,The Atlantis Trade Board announced sanctions.,first`,
      `Atlantis Trade Board,Lemuria Council,communication,2025-06-15,,second`,
      `Lemuria Council,${hub.key},appeal,2025-06-16,The Lemuria Council appealed for calm.,third`,
    ].join('\n');
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'trade.csv', { type: 'text/csv' }));
      Object.assign(window, { __dropped: dt });
      document.querySelector('[data-testid="graph-stage"]')!.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: dt }));
      document.querySelector('[data-testid="graph-stage"]')!.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
    }, csv);
    expect(await page.textContent('[data-testid="drop-overlay"]')).toContain('Drop a GEXF, GraphML, JSON or CSV file to add it');
    await page.screenshot({ path: join(OUTPUT_DIR, 'import-4-drop-overlay.png') });
    await page.evaluate(() => {
      const dt = (window as unknown as { __dropped: DataTransfer }).__dropped;
      document.querySelector('[data-testid="graph-stage"]')!.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
    });
    expect(await page.$('[data-testid="drop-overlay"]')).toBeNull();

    const dialog = page.locator('[data-testid="csv-mapping"]');
    await dialog.waitFor({ state: 'visible' });
    // Pre-filled from the column names where they say it; the rest chosen by hand.
    expect(await dialog.locator('[data-testid="csv-role-source"] select').inputValue()).toBe('from');
    expect(await dialog.locator('[data-testid="csv-role-target"] select').inputValue()).toBe('to');
    expect(await dialog.locator('[data-testid="csv-preview"] tbody tr').count()).toBe(3);
    await dialog.locator('[data-testid="csv-role-relation"] select').selectOption('what');
    await dialog.locator('[data-testid="csv-role-date"] select').selectOption('day');
    await dialog.locator('[data-testid="csv-role-evidence"] select').selectOption('quote');
    await page.screenshot({ path: join(OUTPUT_DIR, 'import-5-csv-mapping.png') });
    await dialog.locator('[data-testid="csv-import"]').click();
    await page.waitForSelector('[data-testid="source-import-2"][data-source-label="trade.csv"]');
    await waitForSettledAfterChange();
    expect(await dialog.isVisible()).toBe(false);

    const after = await counts();
    expect(after.size).toBe(seedCounts.size + 3);
    expect(after.order).toBe(seedCounts.order + 2);
    const relations = await page.evaluate(() =>
      window.__dramatis!.graph.filterEdges((e) => e.startsWith('import-2:')).map((e) => window.__dramatis!.graph.getEdgeAttribute(e, 'relation')).sort(),
    );
    expect(relations).toEqual(['appeal', 'communication', 'sanction']);
    const positions = await connectedPositions();
    for (const [n, p] of Object.entries(seedPositions)) expect(positions[n], n).toEqual(p);
    await shot('6-csv-imported');
    await page.click('[aria-label="Remove trade.csv"]');
    await waitForSettledAfterChange();
    expect(await counts()).toEqual(seedCounts);
    await dismissNotices();
    expect(await connectedPositions()).toEqual(seedPositions);
  });

  it('refuses a truncated GEXF and an oversized file, saying what and where, and leaves the view as it was', async () => {
    // A view to keep: an actor selected, a relation filter and the camera moved.
    await page.click('[data-testid="view-switch"] button[data-view="table"]');
    await page.click(`[data-testid="relation-row"]`);
    await page.click('[data-testid="view-switch"] button[data-view="graph"]');
    await page.click('[data-testid="filter-relations"] input[type="checkbox"]');
    await page.evaluate(() => window.__dramatis!.sigma.getCamera().setState({ x: 0.4, y: 0.55, ratio: 0.8 }));
    // The address bar takes the new view after a short delay: wait until it holds this camera.
    await page.waitForFunction(() => new URLSearchParams(location.search).get('camera') === '0.4,0.55,0.8');
    const before = await page.evaluate(() => ({
      camera: window.__dramatis!.sigma.getCamera().getState(),
      url: window.location.search,
      shownRelations: document.querySelector('[data-testid="shown-relations"]')!.textContent,
      panel: document.querySelector('[data-testid="panel"]')!.textContent,
    }));
    const beforeCounts = await counts();
    const beforePositions = await connectedPositions();

    const gexf = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
      '  <graph defaultedgetype="directed">',
      '    <nodes>',
      '      <node id="atlantis" label="Atlantis"/>',
      '      <node id="mu" label="Mu"/>',
      '    </nodes>',
      '    <edges>',
      '      <edge id="e1" source="atlantis" target="mu"',
    ].join('\n');
    await page.setInputFiles('[data-testid="import-input"]', { name: 'broken.gexf', mimeType: 'application/xml', buffer: Buffer.from(gexf) });
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="notices"] .notice span')].some((s) => s.textContent?.includes('broken.gexf')));
    const truncated = (await notices()).find((n) => n.includes('broken.gexf'))!;
    expect(truncated).toMatch(/^Not imported: broken\.gexf/);
    expect(truncated).toMatch(/line \d+/);

    const big = `{"nodes": [${Array.from({ length: 8000 }, (_, i) => `{"key": "n${i}"}`).join(',')}], "edges": []}`;
    expect(big.length).toBeGreaterThan(TEST_LIMIT_BYTES);
    await page.setInputFiles('[data-testid="import-input"]', { name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(big) });
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="notices"] .notice span')].some((s) => s.textContent?.includes('big.json')));
    const oversized = (await notices()).find((n) => n.includes('big.json'))!;
    expect(oversized).toBe(`Not imported: big.json is ${(big.length / 1024).toFixed(1)} KB; files over ${(TEST_LIMIT_BYTES / 1024).toFixed(1)} KB are not imported. The graph on screen is unchanged.`);
    await nextFrames();
    await shot('7-refused');

    expect(await counts()).toEqual(beforeCounts);
    await dismissNotices();
    expect(await connectedPositions()).toEqual(beforePositions);
    expect(await page.$('[data-testid="source-import-3"]')).toBeNull();
    const now = await page.evaluate(() => ({
      camera: window.__dramatis!.sigma.getCamera().getState(),
      url: window.location.search,
      shownRelations: document.querySelector('[data-testid="shown-relations"]')!.textContent,
      panel: document.querySelector('[data-testid="panel"]')!.textContent,
    }));
    expect(now).toEqual(before);
    expect(await page.getAttribute(STAGE, 'data-layout')).toBe('settled');
  });
});

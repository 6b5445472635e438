// Browser test: resource limits. A 100 MB file (built in the page from one repeated 1 MB Blob, so
// nothing that size is ever written) is refused on every way a file comes in, by its size, quickly
// and without the page heap growing by its size; pasted text over the limit is refused; a graph of
// 100,000 actors is refused in bounded time; an article that is one 1 MB line is read with a
// warning. Throughout, the seed graph and an earlier import stay as they were.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedDramatisGraph } from '../../src/domain/contract';
import { PROJECT_ROOT, TEST_DIST } from './harness';
import { useAppPage } from './appPage';

const OUTPUT_DIR = join(PROJECT_ROOT, 'test-output');
const SETTLED = '[data-testid="graph-stage"][data-layout="settled"]';
const MB = 1024 * 1024;
/** Generous bounds for correctness, not speed (measured numbers are in the report / BENCHMARKS.md). */
const REFUSAL_MS = 2_000;
const HEAP_GROWTH_BYTES = 40 * MB;

const app = useAppPage({ timeout: 15_000 });
let page: Page;
let cdp: CDPSession;
let seed: SerializedDramatisGraph;

declare global {
  interface Window {
    __longTasks?: number[];
  }
}

beforeAll(async () => {
  seed = JSON.parse(readFileSync(join(PROJECT_ROOT, TEST_DIST, 'graph/default-graph.json'), 'utf8')) as SerializedDramatisGraph;
  mkdirSync(OUTPUT_DIR, { recursive: true });
  page = app.page;
  // Every main-thread task over 50 ms, from the start.
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks!.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  cdp = await page.context().newCDPSession(page);
  await page.goto(app.url);
  await page.waitForSelector(SETTLED, { timeout: 30_000 });
});

async function heapUsed(): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
}

function notices(): Promise<string[]> {
  return page.$$eval('[data-testid="notices"] .notice span', (spans) => spans.map((s) => s.textContent ?? ''));
}

async function dismissNotices(): Promise<void> {
  while ((await page.$$('[data-testid="notices"] .notice button')).length > 0) await page.click('[data-testid="notices"] .notice button');
}

function graphKeys(): Promise<{ nodes: string[]; edges: number }> {
  return page.evaluate(() => ({ nodes: window.__dramatis!.graph.nodes(), edges: window.__dramatis!.graph.size }));
}

function sourceLabels(): Promise<string[]> {
  return page.$$eval('[data-testid="loaded-sources"] .source-item', (items) => items.map((i) => i.getAttribute('data-source-label') ?? ''));
}

type Entry = { drop: true } | { input: string };

/**
 * Hands the page a file of `megabytes` MB (one 1 MB Blob repeated: cheap) by dropping it on the
 * window or choosing it in a file input, then waits until `selector`'s text contains `expected`.
 * Returns the milliseconds from handing it over to the message, measured in the page.
 */
async function giveHugeFile(name: string, megabytes: number, entry: Entry, selector: string, expected: string): Promise<number> {
  if ('input' in entry) await page.waitForSelector(entry.input, { state: 'attached' });
  return page.evaluate(
    async ({ name, megabytes, entry, selector, expected }) => {
      const chunk = new Blob([new Uint8Array(1024 * 1024).fill(0x61)]);
      const file = new File(Array.from({ length: megabytes }, () => chunk), name);
      const transfer = new DataTransfer();
      transfer.items.add(file);
      const t0 = performance.now();
      if ('drop' in entry) window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      else {
        const input = document.querySelector<HTMLInputElement>(entry.input)!;
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
      for (;;) {
        const shown = [...document.querySelectorAll(selector)].some((el) => el.textContent?.includes(expected));
        if (shown) return performance.now() - t0;
        if (performance.now() - t0 > 30_000) throw new Error(`No message containing "${expected}" in ${selector}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    { name, megabytes, entry, selector, expected },
  );
}

const NOTICES = '[data-testid="notices"] .notice span';
const EARLIER_IMPORT = JSON.stringify({
  nodes: [
    { key: 'limits-atlantis', attributes: { label: 'Atlantis', kind: 'state' } },
    { key: 'limits-lemuria', attributes: { label: 'Lemuria', kind: 'state' } },
  ],
  edges: [{ source: 'limits-atlantis', target: 'limits-lemuria', attributes: { relation: 'threat', date: '2025-06-10', evidence: 'Atlantis threatened Lemuria.' } }],
});

describe('resource limits', () => {
  let before: { nodes: string[]; edges: number };

  it('starts from the seed graph and an earlier import', async () => {
    await page.setInputFiles('[data-testid="import-input"]', { name: 'earlier.json', mimeType: 'application/json', buffer: Buffer.from(EARLIER_IMPORT) });
    await page.waitForSelector('[data-testid="loaded-sources"] [data-source-label="earlier.json"]');
    await page.waitForSelector(SETTLED, { timeout: 30_000 });
    before = await graphKeys();
    expect(before.nodes.length).toBe(seed.nodes.length + 2);
    expect(before.edges).toBe(seed.edges.length + 1);
    await dismissNotices();
  });

  it(`refuses a 100 MB file on every way in, each within ${REFUSAL_MS} ms and heap growth under 40 MB`, async () => {
    const heapBefore = await heapUsed();
    const times: Record<string, number> = {};
    times['Import… button'] = await giveHugeFile('big.json', 100, { input: '[data-testid="import-input"]' }, NOTICES, 'Not imported: big.json is 100.0 MB; files over 50.0 MB are not imported. The graph on screen is unchanged.');
    times['graph file dropped'] = await giveHugeFile('dropped.gexf', 100, { drop: true }, NOTICES, 'Not imported: dropped.gexf is 100.0 MB; files over 50.0 MB are not imported.');
    times['article dropped'] = await giveHugeFile('big.txt', 100, { drop: true }, NOTICES, 'Not added: big.txt is 100.0 MB; articles over 5.0 MB are not read.');

    await page.click('[data-testid="add-article-button"]');
    times['Add article… file'] = await giveHugeFile('picked.md', 100, { input: '[data-testid="article-file-input"]' }, NOTICES, 'Not added: picked.md is 100.0 MB; articles over 5.0 MB are not read.');
    await page.click('[data-testid="article-dialog"] button:has-text("Cancel")');

    await page.click('[data-testid="workspace-open"]');
    times['Restore backup'] = await giveHugeFile('big.dramatis-workspace.json', 100, { input: '[data-testid="workspace-restore-file"]' }, '[data-testid="workspace-message"]', 'big.dramatis-workspace.json is 100.0 MB; workspace backups over 80.0 MB are not read. Nothing was changed.');
    expect(await page.locator('[data-testid="workspace-confirm"]').count()).toBe(0);
    await page.screenshot({ path: join(OUTPUT_DIR, 'limits-1-backup-refused.png') });
    await page.click('[data-testid="workspace-close"]');

    await page.click('[data-testid="story-toggle"]');
    times['story file'] = await giveHugeFile('stories.json', 100, { input: '[data-testid="story-import-file"]' }, NOTICES, 'Story file stories.json: not imported. stories.json is 100.0 MB; story files over 50.0 MB are not read.');
    await page.click('[data-testid="story-toggle"]');

    const heapGrowth = (await heapUsed()) - heapBefore;
    console.log(`100 MB refusals (ms): ${JSON.stringify(times)}; heap growth ${(heapGrowth / MB).toFixed(1)} MB`);
    for (const [way, ms] of Object.entries(times)) expect(ms, way).toBeLessThan(REFUSAL_MS);
    expect(heapGrowth).toBeLessThan(HEAP_GROWTH_BYTES);
    await page.screenshot({ path: join(OUTPUT_DIR, 'limits-2-refusals.png') });
    expect(await graphKeys()).toEqual(before);
    expect(await sourceLabels()).toContain('earlier.json');
    await dismissNotices();
  });

  it('refuses pasted text over 5,242,880 characters with a message in the dialog', async () => {
    await page.click('[data-testid="add-article-button"]');
    await page.locator('[data-testid="article-text"]').evaluate((el) => {
      const area = el as HTMLTextAreaElement;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, 'Iran said it would talk. '.repeat(210_000));
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.click('[data-testid="article-continue"]');
    expect(await page.textContent('[data-testid="article-message"]')).toBe(
      'The pasted text is 5,250,000 characters long; articles over 5,242,880 characters are not read. Paste one article at a time.',
    );
    await page.click('[data-testid="article-dialog"] button:has-text("Cancel")');
    expect(await graphKeys()).toEqual(before);
  });

  it('refuses a 100,000-actor JSON graph and a 100,000-actor CSV within 5 s each; no main-thread task over 3 s', async () => {
    const longBefore = await page.evaluate(() => window.__longTasks!.length);
    const heapBefore = await heapUsed();
    // Built here, not in the page, so that the page's long tasks are the app's own.
    const nodes = Array.from({ length: 100_000 }, (_, i) => ({ key: `big-${i}`, attributes: { label: `Actor ${i}` } }));
    const edges = Array.from({ length: 50_000 }, (_, i) => ({ source: `big-${2 * i}`, target: `big-${2 * i + 1}`, attributes: { relation: 'threat', date: '2025-01-01' } }));
    // Given by path: Chromium reads it from disk (a buffer would be decoded in the page by the test driver).
    const jsonPath = join(OUTPUT_DIR, 'hundred-thousand.json');
    writeFileSync(jsonPath, JSON.stringify({ nodes, edges }));
    // Timed from the file's choice: writing it above is the test's own work, not the app's.
    const t1 = Date.now();
    await page.setInputFiles('[data-testid="import-input"]', jsonPath);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="notices"] .notice span')].some((s) => s.textContent?.includes('hundred-thousand.json')), null, { timeout: 30_000 });
    const jsonMs = Date.now() - t1;
    const jsonNotice = (await notices()).find((n) => n.includes('hundred-thousand.json'))!;
    expect(jsonNotice).toBe(
      'Not imported: hundred-thousand.json: it holds 100,000 actors; Dramatis imports up to 20,000 actors and 200,000 relations per file, as larger graphs cannot be laid out and drawn in a browser tab. Import a part of it (filter it in Gephi or split the file). The graph on screen is unchanged.',
    );

    // 50,000 rows name 100,000 actors: the rows pass the line count, the columns are mapped, then it is refused.
    let csv = 'source,target\n';
    for (let i = 0; i < 50_000; i++) csv += `c${2 * i},c${2 * i + 1}\n`;
    const csvPath = join(OUTPUT_DIR, 'hundred-thousand.csv');
    writeFileSync(csvPath, csv);
    await page.setInputFiles('[data-testid="import-input"]', csvPath);
    await page.waitForSelector('[data-testid="csv-import"]');
    const t0 = Date.now();
    await page.click('[data-testid="csv-import"]');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="notices"] .notice span')].some((s) => s.textContent?.includes('hundred-thousand.csv')), null, { timeout: 30_000 });
    const csvMs = Date.now() - t0;
    expect((await notices()).find((n) => n.includes('hundred-thousand.csv'))).toMatch(/^Not imported: hundred-thousand\.csv: it holds 100,000 actors; Dramatis imports up to 20,000 actors/);

    // 250,000 rows are refused from the line count alone, before the mapping dialog.
    await page.setInputFiles('[data-testid="import-input"]', { name: 'rows.csv', mimeType: 'text/csv', buffer: Buffer.from('source,target\n' + 'a,b\n'.repeat(250_000)) });
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="notices"] .notice span')].some((s) => s.textContent?.includes('rows.csv')));
    expect((await notices()).find((n) => n.includes('rows.csv'))).toMatch(/^Not imported: rows\.csv: it holds 250,000 relations; Dramatis imports up to/);
    expect(await page.locator('[data-testid="csv-import"]').count()).toBe(0);

    const longTasks = await page.evaluate((from) => window.__longTasks!.slice(from), longBefore);
    const heapGrowth = (await heapUsed()) - heapBefore;
    rmSync(jsonPath);
    rmSync(csvPath);
    console.log(`100k actors: JSON (10 MB) refused in ${jsonMs} ms, CSV in ${csvMs} ms; long tasks ${longTasks.map((d) => d.toFixed(0)).join(', ')} ms; heap growth ${(heapGrowth / MB).toFixed(1)} MB`);
    expect(jsonMs).toBeLessThan(5_000);
    expect(csvMs).toBeLessThan(5_000);
    expect(Math.max(0, ...longTasks)).toBeLessThan(3_000);
    expect(heapGrowth).toBeLessThan(HEAP_GROWTH_BYTES);
    expect(await graphKeys()).toEqual(before);
    expect(await sourceLabels()).toContain('earlier.json');
    await page.screenshot({ path: join(OUTPUT_DIR, 'limits-3-big-graphs.png') });
    await dismissNotices();
  });

  it('imports a CSV whose evidence cell is one 1 MB line and lists it in the table within 20 s (no main-thread task over 3 s)', async () => {
    const cell = 'Atlantis threatened Lemuria at the border '.repeat(25_000);
    const path = join(OUTPUT_DIR, 'long-cell.csv');
    writeFileSync(path, `source,target,relation,date,evidence\nlimits-atlantis,limits-lemuria,threat,2025-06-11,${cell}\n`);
    const longBefore = await page.evaluate(() => window.__longTasks!.length);
    const t0 = Date.now();
    await page.setInputFiles('[data-testid="import-input"]', path);
    await page.click('[data-testid="csv-import"]');
    await page.waitForSelector('[data-testid="loaded-sources"] [data-source-label="long-cell.csv"]', { timeout: 20_000 });
    await page.click('[data-testid="view-switch"] button[data-view="table"]');
    const row = page.locator('[data-testid="relation-row"]', { hasText: 'Atlantis threatened Lemuria at the border Atlantis' });
    await row.first().waitFor({ timeout: 20_000 });
    const ms = Date.now() - t0;
    const longTasks = await page.evaluate((from) => window.__longTasks!.slice(from), longBefore);
    console.log(`CSV with a 1 MB cell imported and listed in ${ms} ms; long tasks ${longTasks.map((d) => d.toFixed(0)).join(', ')} ms`);
    rmSync(path);
    expect(await row.count()).toBe(1);
    expect(ms).toBeLessThan(20_000);
    expect(Math.max(0, ...longTasks)).toBeLessThan(3_000);
    await page.screenshot({ path: join(OUTPUT_DIR, 'limits-4-long-cell-table.png') });
    await page.click('[data-testid="view-switch"] button[data-view="graph"]');
    const after = await graphKeys();
    expect(after.nodes).toEqual(expect.arrayContaining(before.nodes));
    expect(after.edges).toBe(before.edges + 1);
    await page.waitForSelector(SETTLED, { timeout: 30_000 });
    await dismissNotices();
  });

  it('reads an article that is one 1 MB line within 60 s (no main-thread task over 3 s), skipping the over-long sentence with a warning', async () => {
    const line = 'Iran and the United States met in Geneva on Monday and Russia accused Ukraine of attacks on March 3, while France urged China to talk, '.repeat(8_000);
    await page.click('[data-testid="add-article-button"]');
    await page.locator('[data-testid="article-text"]').evaluate((el, text) => {
      const area = el as HTMLTextAreaElement;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, text);
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, `Talks in Geneva\n\n${line}\n\nRussia accused Ukraine of attacks on Monday.\n`);
    await page.click('[data-testid="article-continue"]');
    await page.locator('[data-testid="article-preview"]').waitFor();
    await page.locator('[data-testid="article-field-published"] input').fill('2025-03-05');
    const longBefore = await page.evaluate(() => window.__longTasks!.length);
    const t0 = Date.now();
    await page.click('[data-testid="article-extract"]');
    await page.waitForSelector('[data-testid="loaded-sources"] [data-source-label="Talks in Geneva"]', { timeout: 60_000 });
    const ms = Date.now() - t0;
    const longTasks = await page.evaluate((from) => window.__longTasks!.slice(from), longBefore);
    console.log(`1 MB-line article read and added in ${ms} ms; main-thread long tasks ${longTasks.map((d) => d.toFixed(0)).join(', ')} ms`);
    expect(ms).toBeLessThan(60_000);
    // The text is read in the worker: the page keeps answering.
    expect(Math.max(0, ...longTasks)).toBeLessThan(3_000);
    const source = page.locator('[data-testid="loaded-sources"] [data-source-label="Talks in Geneva"]');
    await source.locator('[data-testid="source-warnings"] summary').click();
    expect(await source.locator('[data-testid="source-warnings"]').textContent()).toContain(
      '1 sentence is longer than 2,000 characters (text without sentence breaks?) and was not read for relations.',
    );
    // The short paragraph's relation is there, quoting its sentence (the table lists relations with their evidence).
    await page.click('[data-testid="view-switch"] button[data-view="table"]');
    const rows = page.locator('[data-testid="relation-row"]', { hasText: 'Russia accused Ukraine of attacks on Monday.' });
    expect(await rows.count()).toBeGreaterThan(0);
    await page.click('[data-testid="view-switch"] button[data-view="graph"]');
    const after = await graphKeys();
    for (const n of before.nodes) expect(after.nodes).toContain(n);
    expect(await sourceLabels()).toEqual(expect.arrayContaining(['earlier.json', 'Talks in Geneva']));
    await page.waitForSelector(SETTLED, { timeout: 30_000 });
    await page.screenshot({ path: join(OUTPUT_DIR, 'limits-5-long-line-article.png') });
  });
});

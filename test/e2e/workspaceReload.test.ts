// Browser test: an analyst's own work survives a reload. A pasted article and its actors come back
// without being read again (and the same text dropped as a file is still refused); a rejected event stays rejected after a reload, undo brings it back,
// and that too survives the next reload.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedDramatisGraph, SerializedEdge } from '../../src/domain/contract';
import { PROJECT_ROOT, TEST_DIST } from './harness';
import { useAppPage } from './appPage';

const OUTPUT_DIR = join(PROJECT_ROOT, 'test-output');
const STAGE = '[data-testid="graph-stage"]';
const SETTLED = `${STAGE}[data-layout="settled"]`;
const DIALOG = '[data-testid="article-dialog"]';
const TABLE = '[data-testid="relations-table"]';

/** An invented report: the Quillan Assembly is in no list; Egypt is in the dictionary. */
const ARTICLE = [
  'Quillan Assembly accuses Egypt over border crossing',
  'The Quillan Assembly accused Egypt on Wednesday of closing the Rafah crossing to aid trucks.',
  'Egypt rejected the accusation, and its foreign minister met leaders of the Quillan Assembly in Cairo on Thursday.',
].join('\n');
const ARTICLE_TITLE = 'Quillan Assembly accuses Egypt over border crossing';

const app = useAppPage({ timeout: 15_000 });
let page: Page;
let seed: SerializedDramatisGraph;

beforeAll(async () => {
  seed = JSON.parse(readFileSync(join(PROJECT_ROOT, TEST_DIST, 'graph/default-graph.json'), 'utf8')) as SerializedDramatisGraph;
  mkdirSync(OUTPUT_DIR, { recursive: true });
  page = app.page;
  await page.goto(app.url);
  await page.waitForSelector(SETTLED, { timeout: 30_000 });
});

const hasActor = (id: string) => page.evaluate((n) => window.__dramatis?.graph.hasNode(n) ?? false, id);
const hasEdge = (key: string) => page.evaluate((e) => window.__dramatis?.graph.hasEdge(e) ?? false, key);
const relationCount = async () => Number(await page.locator('[data-testid="relation-count"]').textContent());

/** Keys of stored sources and the curation part's edit count, read with the raw IndexedDB API. */
function stored(): Promise<{ sources: string[]; edits: number; cursor: number }> {
  return page.evaluate(
    () =>
      new Promise<{ sources: string[]; edits: number; cursor: number }>((resolve, reject) => {
        const request = indexedDB.open('dramatis-workspace');
        request.onerror = () => reject(new Error('the workspace database did not open'));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['sources', 'parts'], 'readonly');
          const sources = tx.objectStore('sources').getAllKeys();
          const curation = tx.objectStore('parts').get('curation');
          tx.oncomplete = () => {
            const value = (curation.result as { value?: { edits?: unknown[]; cursor?: number } } | undefined)?.value;
            db.close();
            resolve({ sources: (sources.result as string[]).sort(), edits: value?.edits?.length ?? 0, cursor: value?.cursor ?? 0 });
          };
        };
      }),
  );
}

async function reload(name: string): Promise<void> {
  await page.reload();
  await page.waitForSelector(SETTLED, { timeout: 30_000 });
  await page.mouse.move(2, 2);
  await page.screenshot({ path: join(OUTPUT_DIR, `workspace-reload-${name}.png`) });
}

async function selectEdgeFromTable(key: string): Promise<void> {
  await page.locator('[data-testid="view-switch"] button[data-view="table"]').first().click();
  await page.locator(`${TABLE} tbody tr[data-edge="${key}"]`).click();
  await page.locator('[data-testid="view-switch"] button[data-view="graph"]').first().click();
  await page.locator(`li.event-card[data-edge="${key}"]`).waitFor();
}

describe('the analyst’s work across reloads', () => {
  it('keeps a pasted article and its actors after a reload, without reading it again', async () => {
    expect(await hasActor('quillan-assembly')).toBe(false);
    await page.click('[data-testid="add-article-button"]');
    await page.locator(`${DIALOG} [data-testid="article-text"]`).fill(ARTICLE);
    await page.click('[data-testid="article-continue"]');
    await page.locator('[data-testid="article-field-published"] input').fill('2026-02-04');
    await page.click('[data-testid="article-extract"]');
    await page.locator(DIALOG).waitFor({ state: 'hidden', timeout: 60_000 });
    await expect.poll(() => hasActor('quillan-assembly'), { timeout: 10_000 }).toBe(true);
    const relations = await relationCount();
    expect(relations).toBeGreaterThan(seed.edges.length);
    await expect.poll(stored, { timeout: 10_000 }).toMatchObject({ sources: ['article-1'] });

    // After the reload no extraction worker starts: the article comes back as it was read.
    const workers: string[] = [];
    const onWorker = (w: { url(): string }) => workers.push(w.url());
    page.on('worker', onWorker);
    await reload('article');
    page.off('worker', onWorker);
    expect(await hasActor('quillan-assembly')).toBe(true);
    expect(await page.evaluate(() => window.__dramatis!.graph.getNodeAttribute('quillan-assembly', 'label'))).toBe('Quillan Assembly');
    expect(await relationCount()).toBe(relations);
    expect(await page.locator('[data-testid="source-article-1"]').getAttribute('data-source-label')).toBe(ARTICLE_TITLE);
    expect(workers.filter((url) => url.includes('extraction'))).toEqual([]);

    // The kept article still counts as loaded: the same text dropped as a file is refused.
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'quillan.txt', { type: 'text/plain' }));
      const stage = document.querySelector('[data-testid="graph-stage"]')!;
      stage.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: dt }));
      stage.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
    }, ARTICLE);
    expect(await page.locator('[data-testid="article-duplicate"]').textContent()).toBe(`This text is already loaded as "${ARTICLE_TITLE}"; it is not added a second time.`);
    expect(await page.isDisabled('[data-testid="article-extract"]')).toBe(true);
    await page.screenshot({ path: join(OUTPUT_DIR, 'workspace-reload-duplicate.png') });
    await page.keyboard.press('Escape');
    await page.locator(DIALOG).waitFor({ state: 'hidden' });
    expect(await relationCount()).toBe(relations);
  }, 120_000);

  it('keeps a rejected event rejected after a reload; undo brings it back, and that is kept too', async () => {
    const threat = seed.edges.find((e: SerializedEdge) => e.attributes.relation === 'threat');
    if (!threat) throw new Error('the seed graph has no threat');
    const before = await relationCount();
    await selectEdgeFromTable(threat.key);
    await page.locator(`li.event-card[data-edge="${threat.key}"] [data-testid="reject-event"]`).click();
    await expect.poll(relationCount).toBe(before - 1);
    await expect.poll(stored).toMatchObject({ edits: 1, cursor: 1 });

    await reload('rejected');
    expect(await hasEdge(threat.key)).toBe(false);
    expect(await relationCount()).toBe(before - 1);
    await page.locator('[data-testid="edits-open"]').click();
    const row = page.locator('[data-testid="edits-panel"] [data-testid="edit-row"]').first();
    expect(await row.getAttribute('data-status')).toBe('applied');
    expect(await row.locator('.edit-sentence').textContent()).toBe(threat.attributes.evidence.text);

    await page.locator('[data-testid="edits-panel"] [data-testid="undo-edit"]').click();
    await expect.poll(() => hasEdge(threat.key)).toBe(true);
    expect(await relationCount()).toBe(before);
    await expect.poll(stored).toMatchObject({ edits: 1, cursor: 0 });

    await reload('undone');
    expect(await hasEdge(threat.key)).toBe(true);
    expect(await relationCount()).toBe(before);
    // The undone edit can still be redone after the reload.
    await page.locator('[data-testid="edits-open"]').click();
    expect(await page.locator('[data-testid="edits-panel"] [data-testid="edit-row"]').first().getAttribute('data-status')).toBe('undone');
  }, 120_000);
});

// Browser test: nothing lost on reload. An imported graph, a story and the last view come back
// when the app is opened again without a query; a workspace backup is saved, the workspace cleared
// and the backup restored; a foreign file is refused; with IndexedDB refused the app says so once
// and keeps working in memory.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedDramatisGraph } from '../../src/domain/contract';
import { WORKSPACE_SCHEMA_VERSION } from '../../src/store/persistence/workspaceRecord';
import { PROJECT_ROOT, TEST_DIST } from './harness';
import { useAppPage } from './appPage';

const OUTPUT_DIR = join(PROJECT_ROOT, 'test-output');
const STAGE = '[data-testid="graph-stage"]';
const SETTLED = `${STAGE}[data-layout="settled"]`;
const VIEWPORT = { width: 1440, height: 900 };
const STORY_TITLE = 'Kept across reloads';

const app = useAppPage({ timeout: 15_000, viewport: VIEWPORT, acceptDownloads: true });
let page: Page;
let hub: { key: string; label: string };
let backupPath = '';
const watch = (p: Page) => app.watch(p);

beforeAll(async () => {
  const seed = JSON.parse(readFileSync(join(PROJECT_ROOT, TEST_DIST, 'graph/default-graph.json'), 'utf8')) as SerializedDramatisGraph;
  const degree = new Map<string, number>();
  for (const e of seed.edges) for (const n of [e.source, e.target]) degree.set(n, (degree.get(n) ?? 0) + 1);
  const key = [...degree.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  hub = { key, label: seed.nodes.find((n) => n.key === key)!.attributes.label };
  mkdirSync(OUTPUT_DIR, { recursive: true });
  page = app.page;
});

function importedJson(): string {
  return JSON.stringify({
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: {},
    nodes: [
      { key: hub.key, attributes: { label: hub.label, kind: 'state' } },
      { key: 'atlantis', attributes: { label: 'Atlantis', kind: 'state' } },
    ],
    edges: [
      {
        key: 'a1',
        source: 'atlantis',
        target: hub.key,
        attributes: { relation: 'communication', date: '2025-06-02', datePrecision: 'day', modality: 'asserted', confidence: 0.9, evidence: { text: `Atlantis wrote to ${hub.label}.` } },
      },
    ],
  });
}

async function shot(p: Page, name: string): Promise<void> {
  await p.mouse.move(2, 2);
  await p.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await p.screenshot({ path: join(OUTPUT_DIR, `persistence-${name}.png`) });
}

/** Rows in the workspace database, read with the raw IndexedDB API (not the app's code). */
function storedRows(p: Page): Promise<{ sources: string[]; parts: string[] } | null> {
  return p.evaluate(
    () =>
      new Promise<{ sources: string[]; parts: string[] } | null>((resolve) => {
        const request = indexedDB.open('dramatis-workspace');
        request.onerror = () => resolve(null);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('sources')) {
            db.close();
            resolve(null);
            return;
          }
          const tx = db.transaction(['sources', 'parts'], 'readonly');
          const sources = tx.objectStore('sources').getAllKeys();
          const parts = tx.objectStore('parts').getAll();
          tx.oncomplete = () => {
            const partRows = parts.result as { key: string; value: { stories?: unknown[] } }[];
            db.close();
            resolve({ sources: (sources.result as string[]).sort(), parts: partRows.map((r) => (r.key === 'stories' ? `stories:${r.value.stories?.length ?? 0}` : r.key)).sort() });
          };
        };
      }),
  );
}

function hasAtlantis(p: Page): Promise<boolean> {
  return p.evaluate(() => window.__dramatis?.graph.hasNode('atlantis') ?? false);
}

function notices(p: Page): Promise<string[]> {
  return p.$$eval('[data-testid="notices"] .notice span', (spans) => spans.map((s) => s.textContent ?? ''));
}

describe('the workspace across reloads', () => {
  it('brings back an imported graph, a story and the last view when the app is opened without a query', async () => {
    await page.goto(app.url);
    await page.waitForSelector(SETTLED, { timeout: 30_000 });
    expect(await storedRows(page)).toMatchObject({ sources: [] });

    await page.setInputFiles('[data-testid="import-input"]', { name: 'atlantis.json', mimeType: 'application/json', buffer: Buffer.from(importedJson()) });
    await expect.poll(() => hasAtlantis(page)).toBe(true);
    await page.locator('[data-testid="story-toggle"]').click();
    await page.locator('[data-testid="story-new"]').click();
    await page.locator('[data-testid="story-title"]').fill(STORY_TITLE);
    await page.locator('[data-testid="story-add-step"]').click();
    await page.click('[data-testid="view-switch"] button[data-view="table"]');
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('table');
    const viewBefore = new URL(page.url()).search;

    // Saved as it changed: one source row and the three parts.
    await expect.poll(() => storedRows(page)).toEqual({ sources: ['import-1'], parts: expect.arrayContaining(['settings', 'stories:1']) });

    // Every layout state the stage goes through on the next start: one run, not the bare corpus first.
    await page.addInitScript(() => {
      const states: string[] = [];
      Object.assign(window, { __layoutStates: states });
      new MutationObserver(() => {
        const state = document.querySelector('[data-testid="graph-stage"]')?.getAttribute('data-layout');
        if (state && states[states.length - 1] !== state) states.push(state);
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-layout'] });
    });
    await page.goto(app.url); // no query at all
    await page.waitForSelector('[data-testid="view-switch"] button[data-view="table"][aria-pressed="true"]');
    expect(await hasAtlantis(page)).toBe(true);
    expect(new URL(page.url()).search).toBe(viewBefore);
    expect(await page.locator('[data-testid="source-import-1"]').getAttribute('data-source-label')).toBe('atlantis.json');
    await page.locator('[data-testid="story-panel"]').waitFor();
    expect(await page.locator('[data-testid="story-title"]').inputValue()).toBe(STORY_TITLE);
    expect(await notices(page)).toEqual([]);
    const states = await page.evaluate(() => (window as unknown as { __layoutStates: string[] }).__layoutStates);
    expect(states.filter((s) => s === 'running')).toHaveLength(1);
    await shot(page, 'after-reload');

    // Back to the graph view for what follows (a view change, kept too).
    await page.click('[data-testid="view-switch"] button[data-view="graph"]');
    await page.waitForSelector(SETTLED, { timeout: 30_000 });
  });

  it('saves a backup, clears the workspace, and restores the backup', async () => {
    await page.locator('[data-testid="workspace-open"]').click();
    const dialog = page.locator('[data-testid="workspace-dialog"]');
    await dialog.waitFor();
    expect(await dialog.locator('[data-testid="workspace-status"]').getAttribute('data-mode')).toBe('saved');
    const kept = await dialog.locator('[data-testid="workspace-kept"] th[scope="row"]').allTextContents();
    expect(kept).toEqual(expect.arrayContaining(['atlantis.json', 'Stories', 'Settings', 'Total']));
    expect(await dialog.locator('[data-testid="workspace-storage-use"]').textContent()).toMatch(/^This site uses [\d.]+ (B|KB|MB) of the [\d.]+ (MB|GB) this browser allows it\.$/);
    await shot(page, 'dialog');

    const downloading = page.waitForEvent('download');
    await dialog.locator('[data-testid="workspace-save-backup"]').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^dramatis-\d{4}-\d{2}-\d{2}\.dramatis-workspace\.json$/);
    backupPath = join(OUTPUT_DIR, 'persistence-backup.dramatis-workspace.json');
    await download.saveAs(backupPath);
    const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as { format: string; schemaVersion: number; importCount: number; sources: { id: string; graph: { nodes: { key: string }[] } }[]; parts: { stories: { stories: { title: string }[] } } };
    expect(backup).toMatchObject({ format: 'dramatis-workspace', schemaVersion: WORKSPACE_SCHEMA_VERSION, importCount: 1 });
    expect(backup.sources.map((s) => s.id)).toEqual(['import-1']);
    expect(backup.sources[0]!.graph.nodes.map((n) => n.key)).toContain('atlantis');
    expect(backup.parts.stories.stories.map((s) => s.title)).toEqual([STORY_TITLE]);

    // Clear: asks first, then the page starts again from the seed corpus.
    await dialog.locator('[data-testid="workspace-clear"]').click();
    await dialog.locator('[data-testid="workspace-confirm"]').waitFor();
    await Promise.all([page.waitForEvent('load'), dialog.locator('[data-testid="workspace-confirm-ok"]').click()]);
    await page.waitForSelector(SETTLED, { timeout: 30_000 });
    expect(await hasAtlantis(page)).toBe(false);
    expect(new URL(page.url()).search).toBe('');
    await expect.poll(() => storedRows(page)).toMatchObject({ sources: [] });
    await page.locator('[data-testid="story-toggle"]').click();
    expect(await page.locator('[data-testid="story-select"] option').allTextContents()).not.toContain(STORY_TITLE);

    // A file that is not a backup is refused, and nothing changes.
    await page.locator('[data-testid="workspace-open"]').click();
    await dialog.waitFor();
    await dialog.locator('[data-testid="workspace-restore-file"]').setInputFiles({ name: 'stories.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"dramatis-stories","version":1,"stories":[]}') });
    await expect.poll(() => dialog.locator('[data-testid="workspace-message"][role="alert"]').textContent()).toMatch(/stories\.json: This file is not a Dramatis workspace backup/);
    expect(await dialog.locator('[data-testid="workspace-confirm"]').count()).toBe(0);

    // The backup: it shows what it holds and asks before replacing.
    await dialog.locator('[data-testid="workspace-restore-file"]').setInputFiles(backupPath);
    await dialog.locator('[data-testid="workspace-confirm"]').waitFor();
    expect(await dialog.locator('[data-testid="workspace-backup-kept"] th[scope="row"]').allTextContents()).toEqual(expect.arrayContaining(['atlantis.json', 'Stories']));
    await shot(page, 'restore-confirm');
    await Promise.all([page.waitForEvent('load'), dialog.locator('[data-testid="workspace-confirm-ok"]').click()]);
    await page.waitForSelector(SETTLED, { timeout: 30_000 });
    expect(await hasAtlantis(page)).toBe(true);
    // The backup's last view names the open story: the page comes back with it in the panel.
    expect(new URL(page.url()).searchParams.get('story')).toBeTruthy();
    await page.locator('[data-testid="story-panel"]').waitFor();
    expect(await page.locator('[data-testid="story-title"]').inputValue()).toBe(STORY_TITLE);
    expect(await page.locator('[data-testid="source-import-1"]').count()).toBe(1);
    await expect.poll(() => storedRows(page)).toMatchObject({ sources: ['import-1'] });
    expect(await notices(page)).toEqual([]);
    await shot(page, 'restored');
  });
});

describe('two tabs', () => {
  it('keep each other’s work: a view switch in one never blocks the other, and a story from the second tab joins the first tab’s import', async () => {
    const shared = await app.browser.newContext({ viewport: VIEWPORT });
    const first = await shared.newPage();
    const second = await shared.newPage();
    watch(first);
    watch(second);
    for (const p of [first, second]) {
      await p.goto(app.url);
      await p.waitForSelector(SETTLED, { timeout: 30_000 });
    }
    // The second tab only switches to the table view (a save of its view).
    await second.click('[data-testid="view-switch"] button[data-view="table"]');
    await expect.poll(() => new URL(second.url()).searchParams.get('view')).toBe('table');
    await first.setInputFiles('[data-testid="import-input"]', { name: 'atlantis.json', mimeType: 'application/json', buffer: Buffer.from(importedJson()) });
    await expect.poll(() => storedRows(first)).toMatchObject({ sources: ['import-1'] });
    expect(await notices(first)).not.toContainEqual(expect.stringMatching(/stopped saving/));

    // The second tab, which never saw the import, makes a story: both are kept, and it shows the import too.
    await second.click('[data-testid="view-switch"] button[data-view="graph"]');
    await second.locator('[data-testid="story-toggle"]').click();
    await second.locator('[data-testid="story-new"]').click();
    await expect.poll(async () => (await storedRows(second))!.parts.some((p) => p.startsWith('stories:1'))).toBe(true);
    expect((await storedRows(second))!.sources).toEqual(['import-1']);
    expect(await notices(second)).not.toContainEqual(expect.stringMatching(/stopped saving/));
    await expect.poll(() => hasAtlantis(second)).toBe(true);
    await shot(second, 'second-tab');

    await first.reload();
    await first.waitForSelector(SETTLED, { timeout: 30_000 });
    expect(await hasAtlantis(first)).toBe(true);
    await shared.close();
  });
});

describe('removing the seed corpus', () => {
  it('stays removed after a reload, and Bring back the seed corpus returns it for good', async () => {
    const own = await app.browser.newContext({ viewport: VIEWPORT });
    const p = await own.newPage();
    watch(p);
    await p.goto(app.url);
    await p.waitForSelector(SETTLED, { timeout: 30_000 });
    await p.setInputFiles('[data-testid="import-input"]', { name: 'atlantis.json', mimeType: 'application/json', buffer: Buffer.from(importedJson()) });
    await expect.poll(() => hasAtlantis(p)).toBe(true);
    const hasSeedOnly = () => p.evaluate(() => window.__dramatis?.graph.hasNode('abbas-araghchi') ?? false);
    expect(await hasSeedOnly()).toBe(true);
    await p.click('[data-testid="source-corpus"] .source-remove');
    await expect.poll(hasSeedOnly).toBe(false);
    await expect.poll(async () => (await storedRows(p))!.parts).toContain('corpus');

    await p.reload();
    await p.waitForSelector(SETTLED, { timeout: 30_000 });
    await p.waitForSelector('[data-testid="restore-corpus"]');
    expect(await p.locator('[data-testid="source-corpus"]').count()).toBe(0);
    expect(await hasAtlantis(p)).toBe(true);
    expect(await hasSeedOnly()).toBe(false);
    await shot(p, 'corpus-removed');

    await p.click('[data-testid="restore-corpus"]');
    await expect.poll(hasSeedOnly).toBe(true);
    await p.waitForSelector('[data-testid="source-corpus"]');
    // Saved (the stored part says so): the next reload shows the corpus again.
    const storedRemoved = () =>
      p.evaluate(
        () =>
          new Promise<unknown>((resolve) => {
            const request = indexedDB.open('dramatis-workspace');
            request.onsuccess = () => {
              const db = request.result;
              const get = db.transaction('parts', 'readonly').objectStore('parts').get('corpus');
              get.onsuccess = () => {
                db.close();
                resolve((get.result as { value?: { removed?: unknown } } | undefined)?.value?.removed);
              };
            };
          }),
      );
    await expect.poll(storedRemoved).toBe(false);
    await p.reload();
    await p.waitForSelector(SETTLED, { timeout: 30_000 });
    await p.waitForSelector('[data-testid="source-corpus"]');
    expect(await hasSeedOnly()).toBe(true);
    await own.close();
  });
});

describe('without IndexedDB', () => {
  it('says once that nothing is saved and keeps working in memory', async () => {
    const blocked = await app.browser.newContext({ viewport: VIEWPORT });
    await blocked.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    const p = await blocked.newPage();
    watch(p);
    await p.goto(app.url);
    await p.waitForSelector(SETTLED, { timeout: 30_000 });
    await expect.poll(() => notices(p)).toEqual([expect.stringMatching(/^Your workspace cannot be saved in this browser \(.*denied permission.*\)\. Everything works for this visit/)]);
    expect(await p.locator('[data-testid="workspace-open"]').getAttribute('data-unsaved')).toBe('true');

    await p.setInputFiles('[data-testid="import-input"]', { name: 'atlantis.json', mimeType: 'application/json', buffer: Buffer.from(importedJson()) });
    await expect.poll(() => hasAtlantis(p)).toBe(true);
    await p.locator('[data-testid="workspace-open"]').click();
    const dialog = p.locator('[data-testid="workspace-dialog"]');
    await dialog.waitFor();
    expect(await dialog.locator('[data-testid="workspace-status"]').getAttribute('data-mode')).toBe('memory');
    expect(await dialog.locator('[data-testid="workspace-kept"] th[scope="row"]').allTextContents()).toContain('atlantis.json');
    const downloading = p.waitForEvent('download');
    await dialog.locator('[data-testid="workspace-save-backup"]').click();
    const saved = await downloading;
    // saveAs, not path(): the shared browser is a remote one to playwright.
    await saved.saveAs(join(OUTPUT_DIR, 'persistence-memory-backup.json'));
    expect(JSON.parse(readFileSync(join(OUTPUT_DIR, 'persistence-memory-backup.json'), 'utf8')).sources).toHaveLength(1);
    await shot(p, 'memory-only');
    // Said once, not again with every change.
    expect((await notices(p)).filter((n) => n.includes('cannot be saved'))).toHaveLength(1);

    // Clearing starts again from the corpus; the backup brings the import back, in memory.
    await dialog.locator('[data-testid="workspace-clear"]').click();
    await Promise.all([p.waitForEvent('load'), dialog.locator('[data-testid="workspace-confirm-ok"]').click()]);
    await p.waitForSelector(SETTLED, { timeout: 30_000 });
    expect(await hasAtlantis(p)).toBe(false);
    await p.locator('[data-testid="workspace-open"]').click();
    await dialog.waitFor();
    await dialog.locator('[data-testid="workspace-restore-file"]').setInputFiles(join(OUTPUT_DIR, 'persistence-memory-backup.json'));
    await dialog.locator('[data-testid="workspace-confirm-ok"]').click();
    await expect.poll(() => dialog.locator('[data-testid="workspace-message"]').textContent()).toMatch(/^Restored persistence-memory-backup\.json\. It is not saved in this browser/);
    expect(await hasAtlantis(p)).toBe(true);
    expect(await dialog.locator('[data-testid="workspace-kept"] th[scope="row"]').allTextContents()).toContain('atlantis.json');
    await blocked.close();
  });
});

// Browser test: bidirectional controls in strangers' strings stay inside those strings. A graph file
// whose name, actor names, document title and source, evidence and story caption each hold a
// right-to-left override (test/ui/export/hostileFixture.ts) is imported and every surface visited; on each,
// every text on the page that holds such a control must be isolated from the app's own words: in a
// <bdi>, an element with `unicode-bidi: isolate`, or a block of its own holding nothing but that
// string, or enclosed in FSI … PDI in plain text. The canvas draws the labels without the override.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIDI_CAPTION, BIDI_FILE_NAME, BIDI_LABEL, BIDI_OTHER_LABEL, BIDI_SENTENCE, BIDI_SOURCE, BIDI_STORY_TITLE, BIDI_TITLE, RLO, bidiJson } from '../ui/export/hostileFixture';
import { useAppPage } from './appPage';
import { PROJECT_ROOT } from './harness';

const OUTPUT_DIR = join(PROJECT_ROOT, 'test-output');
const SETTLED = '[data-testid="graph-stage"][data-layout="settled"]';
const SOURCE = '[data-testid="source-import-1"]';

const app = useAppPage({ timeout: 10_000, acceptDownloads: true });
let page: Page;

/** Every string the file brings that holds a control, as the page may show it (whole or in part; the caption formatted). */
const CSV_NAME = `cells${RLO}vsc.csv`;
const CSV_CELL = `Harbour ${RLO}spoke.`;
const CSV_COLUMN = `note${RLO}s`;
const HOSTILE = [CSV_NAME, CSV_CELL, CSV_COLUMN, `${BIDI_LABEL} and ${RLO}spoofed words`, BIDI_FILE_NAME, BIDI_LABEL, BIDI_OTHER_LABEL, BIDI_TITLE, BIDI_SOURCE, BIDI_SENTENCE, BIDI_CAPTION, BIDI_STORY_TITLE, `${RLO}knab`, `${RLO}A description`, `${BIDI_LABEL} wrote to ${BIDI_OTHER_LABEL} on 3 June 2025.`];

beforeAll(async () => {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  page = app.page;
  await page.goto(app.url);
  await page.waitForSelector(SETTLED, { timeout: 30_000 });
});

/**
 * Texts on the page holding a bidi control that is not isolated from the words around it, each as
 * "<element>: <text of the nearest isolating box>". Runs in the page.
 */
function unisolated(hostile: string[]): Promise<string[]> {
  return page.evaluate((strings) => {
    const CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
    /** The text with its balanced isolates (FSI/LRI/RLI … PDI) taken out. */
    const outsideIsolates = (text: string): string => {
      let out = '';
      let depth = 0;
      for (const c of text) {
        if (c === '\u2066' || c === '\u2067' || c === '\u2068') depth += 1;
        else if (c === '\u2069' && depth > 0) depth -= 1;
        else if (depth === 0) out += c;
      }
      return depth === 0 ? out : text;
    };
    const isolating = (el: Element): boolean => {
      if (el.localName === 'bdi') return true;
      const style = getComputedStyle(el);
      // A block (or an atomic inline such as inline-block) is a bidi paragraph or unit of its own.
      return /isolate|plaintext/.test(style.unicodeBidi) || (style.display !== 'inline' && style.display !== 'contents');
    };
    /** A piece of one of the strangers' strings (a long one may be cut with "…"). */
    const onlyTheirs = (text: string): boolean => {
      const t = text.trim().replace(/…$/, '');
      return t.length > 0 && strings.some((s) => s.includes(t));
    };
    const problems: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!CONTROL.test(text) || !CONTROL.test(outsideIsolates(text))) continue;
      let box = node.parentElement;
      while (box && !isolating(box)) box = box.parentElement;
      const boxText = box?.textContent ?? '';
      if (!box || !onlyTheirs(boxText)) problems.push(`${node.parentElement?.localName}.${node.parentElement?.className}: ${boxText.slice(0, 120)}`);
    }
    return problems;
  }, hostile);
}

/** Opens nothing; checks the page as it is now and names the surface in the failure. */
async function expectIsolated(surface: string): Promise<void> {
  await page.screenshot({ path: join(OUTPUT_DIR, `bidi-${surface}.png`) });
  expect({ surface, unisolated: await unisolated(HOSTILE) }).toEqual({ surface, unisolated: [] });
}

async function showView(view: 'graph' | 'table'): Promise<void> {
  await page.locator(`[data-testid="view-switch"] button[data-view="${view}"]`).first().click();
  if (view === 'table') await page.locator('[data-testid="relations-table"]').waitFor();
  else await page.locator('[data-testid="relations-table"]').waitFor({ state: 'detached' });
}

describe('bidirectional controls in names, titles and sentences', () => {
  it('the import under a hostile file name: notices and Loaded data keep the app’s words in order', async () => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid="import-button"]')]);
    await chooser.setFiles({ name: BIDI_FILE_NAME, mimeType: 'application/json', buffer: Buffer.from(bidiJson()) });
    await page.locator(SOURCE).waitFor();
    await page.waitForSelector(SETTLED, { timeout: 30_000 });
    const notice = page.locator('[data-testid="notices"] .notice span', { hasText: 'Imported report' });
    expect(await notice.textContent()).toContain(`Imported ${BIDI_FILE_NAME}: 2 actors, 1 relation.`);
    // The file name sits in its own isolate inside the notice.
    expect(await notice.locator('bdi').allTextContents()).toContain(BIDI_FILE_NAME);
    await expectIsolated('1-imported');
  });

  it('the canvas draws the names without the override (the panels show them as written, below)', async () => {
    const labels = await page.evaluate(() => {
      const { sigma } = window.__dramatis!;
      return ['bank', 'harbour'].map((n) => sigma.getNodeDisplayData(n)?.label ?? null);
    });
    expect(labels).toEqual(['Bank of cod.exe', 'Harbour licnuoC']);
  });

  it('search results, the actor’s panel, the table, the relation’s panel and the source reader isolate them', async () => {
    const box = page.getByRole('combobox', { name: 'Search actors' });
    await box.fill('Bank of');
    const option = page.locator('.actor-option').first();
    await option.waitFor();
    await expectIsolated('2-search');
    await option.click();
    await expect.poll(() => page.locator('[data-testid="node-panel"] .panel-title').textContent()).toBe(BIDI_LABEL);
    await box.fill('');
    await expectIsolated('3-node-panel');
    // A curation dialog's title names the actor inside the app's words.
    await page.click('[data-testid="rename-actor-open"]');
    const rename = page.locator('[data-testid="rename-actor"]');
    await rename.waitFor();
    expect(await rename.locator('h2 bdi').textContent()).toBe(BIDI_LABEL);
    await expectIsolated('3-rename-dialog');
    await page.keyboard.press('Escape');
    await rename.waitFor({ state: 'hidden' });

    await showView('table');
    await page.locator('[data-testid="relations-table"] tbody tr', { hasText: 'Bank of' }).first().waitFor();
    await expectIsolated('4-table');
    await page.locator('[data-testid="relations-table"] tbody tr', { hasText: 'Bank of' }).first().click();
    await showView('graph');
    const card = page.locator('[data-testid="edge-panel"] li.event-card').first();
    await card.waitFor();
    expect(await card.textContent()).toContain(BIDI_SENTENCE);
    await expectIsolated('5-edge-panel');

    await card.locator('[data-testid="open-in-article"]').click();
    const reader = page.locator('[data-testid="reader"]');
    await reader.waitFor();
    expect(await reader.textContent()).toContain(BIDI_TITLE);
    await expectIsolated('6-reader');
    await reader.locator('.panel-close').first().click();
    await reader.waitFor({ state: 'detached' });
  });

  it('the story panel shows the story’s title and caption isolated', async () => {
    await page.click('[data-testid="story-toggle"]');
    await page.locator('[data-testid="story-panel"]').waitFor();
    await page.locator('[data-testid="story-select"]').selectOption('bidi-story');
    await page.locator('[data-testid="story-step"] .caption').first().waitFor();
    await expectIsolated('7-story');
    await page.click('[data-testid="story-toggle"]');
  });

  it('a CSV whose file name, column name and cells hold overrides: the mapping dialog isolates them', async () => {
    const csv = `source,target,evidence,${CSV_COLUMN}\nbank,harbour,${CSV_CELL},${CSV_CELL}\n`;
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid="import-button"]')]);
    await chooser.setFiles({ name: CSV_NAME, mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const dialog = page.locator('[data-testid="csv-mapping"]');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.locator('[data-testid="csv-preview"]').textContent()).toContain(CSV_CELL);
    await expectIsolated('9-csv-mapping');
    await dialog.locator('[data-testid="csv-import"]').click();
    await expect.poll(() => page.locator('[data-testid="loaded-sources"]').textContent()).toContain(CSV_NAME);
    await page.waitForSelector(SETTLED, { timeout: 30_000 });
    await expectIsolated('10-csv-imported');
  });

  it('an SVG export draws labels without the override and isolates the names in its caption', async () => {
    await page.click('[data-testid="export-open"]');
    await page.locator('[data-testid="export-dialog"]').waitFor();
    await page.click('[data-testid="export-format-svg"]');
    await page.locator('[data-testid="export-title"]').fill(`Title ${RLO}eltit`);
    await expectIsolated('8-export-dialog');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-download"]')]);
    const path = join(OUTPUT_DIR, 'bidi-export.svg');
    await download.saveAs(path);
    await page.click('[data-testid="export-close"]');
    const svg = readFileSync(path, 'utf8');
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(texts).toContain('Bank of cod.exe');
    // Every override left in the picture is inside an isolate of its own.
    const loose = texts.filter((t) => /[\u202A-\u202E]/.test(t.replace(/\u2068[^\u2068\u2069]*\u2069/g, '')));
    expect(loose).toEqual([]);
  });
});

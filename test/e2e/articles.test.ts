// Browser test: analysts bring their own articles. A pasted article joins the graph (a dictionary
// actor and a new one) and Loaded data; the same text again is refused; German text is warned
// about; an HTML file dropped with a graph file next to it opens the dialog (the graph file still
// imports) and its script, onerror and javascript: link never run; Cancel stops the worker and
// changes nothing; removing the article takes its new actor away.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedDramatisGraph } from '../../src/domain/contract';
import { PROJECT_ROOT, TEST_DIST } from './harness';
import { useAppPage } from './appPage';
import { queuedTasksRun, stageAtRest } from './pageStates';

const OUTPUT_DIR = join(PROJECT_ROOT, 'test-output');
const STAGE = '[data-testid="graph-stage"]';
const SETTLED = `${STAGE}[data-layout="settled"]`;
const DIALOG = '[data-testid="article-dialog"]';
const VIEWPORT = { width: 1440, height: 900 };

const app = useAppPage({ timeout: 15_000, viewport: VIEWPORT });
let page: Page;
let seedGraph: SerializedDramatisGraph;
const closedWorkers: string[] = [];

/** An invented report: Iran is in the dictionary, the Zorblat Front is in no list. */
const ARTICLE = [
  'Zorblat Front threatens Turkey after convoy attack',
  'The Zorblat Front attacked a United Nations aid convoy near the town of Vesk on Monday, killing two drivers, local officials said.',
  'Iran condemned the Zorblat Front on Tuesday and called for an international inquiry into the attack.',
  'The Zorblat Front threatened Turkey with further attacks if Ankara kept its troops in the region.',
].join('\n');

const GERMAN = [
  'Grenzstreit zwischen Nachbarn',
  'Die Regierung hat dem Nachbarland am Dienstag vorgeworfen, Truppen an der gemeinsamen Grenze zusammenzuziehen. ' +
    'Das Verteidigungsministerium wies die Vorwürfe zurück, und die Vereinten Nationen riefen beide Seiten zu Gesprächen in Genf auf.',
].join('\n');

/** A page that tries to run code three ways; its title carries markup that must stay text. */
const HOSTILE_PAGE = `<!doctype html><html><head>
<title>Port shelling | Meridian Post</title>
<meta property="og:title" content="Port shelling &lt;img src=x onerror=&quot;window.__articleCodeRan=1&quot;&gt; row">
<meta property="og:site_name" content="Meridian Post">
<meta property="article:published_time" content="2026-03-08T10:00:00Z">
<script>window.__articleCodeRan = 1; document.title = 'pwned';</script>
</head><body>
<nav>Home · World · Sport</nav>
<article>
<p>Russia accused Ukraine of shelling a grain port on Sunday, and China urged both sides to show restraint.</p>
<img src="x" onerror="window.__articleCodeRan = 1">
<p>Officials called the report a &lt;b&gt;fabrication&lt;/b&gt; and <a href="javascript:window.__articleCodeRan=1">denied it</a>.</p>
</article>
</body></html>`;

const TINY_GRAPH = JSON.stringify({
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  attributes: {},
  nodes: [
    { key: 'vesk-council', attributes: { label: 'Vesk Council', kind: 'organization' } },
    { key: 'ostra-league', attributes: { label: 'Ostra League', kind: 'group' } },
  ],
  edges: [{ key: 'v1', source: 'ostra-league', target: 'vesk-council', attributes: { relation: 'protest', date: '2026-03-01' } }],
});

beforeAll(async () => {
  seedGraph = JSON.parse(readFileSync(join(PROJECT_ROOT, TEST_DIST, 'graph/default-graph.json'), 'utf8')) as SerializedDramatisGraph;
  mkdirSync(OUTPUT_DIR, { recursive: true });
  page = app.page;
  page.on('worker', (w) => w.on('close', () => closedWorkers.push(w.url())));
  await page.goto(app.url);
  await page.waitForSelector(SETTLED, { timeout: 30_000 });
});

function nextFrames(): Promise<unknown> {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function shot(name: string): Promise<void> {
  await nextFrames();
  await page.screenshot({ path: join(OUTPUT_DIR, `articles-${name}.png`) });
}

interface State {
  order: number;
  size: number;
  sources: string[];
}

async function state(): Promise<State> {
  return {
    ...(await page.evaluate(() => ({ order: window.__dramatis!.graph.order, size: window.__dramatis!.graph.size }))),
    sources: await page.$$eval('[data-testid="loaded-sources"] .source-item', (items) => items.map((i) => i.getAttribute('data-source-label') ?? '')),
  };
}

function hasActor(id: string): Promise<boolean> {
  return page.evaluate((n) => window.__dramatis!.graph.hasNode(n), id);
}

function notices(): Promise<string[]> {
  return page.$$eval('[data-testid="notices"] .notice span', (spans) => spans.map((s) => s.textContent ?? ''));
}

async function dismissNotices(): Promise<void> {
  while ((await page.$$('[data-testid="notices"] .notice button')).length > 0) await page.click('[data-testid="notices"] .notice button');
  await stageAtRest(page, 30_000);
}

/** Drops files on the graph stage as a person dragging them from a file manager would. */
async function dropFiles(files: { name: string; type: string; text: string }[]): Promise<void> {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: f.type }));
    const stage = document.querySelector('[data-testid="graph-stage"]')!;
    stage.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: dt }));
    stage.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
  }, files);
}

async function pasteAndContinue(text: string): Promise<void> {
  await page.click('[data-testid="add-article-button"]');
  await page.locator(`${DIALOG} [data-testid="article-text"]`).fill(text);
  await page.click('[data-testid="article-continue"]');
  await page.locator('[data-testid="article-preview"]').waitFor();
}

describe('adding articles', () => {
  let seed: State;

  it('reads a pasted article in a worker and adds its actors, known and new, to the graph and to Loaded data', async () => {
    seed = await state();
    expect(await hasActor('zorblat-front')).toBe(false);
    await pasteAndContinue(ARTICLE);
    const title = page.locator('[data-testid="article-field-title"]');
    expect(await title.locator('input').inputValue()).toBe('Zorblat Front threatens Turkey after convoy attack');
    expect(await title.locator('[data-testid="article-origin"]').textContent()).toBe(' — from the first line');
    await page.locator('[data-testid="article-field-published"] input').fill('2026-03-03');
    await page.locator('[data-testid="article-field-source"] input').fill('Invented Wire');
    await shot('1-dialog-details');

    await page.click('[data-testid="article-extract"]');
    await page.locator(DIALOG).waitFor({ state: 'hidden', timeout: 60_000 });
    await page.waitForSelector('[data-testid="loaded-sources"] [data-source-label="Zorblat Front threatens Turkey after convoy attack"]');
    await page.waitForSelector(SETTLED, { timeout: 30_000 });

    expect(await hasActor('zorblat-front')).toBe(true);
    expect(await hasActor('iran')).toBe(true);
    const after = await state();
    expect(after.order).toBeGreaterThan(seed.order);
    expect(after.size).toBeGreaterThan(seed.size);
    expect(after.sources).toHaveLength(seed.sources.length + 1);
    const added = (await notices()).find((n) => n.startsWith('Added "Zorblat Front threatens Turkey after convoy attack"'));
    expect(added).toMatch(/: \d+ actors \([1-9]\d* new\), [1-9]\d* relations?\./);
    const counts = await page.textContent('[data-testid="loaded-sources"] [data-source-label^="Zorblat"] [data-testid="source-counts"]');
    expect(counts).toMatch(/^\d+ actors · [1-9]\d* relations?$/);
    // The new actor can be found by name.
    const zorblat = await page.evaluate(() => window.__dramatis!.graph.getNodeAttribute('zorblat-front', 'label'));
    expect(zorblat).toBe('Zorblat Front');
    await dismissNotices();
    await shot('2-graph-after-adding');
  }, 90_000);

  it('refuses the same text again, even with other spacing and case, and changes nothing', async () => {
    const before = await state();
    await pasteAndContinue(`  ${ARTICLE.replace(/ /g, '   ').replace('Iran condemned', 'IRAN CONDEMNED')}\n\n`);
    const duplicate = page.locator('[data-testid="article-duplicate"]');
    expect(await duplicate.textContent()).toBe('This text is already loaded as "Zorblat Front threatens Turkey after convoy attack"; it is not added a second time.');
    expect(await page.isDisabled('[data-testid="article-extract"]')).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator(DIALOG).waitFor({ state: 'hidden' });
    expect(await state()).toEqual(before);
  });

  it('refuses a seed corpus article pasted again, naming it', async () => {
    const before = await state();
    const doc = seedGraph.attributes.documents[0]!;
    await page.click('[data-testid="add-article-button"]');
    // Set at once: the seed article is long enough that typing it would dominate the test.
    await page.locator(`${DIALOG} [data-testid="article-text"]`).evaluate((el, text) => {
      const area = el as HTMLTextAreaElement;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, text);
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, `${doc.title}\n${doc.body}`);
    await page.click('[data-testid="article-continue"]');
    expect(await page.textContent('[data-testid="article-duplicate"]')).toContain(`already loaded as "${doc.title}" (`);
    expect(await page.isDisabled('[data-testid="article-extract"]')).toBe(true);
    await page.click('[data-testid="article-close"]');
    await page.locator(DIALOG).waitFor({ state: 'hidden' });
    expect(await state()).toEqual(before);
  });

  it('takes front matter defaults from a chosen Markdown file, and queues several dropped files', async () => {
    await page.click('[data-testid="add-article-button"]');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid="article-choose"]')]);
    const md = '---\ntitle: Harbour talks\npublished: 2026-02-20\nsource: Harbour Wire\nurl: javascript:alert(1)\n---\nNorway hosted talks on Friday.\n';
    await chooser.setFiles({ name: 'harbour.md', mimeType: 'text/markdown', buffer: Buffer.from(md) });
    await page.locator('[data-testid="article-preview"]').waitFor();
    expect(await page.locator('[data-testid="article-field-title"] input').inputValue()).toBe('Harbour talks');
    expect(await page.textContent('[data-testid="article-field-title"] [data-testid="article-origin"]')).toBe(' — from front matter');
    expect(await page.textContent('[data-testid="article-field-published"] [data-testid="article-origin"]')).toBe(' — from front matter');
    expect(await page.locator('[data-testid="article-field-url"] input').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await page.locator(DIALOG).waitFor({ state: 'hidden' });

    await dropFiles([
      { name: 'first.txt', type: 'text/plain', text: 'First note\nNorway hosted talks on Friday.' },
      { name: 'second.txt', type: 'text/plain', text: 'Second note\nSweden hosted talks on Saturday.' },
    ]);
    await page.locator('[data-testid="article-preview"]').waitFor();
    expect(await page.locator('[data-testid="article-field-title"] input').inputValue()).toBe('First note');
    expect(await page.textContent(`${DIALOG} .article-lead`)).toBe('From first.txt. 1 more file waits after this one.');
    await page.click('[data-testid="article-back"]');
    // The next file replaces the first on the next render: wait for it rather than read at once.
    await expect.poll(() => page.locator('[data-testid="article-field-title"] input').inputValue()).toBe('Second note');
    await expect.poll(() => page.textContent(`${DIALOG} .article-lead`)).toBe('From second.txt. ');
    await page.keyboard.press('Escape');
    await page.locator(DIALOG).waitFor({ state: 'hidden' });
  });

  it('warns before reading German text, and Escape closes the dialog with focus back on the button', async () => {
    await pasteAndContinue(GERMAN);
    const warning = page.locator('[data-testid="article-language"]');
    expect(await warning.textContent()).toContain('This looks like German; Dramatis reads English');
    expect(await page.isDisabled('[data-testid="article-extract"]')).toBe(true);
    await page.check('[data-testid="article-language-confirm"]');
    expect(await page.isDisabled('[data-testid="article-extract"]')).toBe(false);
    await shot('3-german-warning');
    await page.keyboard.press('Escape');
    await page.locator(DIALOG).waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('add-article-button');
  });

  it('says what is wrong with empty input and keeps the dialog open', async () => {
    await page.click('[data-testid="add-article-button"]');
    await page.locator(`${DIALOG} [data-testid="article-text"]`).fill('   \n  ');
    await page.click('[data-testid="article-continue"]');
    expect(await page.textContent('[data-testid="article-message"]')).toBe('The pasted text is empty: there is no text to read.');
    await page.keyboard.press('Escape');
    await page.locator(DIALOG).waitFor({ state: 'hidden' });
  });

  it('opens a dropped HTML file in the dialog (a graph file dropped with it imports), and nothing in the page ever runs', async () => {
    const before = await state();
    await dropFiles([
      { name: 'port-shelling.html', type: 'text/html', text: HOSTILE_PAGE },
      { name: 'vesk.json', type: 'application/json', text: TINY_GRAPH },
    ]);
    await page.locator('[data-testid="article-preview"]').waitFor();
    await page.waitForSelector('[data-testid="loaded-sources"] [data-source-label="vesk.json"]');
    const title = page.locator('[data-testid="article-field-title"]');
    expect(await title.locator('input').inputValue()).toBe('Port shelling <img src=x onerror="window.__articleCodeRan=1"> row');
    expect(await title.locator('[data-testid="article-origin"]').textContent()).toBe(' — from the page');
    expect(await page.locator('[data-testid="article-field-published"] input').inputValue()).toBe('2026-03-08T10:00');
    expect(await page.locator('[data-testid="article-field-source"] input').inputValue()).toBe('Meridian Post');
    const preview = (await page.textContent('[data-testid="article-preview"]')) ?? '';
    expect(preview).toContain('Officials called the report a <b>fabrication</b> and denied it.');
    expect(preview).not.toContain('Home');
    await shot('4-html-dialog');

    await page.click('[data-testid="article-extract"]');
    await page.locator(DIALOG).waitFor({ state: 'hidden', timeout: 60_000 });
    await page.waitForSelector('[data-testid="loaded-sources"] [data-source-label^="Port shelling"]');
    await page.waitForSelector(SETTLED, { timeout: 30_000 });
    expect((await state()).sources).toHaveLength(before.sources.length + 2);

    // Open the article in the reader from one of its relations in the table.
    await page.click('[data-testid="view-switch"] button[data-view="table"]');
    const row = page.locator('[data-testid="relation-row"][data-edge*=":port-shelling:"]').first();
    await row.scrollIntoViewIfNeeded();
    await row.click();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="reader"]').waitFor();
    const readerText = (await page.textContent('[data-testid="reader"]')) ?? '';
    expect(readerText).toContain('<img src=x onerror="window.__articleCodeRan=1">');
    expect(readerText).toContain('Officials called the report a <b>fabrication</b> and denied it.');
    expect(await page.$$('[data-testid="reader"] img, [data-testid="reader"] b, [data-testid="reader"] script, [data-testid="reader"] a[href^="javascript"]')).toHaveLength(0);
    await shot('5-reader-html-article');
    await page.keyboard.press('Escape');
    await page.click('[data-testid="view-switch"] button[data-view="graph"]');

    expect(await page.evaluate(() => (window as unknown as { __articleCodeRan?: number }).__articleCodeRan)).toBeUndefined();
    expect(await page.title()).not.toBe('pwned');
    await dismissNotices();
  }, 90_000);

  it('Cancel during extraction stops the worker and leaves the graph as it was', async () => {
    const before = await state();
    // A long text (10,000 sentences, many seconds of work), so the worker is busy when Cancel is pressed.
    const sentences = Array.from({ length: 10_000 }, (_, i) => `Iran condemned the Zorblat Front on day ${i + 1} and Turkey warned the group of consequences in statement number ${i + 1}.`);
    // Dropped as a file: typing 300 KB into a textarea takes Chromium longer than reading it.
    await dropFiles([{ name: 'chronicle.txt', type: 'text/plain', text: `Long chronicle\n${sentences.join('\n')}` }]);
    await page.locator('[data-testid="article-preview"]').waitFor();
    await page.locator('[data-testid="article-field-published"] input').fill('2026-03-10');
    const readersClosed = () => closedWorkers.filter((url) => url.includes('extractionWorker')).length;
    const closedBefore = readersClosed();
    await page.click('[data-testid="article-extract"]');
    await page.waitForSelector('[data-testid="article-progress"]:is([data-phase="splitting"], [data-phase="reading"])', { timeout: 60_000 });
    await page.click('[data-testid="article-cancel"]');
    await page.locator('[data-testid="article-progress"]').waitFor({ state: 'detached' });
    await expect.poll(readersClosed, { timeout: 5_000 }).toBeGreaterThan(closedBefore);
    // Nothing arrives later either: the worker is gone, and what it had sent is handled by now.
    await queuedTasksRun(page);
    expect(await state()).toEqual(before);
    expect(await page.isVisible(DIALOG)).toBe(true);
    await page.click('[data-testid="article-close"]');
    await page.locator(DIALOG).waitFor({ state: 'hidden' });
    expect(await state()).toEqual(before);
  }, 90_000);

  it('reads the next article in a new worker after a Cancel, and says so when it finds no relation', async () => {
    const before = await state();
    await pasteAndContinue('Talks resume\nDiplomats from Norway gathered in Oslo on Friday for a quiet dinner.');
    await page.locator('[data-testid="article-field-published"] input').fill('2026-03-12');
    await page.click('[data-testid="article-extract"]');
    await page.locator(DIALOG).waitFor({ state: 'hidden', timeout: 60_000 });
    await page.waitForSelector('[data-testid="loaded-sources"] [data-source-label="Talks resume"]');
    expect((await state()).sources).toHaveLength(before.sources.length + 1);
    // An article without relations is added and says so plainly.
    expect((await notices()).find((n) => n.startsWith('Added "Talks resume"'))).toMatch(/No relation between actors was found in it/);
    await page.waitForSelector(SETTLED, { timeout: 30_000 });
    await dismissNotices();
  }, 90_000);

  it('removing the article takes its new actor away again', async () => {
    await page.click('[data-testid="loaded-sources"] [data-source-label^="Zorblat"] .source-remove');
    await page.waitForSelector(SETTLED, { timeout: 30_000 });
    expect(await hasActor('zorblat-front')).toBe(false);
    expect(await hasActor('iran')).toBe(true);
    expect((await notices()).some((n) => n.startsWith('Removed the article "Zorblat Front threatens Turkey after convoy attack"'))).toBe(true);
    await shot('7-after-removal');
  });
});

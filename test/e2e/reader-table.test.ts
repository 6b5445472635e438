// Browser test: the relations table (the canvas's accessible alternative) and the source reader.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedDramatisGraph, SerializedEdge } from '../../src/domain/contract';
import { PROJECT_ROOT, TEST_DIST } from './harness';
import { useAppPage } from './appPage';

const OUTPUT_DIR = join(PROJECT_ROOT, 'test-output');
const STAGE = '[data-testid="graph-stage"]';
const TABLE = '[data-testid="relations-table"]';
const ROWS = `${TABLE} tbody tr[data-edge]`;
const READER = '[data-testid="reader"]';
const VIEWPORT = { width: 1440, height: 900 };

const app = useAppPage({ timeout: 8_000, viewport: VIEWPORT });
let page: Page;
let data: SerializedDramatisGraph;

beforeAll(async () => {
  // dist/ is built once by test/e2e/globalSetup.ts.
  data = JSON.parse(readFileSync(join(PROJECT_ROOT, TEST_DIST, 'graph/default-graph.json'), 'utf8')) as SerializedDramatisGraph;
  mkdirSync(OUTPUT_DIR, { recursive: true });
  page = app.page;
  await page.goto(app.url);
  await page.waitForSelector(`${STAGE}[data-layout="settled"]`, { timeout: 20_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
});

/** Edges sigma draws: all of them unless a filter hides some. */
function visibleEdgeCount(): Promise<number> {
  return page.evaluate(() => {
    return window.__dramatis!.drawnEvents().length;
  });
}

function rowAttribute(name: string): Promise<string[]> {
  return page.locator(ROWS).evaluateAll((rows, n) => rows.map((r) => r.getAttribute(n) ?? ''), name);
}

function focusedEdge(): Promise<string | null> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.edge ?? null);
}

const isSorted = (values: string[], direction: 1 | -1) => values.every((v, i) => i === 0 || direction * values[i - 1]!.localeCompare(v) <= 0);

async function showView(view: 'graph' | 'table'): Promise<void> {
  await page.locator(`[data-testid="view-switch"] button[data-view="${view}"]`).first().click();
  if (view === 'table') await page.locator(TABLE).waitFor();
  else await page.locator(TABLE).waitFor({ state: 'detached' });
}

/** `inner` lies vertically inside the visible part of the scrolling `outer` (page coordinates). */
async function inside(inner: string, outer: string): Promise<{ inner: unknown; outer: unknown; ok: boolean }> {
  const a = await page.locator(inner).first().boundingBox();
  const b = await page.locator(outer).first().boundingBox();
  const ok = !!a && !!b && a.height > 0 && a.y >= b.y - 1 && a.y + a.height <= b.y + b.height + 1;
  return { inner: a, outer: b, ok };
}

describe('relations table', () => {
  it('lists every visible relation over the still-mounted graph, with an exact count caption', async () => {
    await page.evaluate(() => Object.defineProperty(window, '__sigmaBeforeTable', { value: window.__dramatis!.sigma, configurable: true }));
    await showView('table');
    const visible = await visibleEdgeCount();
    expect(visible).toBe(data.edges.length);
    await expect(page.locator(`${TABLE} caption`).textContent()).resolves.toBe(`${visible} relations`);
    expect(await page.locator(ROWS).count()).toBe(visible);
    expect(new Set(await rowAttribute('data-edge'))).toEqual(new Set(data.edges.map((e) => e.key)));

    const headers = page.locator(`${TABLE} thead th`);
    await expect(headers.allTextContents()).resolves.toEqual(['Source▲', 'Relation▲', 'Target▲', 'Date▲', 'Modality▲', 'Document▲', 'Evidence▲']);
    expect(await headers.evaluateAll((ths) => ths.map((th) => th.getAttribute('scope')))).toEqual(Array(7).fill('col'));
    expect(await page.locator(`${TABLE} th[aria-sort]`).count()).toBe(1);
    await expect(page.locator(`${TABLE} th[aria-sort]`).textContent()).resolves.toMatch(/^Date/);
    expect(await page.locator(`${TABLE} th[aria-sort]`).getAttribute('aria-sort')).toBe('ascending');
    // Relations are coloured like the graph's edges.
    const colour = await page.locator(`${ROWS} .relation-tag`).first().evaluate((el) => getComputedStyle(el).color);
    expect(colour).not.toBe('rgb(31, 36, 48)');

    // The graph is hidden, not unmounted: same renderer, still in the page.
    const sameSigma = await page.evaluate(() => (window as unknown as { __sigmaBeforeTable: unknown }).__sigmaBeforeTable === window.__dramatis?.sigma);
    expect(sameSigma).toBe(true);
    expect(await page.locator(STAGE).count()).toBe(1);
    await page.screenshot({ path: join(OUTPUT_DIR, 'table-initial.png') });
  });

  it('sorts by a column when its header is clicked', async () => {
    const date = page.locator(`${TABLE} th.col-date`);
    await date.locator('button').click();
    expect(await date.getAttribute('aria-sort')).toBe('descending');
    expect(isSorted(await rowAttribute('data-date'), -1), 'dates descending').toBe(true);
    await page.screenshot({ path: join(OUTPUT_DIR, 'table-sorted-date-desc.png') });

    await date.locator('button').click();
    expect(await date.getAttribute('aria-sort')).toBe('ascending');
    const dates = await rowAttribute('data-date');
    expect(isSorted(dates, 1), 'dates ascending').toBe(true);
    expect(new Set(dates).size, 'the corpus has several dates').toBeGreaterThan(2);

    await page.locator(`${TABLE} th.col-source button`).click();
    expect(await page.locator(`${TABLE} th.col-source`).getAttribute('aria-sort')).toBe('ascending');
    expect(await date.getAttribute('aria-sort')).toBeNull();
    const sources = await page.locator(`${ROWS} td.col-source`).allTextContents();
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    expect(sources).toEqual([...sources].sort(collator.compare));

    await date.locator('button').click();
    expect(await date.getAttribute('aria-sort')).toBe('ascending');
  });

  it('moves the focused row with the arrow keys, and Enter selects its relation', async () => {
    const order = await rowAttribute('data-edge');
    expect(await page.locator(`${ROWS}[tabindex="0"]`).count(), 'one row in the tab order').toBe(1);
    await page.locator(`${ROWS}[tabindex="0"]`).focus();
    expect(await focusedEdge()).toBe(order[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focusedEdge()).toBe(order[1]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedEdge()).toBe(order[3]);
    await page.keyboard.press('ArrowUp');
    expect(await focusedEdge()).toBe(order[2]);
    expect(await page.locator(`${ROWS}[tabindex="0"]`).getAttribute('data-edge')).toBe(order[2]);

    await page.keyboard.press('Enter');
    const panel = page.locator('[data-testid="edge-panel"]');
    await panel.waitFor();
    expect(await panel.locator('.event-card.selected').getAttribute('data-edge')).toBe(order[2]);
    expect(await page.locator(`${ROWS}[aria-current="true"]`).getAttribute('data-edge')).toBe(order[2]);
    expect(await focusedEdge(), 'focus stays on the row').toBe(order[2]);
    await page.screenshot({ path: join(OUTPUT_DIR, 'table-selected.png') });

    // Enter on the selected row opens its article; Escape closes it and gives focus back to the row.
    await page.keyboard.press('Enter');
    await page.locator(READER).waitFor();
    const row = data.edges.find((e) => e.key === order[2])!;
    await expect(page.locator('[data-testid="reader-evidence"]').textContent()).resolves.toBe(row.attributes.evidence.text);
    await page.keyboard.press('Escape');
    await page.locator(READER).waitFor({ state: 'detached' });
    expect(await focusedEdge()).toBe(order[2]);
    expect(await panel.isVisible()).toBe(true);

    await page.keyboard.press('End');
    expect(await focusedEdge()).toBe(order[order.length - 1]);
    const last = await inside(`${ROWS}[data-edge="${order[order.length - 1]}"]`, '.relations-scroll');
    expect(last.ok, JSON.stringify(last)).toBe(true);
    await page.keyboard.press('Home');
    expect(await focusedEdge()).toBe(order[0]);
  });

  it('follows a selection made elsewhere', async () => {
    // The panel's actor link selects an actor: its rows are marked.
    const actor = await page.locator('[data-testid="edge-panel"] .pair-title .actor-link').first().textContent();
    await page.locator('[data-testid="edge-panel"] .pair-title .actor-link').first().click();
    await page.locator('[data-testid="node-panel"]').waitFor();
    const involved = await page.locator(`${ROWS}.involved`).evaluateAll((rows) => rows.map((r) => `${r.children[0]!.textContent}|${r.children[2]!.textContent}`));
    expect(involved.length).toBeGreaterThan(0);
    for (const pair of involved) expect(pair.split('|')).toContain(actor);

    // A relation chosen in the actor's panel becomes the table's selected, scrolled-to row.
    const entry = page.locator('[data-testid="node-panel"] .event-open').last();
    await entry.click();
    const edge = await page.locator('[data-testid="edge-panel"] .event-card.selected').getAttribute('data-edge');
    await page.locator(`${ROWS}[aria-current="true"][data-edge="${edge}"]`).waitFor();
    const shown = await inside(`${ROWS}[data-edge="${edge}"]`, '.relations-scroll');
    expect(shown.ok, JSON.stringify(shown)).toBe(true);
  });
});

describe('source reader', () => {
  /** The event whose sentence sits deepest in its article, so the reader must scroll to it. */
  function deepestEvent(): SerializedEdge {
    return [...data.edges].sort((a, b) => b.attributes.evidence.start - a.attributes.evidence.start)[0]!;
  }

  async function openFromTable(edge: string): Promise<void> {
    await page.locator(`${ROWS}[data-edge="${edge}"]`).click();
    const card = page.locator(`[data-testid="edge-panel"] .event-card[data-edge="${edge}"]`);
    await card.waitFor();
    await card.locator('[data-testid="open-in-article"]').click();
    await page.locator(READER).waitFor();
  }

  it('opens the article on the evidence sentence, highlighted and scrolled into view', async () => {
    const target = deepestEvent();
    const doc = data.attributes.documents.find((d) => d.id === target.attributes.doc)!;
    await showView('graph');
    await showView('table');
    await openFromTable(target.key);

    await expect(page.locator(`${READER} .reader-title`).textContent()).resolves.toBe(doc.title);
    const meta = (await page.locator('[data-testid="reader-meta"]').textContent()) ?? '';
    if (doc.source) expect(meta).toContain(doc.source);
    expect(meta.includes('inferred')).toBe(doc.publishedInferred && doc.published !== null);

    const highlight = page.locator('[data-testid="reader-evidence"]');
    expect(await highlight.count()).toBe(1);
    await expect(highlight.textContent()).resolves.toBe(target.attributes.evidence.text);
    expect(await page.locator('[data-testid="reader-scroll"]').evaluate((el) => el.scrollTop), 'the reader scrolled').toBeGreaterThan(0);
    const box = await inside('[data-testid="reader-evidence"]', '[data-testid="reader-scroll"]');
    expect(box.ok, JSON.stringify(box)).toBe(true);

    // The whole body is there, as text, with actors marked.
    const text = await page.locator(`${READER} .reader-text`).evaluate((el) => [...el.querySelectorAll('p')].map((p) => p.textContent).join('\n'));
    expect(text.replace(/\s+/g, ' ')).toBe(doc.body.replace(/\s+/g, ' ').trim());
    const mentions = await page.locator(`${READER} .mention`).evaluateAll((els) => els.map((el) => ({ actor: (el as HTMLElement).dataset.actor!, text: el.textContent! })));
    expect(mentions.length).toBeGreaterThan(10);
    for (const m of mentions) {
      const node = data.nodes.find((n) => n.key === m.actor);
      expect(node, m.actor).toBeDefined();
      expect([node!.attributes.label, ...node!.attributes.aliases].some((f) => f.toLowerCase() === m.text.toLowerCase()), `${m.text} names ${m.actor}`).toBe(true);
    }
    await page.screenshot({ path: join(OUTPUT_DIR, 'reader-open-table.png') });
    await showView('graph');
    await page.screenshot({ path: join(OUTPUT_DIR, 'reader-open.png') });
  });

  it('returns to the previous panel, and the opening button, on close or Escape', async () => {
    const target = deepestEvent();
    await page.locator(`${READER} button[aria-label="Close article"]`).click();
    await page.locator(READER).waitFor({ state: 'detached' });
    const panel = page.locator('[data-testid="edge-panel"]');
    expect(await panel.isVisible()).toBe(true);
    expect(await panel.locator('.event-card.selected').getAttribute('data-edge')).toBe(target.key);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('open-in-article');

    await page.keyboard.press('Enter');
    await page.locator(READER).waitFor();
    await page.keyboard.press('Escape');
    await page.locator(READER).waitFor({ state: 'detached' });
    expect(await panel.isVisible(), 'Escape closes the article, not the selection').toBe(true);
  });

  it('selects an actor when its mention is clicked', async () => {
    const target = deepestEvent();
    await page.locator(`[data-testid="edge-panel"] .event-card[data-edge="${target.key}"] [data-testid="open-in-article"]`).click();
    await page.locator(READER).waitFor();
    // A mention of someone other than the two ends of the relation.
    const mention = page.locator(`${READER} .reader-text .mention:not([data-actor="${target.source}"]):not([data-actor="${target.target}"])`).first();
    const actor = (await mention.getAttribute('data-actor'))!;
    const label = data.nodes.find((n) => n.key === actor)!.attributes.label;
    await mention.click();

    await page.waitForFunction((node) => window.__dramatis!.sigma.getNodeDisplayData(node)?.highlighted === true, actor);
    expect(await page.locator(`${READER} .mention.selected`).evaluateAll((els) => [...new Set(els.map((el) => (el as HTMLElement).dataset.actor))])).toEqual([actor]);
    await expect(page.locator('[data-testid="reader-selected"]').textContent()).resolves.toContain(label);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.screenshot({ path: join(OUTPUT_DIR, 'reader-actor.png') });

    await page.locator(`${READER} button[aria-label="Close article"]`).click();
    await expect(page.locator('[data-testid="node-panel"] .panel-title').textContent()).resolves.toBe(label);
  });
});

// Browser test: the analyst corrects the machine. Reject an event (gone from graph, counts and
// table; listed in Edits), undo and redo it, change a relation (badge and colour), add a relation
// from a sentence selected in the reader, merge two actors.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import relationsFile from '../../data/relations.json';
import type { SerializedDramatisGraph, SerializedEdge } from '../../src/domain/contract';
import { PROJECT_ROOT, TEST_DIST } from './harness';
import { useAppPage } from './appPage';

const OUTPUT_DIR = join(PROJECT_ROOT, 'test-output');
const STAGE = '[data-testid="graph-stage"]';
const TABLE = '[data-testid="relations-table"]';
const EDGE_PANEL = '[data-testid="edge-panel"]';
const NODE_PANEL = '[data-testid="node-panel"]';

const app = useAppPage({ timeout: 8_000 });
let page: Page;
let data: SerializedDramatisGraph;

beforeAll(async () => {
  data = JSON.parse(readFileSync(join(PROJECT_ROOT, TEST_DIST, 'graph/default-graph.json'), 'utf8')) as SerializedDramatisGraph;
  mkdirSync(OUTPUT_DIR, { recursive: true });
  page = app.page;
  await page.goto(app.url);
  await page.waitForSelector(`${STAGE}[data-layout="settled"]`, { timeout: 20_000 });
});

const count = async (which: 'relation' | 'actor') => Number(await page.locator(`[data-testid="${which}-count"]`).textContent());
// The stage's view graph follows a changed data graph a few slices after the panels do: poll it.
const viewHasEdge = (edge: string) => page.evaluate((e) => window.__dramatis!.graph.hasEdge(e), edge);
const viewHasNode = (node: string) => page.evaluate((n) => window.__dramatis!.graph.hasNode(n), node);
const card = (edge: string) => page.locator(`${EDGE_PANEL} li.event-card[data-edge="${edge}"]`);

async function showView(view: 'graph' | 'table'): Promise<void> {
  await page.locator(`[data-testid="view-switch"] button[data-view="${view}"]`).first().click();
  if (view === 'table') await page.locator(TABLE).waitFor();
  else await page.locator(TABLE).waitFor({ state: 'detached' });
}

/** Selects a relation the way a keyboard or table user does: from its row in the table. */
async function selectEdge(edge: string): Promise<void> {
  await showView('table');
  await page.locator(`${TABLE} tbody tr[data-edge="${edge}"]`).click();
  await showView('graph');
  await card(edge).waitFor();
}

function edgeWhere(test: (e: SerializedEdge) => boolean): SerializedEdge {
  const found = data.edges.find(test);
  if (!found) throw new Error('the seed graph has no such edge');
  return found;
}

const colorOf = (relation: string) => relationsFile.relations.find((r) => r.id === relation)!.color;

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

describe('curation', () => {
  it('rejects an event: gone from graph, counts and table, listed in Edits; undo brings it back, redo removes it again', async () => {
    const threat = edgeWhere((e) => e.attributes.relation === 'threat');
    const relations = await count('relation');
    expect(relations).toBe(data.edges.length);
    await selectEdge(threat.key);
    await card(threat.key).locator('[data-testid="reject-event"]').click();

    await expect.poll(() => count('relation')).toBe(relations - 1);
    await expect.poll(() => viewHasEdge(threat.key)).toBe(false);
    // The panel stays on the pair, with its other event.
    const pair = data.edges.filter((e) => e.key !== threat.key && [e.source, e.target].sort().join() === [threat.source, threat.target].sort().join());
    await expect.poll(() => page.locator(`${EDGE_PANEL} li.event-card`).count()).toBe(pair.length);
    await showView('table');
    expect(await page.locator(`${TABLE} tbody tr[data-edge="${threat.key}"]`).count()).toBe(0);
    await showView('graph');

    await page.locator('[data-testid="edits-open"]').click();
    const row = page.locator('[data-testid="edits-panel"] [data-testid="edit-row"]').first();
    await expect.poll(() => row.getAttribute('data-status')).toBe('applied');
    expect(await row.locator('.edit-title').textContent()).toMatch(/^Rejected .*threat/);
    expect(await row.locator('.edit-sentence').textContent()).toBe(threat.attributes.evidence.text);
    await page.screenshot({ path: join(OUTPUT_DIR, 'curation-rejected.png') });

    await page.locator('[data-testid="edits-panel"] [data-testid="undo-edit"]').click();
    await expect.poll(() => count('relation')).toBe(relations);
    await expect.poll(() => viewHasEdge(threat.key)).toBe(true);
    expect(await row.getAttribute('data-status')).toBe('undone');

    // Redo from the keyboard, focus on the page (not in an input).
    await page.locator('body').click({ position: { x: 5, y: 890 } });
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => count('relation')).toBe(relations - 1);
    await expect.poll(() => viewHasEdge(threat.key)).toBe(false);
    await page.keyboard.press('Control+z');
    await expect.poll(() => count('relation')).toBe(relations);
    await page.locator('[data-testid="edits-panel"] .panel-close').click();
  });

  it('changes a relation: the event shows the curated badge, the machine’s relation and the new colour', async () => {
    const edge = edgeWhere((e) => e.attributes.relation === 'communication');
    await selectEdge(edge.key);
    // Escape closes the dialog and gives focus back to its button.
    const open = card(edge.key).locator('[data-testid="edit-event-open"]');
    await open.click();
    await page.locator('[data-testid="edit-event"]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="edit-event"]').waitFor({ state: 'detached' });
    await expect.poll(() => open.evaluate((el) => el === document.activeElement)).toBe(true);

    await open.click();
    await page.locator('[data-testid="edit-event-relation"]').selectOption('threat');
    await page.locator('[data-testid="edit-event-save"]').click();
    await page.locator('[data-testid="edit-event"]').waitFor({ state: 'detached' });

    const badge = card(edge.key).locator('[data-testid="edge-curated"]');
    await expect.poll(() => badge.textContent()).toContain('relation changed from communication');
    const tag = card(edge.key).locator('.relation-tag');
    expect(await tag.textContent()).toContain('Threat');
    expect(await tag.evaluate((el) => getComputedStyle(el).color)).toBe(rgb(colorOf('threat')));
    // The stage draws the changed graph in slices after the panels show it.
    const drawn = () => page.evaluate((e) => (window.__dramatis!.graph.getEdgeAttribute(e, 'color') as string).toLowerCase(), edge.key);
    await expect.poll(drawn).toBe(colorOf('threat').toLowerCase());
    await page.screenshot({ path: join(OUTPUT_DIR, 'curation-relation.png') });
  });

  it('adds a relation from words selected in the reader: the evidence is the whole sentence of the article', async () => {
    const edge = edgeWhere((e) => e.attributes.relation === 'mediation');
    const doc = data.attributes.documents.find((d) => d.id === edge.attributes.doc)!;
    await selectEdge(edge.key);
    await card(edge.key).locator('[data-testid="open-in-article"]').click();
    await page.locator('[data-testid="reader"]').waitFor();
    const relations = await count('relation');

    // Select a few words in the middle of the mediation sentence (a text piece of the reader).
    const sentence = edge.attributes.evidence.text;
    const words = sentence.slice(10, 30);
    await page.evaluate((w) => {
      const spans = [...document.querySelectorAll<HTMLElement>('.reader-text [data-offset]')];
      const span = spans.find((s) => (s.textContent ?? '').includes(w))!;
      const text = span.firstChild!;
      const at = (span.textContent ?? '').indexOf(w);
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + w.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    }, words);
    const open = page.locator('[data-testid="add-relation-open"]');
    await expect.poll(() => open.isEnabled()).toBe(true);
    await open.click();
    const dialog = page.locator('[data-testid="add-relation"]');
    await dialog.waitFor({ timeout: 20_000 });
    const shown = await dialog.locator('.curation-subtitle').textContent();
    expect(shown).toBe(sentence);
    expect(doc.body.slice(edge.attributes.evidence.start, edge.attributes.evidence.end)).toBe(shown);

    for (const [picker, name] of [
      ['add-relation-source', 'Israel'],
      ['add-relation-target', 'Lebanon'],
    ] as const) {
      await dialog.locator(`[data-testid="${picker}"] input`).fill(name);
      await dialog.locator(`[data-testid="${picker}"] .actor-picker-hits button`, { hasText: name }).first().click();
      await expect.poll(() => dialog.locator(`[data-testid="${picker}-chosen"]`).textContent()).toBe(name);
    }
    await dialog.locator('[data-testid="add-relation-relation"]').selectOption('appeal');
    expect(await dialog.locator('[data-testid="add-relation-date"]').inputValue()).toBe(doc.published!.slice(0, 10));
    await page.screenshot({ path: join(OUTPUT_DIR, 'curation-add-dialog.png') });
    await dialog.locator('[data-testid="add-relation-save"]').click();

    await expect.poll(() => count('relation')).toBe(relations + 1);
    await page.locator('[data-testid="reader"] .panel-close').first().click();
    const added = page.locator(`${EDGE_PANEL} li.event-card`, { has: page.locator('[data-testid="edge-curated"]', { hasText: 'added by an analyst' }) });
    await added.waitFor();
    expect(await added.locator('.event-headline').textContent()).toMatch(/Israel.*Appeal.*Lebanon/);
    expect((await added.locator('blockquote.evidence').first().textContent())?.includes(sentence.slice(0, 40))).toBe(true);
    const key = await added.getAttribute('data-edge');
    await expect.poll(() => viewHasEdge(key!)).toBe(true);
    await page.screenshot({ path: join(OUTPUT_DIR, 'curation-added.png') });
  });

  it('merges two actors: one keeps its id, the other’s relations move to it and its name becomes an alias', async () => {
    // Say the analyst wants the president and the state as one actor (a country-level view).
    const absorbed = 'donald-trump';
    const keep = 'united-states';
    const between = data.edges.filter((e) => [e.source, e.target].includes(absorbed) && [e.source, e.target].includes(keep)).length;
    const moving = data.edges.filter((e) => e.source === absorbed || e.target === absorbed);
    expect(moving.length).toBeGreaterThan(0);
    const actors = await count('actor');
    const relations = await count('relation');
    expect(between).toBe(1);
    await selectEdge(moving[0]!.key);
    await page.locator(`${EDGE_PANEL} .pair-title .actor-link`, { hasText: 'Donald Trump' }).click();
    await page.locator(NODE_PANEL).waitFor();
    await page.locator('[data-testid="merge-actor-open"]').click();
    const dialog = page.locator('[data-testid="merge-actor"]');
    await dialog.locator('input[type="search"]').fill('United States');
    await dialog.locator('.actor-picker-hits button', { hasText: /^United States/ }).first().click();
    await dialog.locator('label', { hasText: /^\s*United States\s*$/ }).locator('input[type="radio"]').check();
    await dialog.locator('[data-testid="merge-actor-save"]').click();

    await expect.poll(() => count('actor')).toBe(actors - 1);
    expect(await count('relation')).toBe(relations - between);
    await expect.poll(() => viewHasNode(absorbed)).toBe(false);
    expect(await page.locator(`${NODE_PANEL} .panel-title`).textContent()).toBe('United States');
    expect(await page.locator(`${NODE_PANEL} .facts`).textContent()).toContain('Donald Trump');
    expect(await page.locator('[data-testid="node-curated"]').textContent()).toContain('merged');
    const row = page.locator('[data-testid="edits-panel"] [data-testid="edit-row"][data-edit-kind="merge"]');
    await page.locator('[data-testid="edits-open"]').click();
    expect(await row.locator('.edit-status').textContent()).toContain('1 relation between the two actors left the graph');
    const moved = moving.find((e) => ![e.source, e.target].includes(keep))!;
    await expect.poll(() => page.evaluate((e) => window.__dramatis!.graph.extremities(e), moved.key)).toContain(keep);
    await page.screenshot({ path: join(OUTPUT_DIR, 'curation-merged.png') });
  });

  it('splits the merged actor again: the chosen relations and alias go to a new person; renames keep the old name as alias', async () => {
    const trumpEdges = data.edges.filter((e) => e.source === 'donald-trump' && e.target !== 'united-states');
    const actors = await count('actor');
    // The node panel of United States is open from the merge.
    await page.locator('[data-testid="split-actor-open"]').click();
    const dialog = page.locator('[data-testid="split-actor"]');
    await dialog.locator('[data-testid="split-actor-label"]').fill('Donald J. Trump');
    await dialog.locator('[data-testid="split-actor-kind"]').selectOption('person');
    for (const e of trumpEdges) await dialog.locator(`input[data-edge="${e.key}"]`).check();
    await dialog.locator('label', { hasText: /^\s*Donald Trump\s*$/ }).locator('input').check();
    await dialog.locator('[data-testid="split-actor-save"]').click();

    await expect.poll(() => count('actor')).toBe(actors + 1);
    expect(await page.locator(`${NODE_PANEL} .panel-title`).textContent()).toBe('Donald J. Trump');
    expect(await page.locator(`${NODE_PANEL} .kind-line`).textContent()).toMatch(/person/i);
    expect(await page.locator(`${NODE_PANEL} .facts`).textContent()).toContain('Donald Trump');
    expect(await page.locator('[data-testid="node-curated"]').textContent()).toContain('split off from another actor');
    // The stage draws a changed graph in slices after the panels show it: wait for its lines.
    const sources = () => page.evaluate((keys) => [...new Set(keys.map((k) => window.__dramatis!.graph.source(k)))], trumpEdges.map((e) => e.key));
    await expect.poll(async () => (await sources()).join(' ')).toMatch(/^donald-j-trump-\S+$/);

    await page.locator('[data-testid="rename-actor-open"]').click();
    await page.locator('[data-testid="rename-actor-label"]').fill('President Donald J. Trump');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`${NODE_PANEL} .panel-title`).textContent()).toBe('President Donald J. Trump');
    expect(await page.locator(`${NODE_PANEL} .facts`).textContent()).toContain('Donald J. Trump');
    await page.waitForSelector(`${STAGE}[data-layout="settled"]`, { timeout: 20_000 });
    await page.screenshot({ path: join(OUTPUT_DIR, 'curation-split.png') });

    // Undo the rename and the split from the keyboard: the merged actor is back as it was.
    await page.locator('body').click({ position: { x: 5, y: 890 } });
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => count('actor')).toBe(actors);
    await expect.poll(() => page.evaluate((k) => window.__dramatis!.graph.source(k), trumpEdges[0]!.key)).toBe('united-states');
  });
});

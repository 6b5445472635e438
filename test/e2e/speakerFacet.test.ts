// Browser test: the "Attributed to" filter on the seed corpus, as an analyst uses it: the panel
// lists who said what with counts, "only" keeps one speaker's statements, the address bar keeps the
// choice so a shared link reopens it, and an exported picture says the view is filtered by speaker.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedDramatisGraph, SerializedEdge } from '../../src/domain/contract';
import { OUTPUT_DIR, servedGraph, settled, STAGE } from './storyPage';
import { useAppPage } from './appPage';

const SECTION = '[data-testid="filter-speakers"]';
const DIRECT = '_direct';

const app = useAppPage({ timeout: 8_000 });
let page: Page;
let data: SerializedDramatisGraph;

beforeAll(async () => {
  // dist/ is built once by test/e2e/globalSetup.ts.
  data = servedGraph();
  mkdirSync(OUTPUT_DIR, { recursive: true });
  page = app.page;
  await page.goto(app.url);
  await settled(page);
});

const speakerOf = (e: SerializedEdge) => e.attributes.attributedTo ?? DIRECT;
const labelOf = (node: string) => data.nodes.find((n) => n.key === node)!.attributes.label;
const edgeKeys = (keep: (e: SerializedEdge) => boolean) => data.edges.filter(keep).map((e) => e.key).sort();

/** The speaker said to have made the most statements in the seed corpus. */
function busiestSpeaker(): string {
  const counts = new Map<string, number>();
  for (const e of data.edges) if (e.attributes.attributedTo) counts.set(e.attributes.attributedTo, (counts.get(e.attributes.attributedTo) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** Waits until the canvas draws exactly the events in `shown`. */
async function expectDrawn(p: Page, shown: string[]): Promise<void> {
  const drawn = () => p.evaluate(() => window.__dramatis!.drawnEvents());
  await expect.poll(drawn, { timeout: 6_000 }).toEqual(shown);
}

async function rowCount(p: Page, id: string): Promise<number> {
  return Number(await p.locator(`[data-testid="facet-speakers-${id}"] .facet-count`).textContent());
}

describe('"Attributed to" filter', () => {
  it('lists "Stated directly" and every speaker with how many relations each is credited with', async () => {
    const section = page.locator(SECTION);
    await section.scrollIntoViewIfNeeded();
    await expect(section.locator('h3').textContent()).resolves.toBe('Attributed to');
    const speakers = [...new Set(data.edges.map(speakerOf))];
    expect(speakers.length).toBeGreaterThan(2);
    const labels = await section.locator('.facet-label').allTextContents();
    expect(labels[0]).toBe('Stated directly');
    expect(labels.slice(1)).toEqual(speakers.filter((s) => s !== DIRECT).map(labelOf).sort((a, b) => a.localeCompare(b)));
    for (const s of speakers) expect(await rowCount(page, s), s).toBe(data.edges.filter((e) => speakerOf(e) === s).length);
    await page.mouse.move(2, 2);
    await section.screenshot({ path: join(OUTPUT_DIR, 'speaker-facet-panel.png') });
  });

  it('"only" keeps one speaker\'s statements on the canvas, in the toolbar count and in the address bar', async () => {
    const speaker = busiestSpeaker();
    const theirs = edgeKeys((e) => e.attributes.attributedTo === speaker);
    const row = page.locator(`[data-testid="facet-speakers-${speaker}"]`);
    await row.hover();
    await row.locator('.facet-only').click();
    await expectDrawn(page, theirs);
    await expect(page.locator('[data-testid="shown-relations"]').textContent()).resolves.toBe(String(theirs.length));
    await expect(row.locator('input').isChecked()).resolves.toBe(true);
    await expect(page.locator(`[data-testid="facet-speakers-${DIRECT}"] input`).isChecked()).resolves.toBe(false);
    await expect.poll(() => new URL(page.url()).searchParams.get('speaker')).toBe(speaker);
    await expect(page.locator('[data-testid="filters"] .filters-badge').textContent()).resolves.toBe('1');
    await page.mouse.move(2, 2);
    await page.screenshot({ path: join(OUTPUT_DIR, 'speaker-facet-only.png') });
  });

  it('an exported picture says the view is filtered by speaker', async () => {
    await page.locator('[data-testid="export-open"]').click();
    await page.locator('[data-testid="export-dialog"]').waitFor();
    await page.locator('[data-testid="export-format-svg"]').check();
    const saved = page.waitForEvent('download');
    await page.locator('[data-testid="export-download"]').click();
    const path = join(OUTPUT_DIR, 'speaker-facet-export.svg');
    await (await saved).saveAs(path);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="export-dialog"]').waitFor({ state: 'detached' });
    const svg = readFileSync(path, 'utf8');
    expect(svg).toContain('filtered by speaker');
  });

  it('a shared link reopens the same choice: "stated directly" only', async () => {
    const direct = edgeKeys((e) => e.attributes.attributedTo === undefined);
    const other = await app.newPage();
    await other.goto(`${app.url}?speaker=${DIRECT}`);
    await other.waitForSelector(`${STAGE}[data-layout="settled"]`, { timeout: 20_000 });
    await expectDrawn(other, direct);
    await expect(other.locator(`[data-testid="facet-speakers-${DIRECT}"] input`).isChecked()).resolves.toBe(true);
    await expect(other.locator(`[data-testid="facet-speakers-${busiestSpeaker()}"] input`).isChecked()).resolves.toBe(false);
    await expect(other.locator('[data-testid="shown-relations"]').textContent()).resolves.toBe(String(direct.length));
    await other.context().close();
  });
});

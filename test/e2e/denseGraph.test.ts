// Browser test on a generated dense graph (thousands of relations, hubs with hundreds of events):
// filter changes redraw only what changed and still leave exactly the right items on the canvas;
// long lists in the panels open with their first items and a "Show all" button.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import relationsFile from '../../data/relations.json';
import { generateSyntheticGraph } from '../../src/cli/synthetic/generateGraph';
import type { DramatisGraph } from '../../src/graph/buildGraph';
import type { SerializedDramatisGraph } from '../../src/domain/contract';
import { DEFAULT_FILTERS, type FilterState } from '../../src/graph/filterState';
import { computeVisibility } from '../../src/graph/visibility';
import { describePair } from '../../src/store/pairDetails';
import { PROJECT_ROOT } from './harness';
import { useAppPage } from './appPage';

const OUTPUT_DIR = join(PROJECT_ROOT, 'test-output');

const app = useAppPage({ timeout: 30_000, consoleErrors: false, checkErrors: false });
let page: Page;
let data: SerializedDramatisGraph;
let graph: DramatisGraph;

beforeAll(async () => {
  data = generateSyntheticGraph({ actors: 400, events: 4000, years: 2, seed: 11, relations: relationsFile.relations });
  graph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.import(data);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  page = app.page;
  const body = JSON.stringify(data);
  await page.route('**/graph/default-graph.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
});

let loaded = false;

/**
 * Shows the view `query` names. The first test to run loads the app with it; later ones go there
 * through the address bar, as Back and Forward do (filters, window and selection all come from the
 * URL either way), instead of loading and laying out the 4,000-relation graph again.
 */
async function open(query: string): Promise<void> {
  if (loaded) {
    await page.evaluate((q) => {
      history.pushState(null, '', q);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, query);
    return;
  }
  await page.goto(`${app.url}${query}`);
  await page.waitForFunction(() => window.__dramatis !== undefined);
  await page.locator('[data-testid="shown-indicator"]').waitFor();
  loaded = true;
}

/** Edges sigma draws (not hidden in its display data), sorted. */
async function drawnEdges(): Promise<string[]> {
  return page.evaluate(() => {
    return window.__dramatis!.drawnEvents();
  });
}

const expected = (patch: Partial<FilterState>) => [...computeVisibility(graph, { ...DEFAULT_FILTERS, ...patch }).edges].sort();

/** The actor with the most events, and the pair with the most events between them. */
function busiest(): { hub: string; pairEdges: string[] } {
  let hub = '';
  graph.forEachNode((n) => {
    if (!hub || graph.degree(n) > graph.degree(hub)) hub = n;
  });
  const pairs = new Map<string, string[]>();
  graph.forEachEdge((e, _a, s, t) => {
    const key = s < t ? `${s}|${t}` : `${t}|${s}`;
    pairs.set(key, [...(pairs.get(key) ?? []), e]);
  });
  const pairEdges = [...pairs.values()].sort((a, b) => b.length - a.length)[0]!;
  return { hub, pairEdges };
}

describe('a dense generated graph', () => {
  it('each window step leaves exactly the relations in the window on the canvas', async () => {
    expect(graph.size).toBeGreaterThan(3000);
    await open('?from=2024-03-01&to=2024-04-30');
    await expect.poll(drawnEdges).toEqual(expected({ from: '2024-03-01', to: '2024-04-30' }));
    // Step the window with the timeline's Step button: each step is a partial redraw.
    for (let i = 0; i < 3; i++) {
      await page.locator('[data-testid="timeline-step"]').click();
      const from = (await page.locator('[data-testid="timeline"]').getAttribute('data-from'))!;
      const to = (await page.locator('[data-testid="timeline"]').getAttribute('data-to'))!;
      expect(from > '2024-03-01').toBe(true);
      await expect.poll(drawnEdges).toEqual(expected({ from, to }));
      const shown = Number(await page.locator('[data-testid="shown-relations"]').textContent());
      expect(shown).toBe(expected({ from, to }).length);
    }
    // Switching a relation type off also redraws only those relations.
    const from = (await page.locator('[data-testid="timeline"]').getAttribute('data-from'))!;
    const to = (await page.locator('[data-testid="timeline"]').getAttribute('data-to'))!;
    await page.locator('[data-testid="facet-relations-communication"] input[type="checkbox"]').uncheck();
    const others = relationsFile.relations.map((r) => r.id).filter((id) => id !== 'communication');
    await expect.poll(drawnEdges).toEqual(expected({ from, to, relations: others }));
    await page.screenshot({ path: join(OUTPUT_DIR, 'dense-window.png') });
    expect(app.errors).toEqual([]);
  });

  it('a hub opens with its first relations of each type and a button to show them all', async () => {
    const { hub } = busiest();
    await open(`?sel=${encodeURIComponent(hub)}`);
    const panel = page.locator('[data-testid="node-panel"]');
    await panel.waitFor();
    const biggest = panel.locator('.relation-group').first();
    const total = Number(await biggest.locator('.relation-group-count').textContent());
    expect(total).toBeGreaterThan(40);
    expect(await biggest.locator('.event-card').count()).toBe(40);
    await biggest.locator('.show-more').click();
    expect(await biggest.locator('.event-card').count()).toBe(total);
    await page.screenshot({ path: join(OUTPUT_DIR, 'dense-hub-panel.png') });
  });

  it('a pair panel keeps the selected event in view even past the first ones', async () => {
    const { pairEdges } = busiest();
    expect(pairEdges.length).toBeGreaterThan(60);
    const last = describePair(graph, pairEdges[0]!)!.events.at(-1)!.edge;
    await open(`?sel=${encodeURIComponent(last)}`);
    const panel = page.locator('[data-testid="edge-panel"]');
    await panel.waitFor();
    // The first 60 events (a happening reported several times is one event, its reports listed under it) and the selected one.
    expect(await panel.locator('.event-list:not(.report-list) > li').count()).toBe(61);
    await expect(panel.locator('.event-card.selected').getAttribute('data-edge')).resolves.toBe(last);
    await panel.locator('.show-more').click();
    expect(await panel.locator('.event-card').count()).toBe(pairEdges.length);
    expect(app.errors).toEqual([]);
  });
});

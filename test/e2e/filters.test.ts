// Browser test: the filters column, the "N of M shown" indicator, actor search, ego networks,
// pins and shortest paths, driven like a person would in headless Chromium on the built app.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedDramatisGraph, SerializedEdge } from '../../src/domain/contract';
import { PROJECT_ROOT, TEST_DIST } from './harness';
import { useAppPage } from './appPage';
import { stageAtRest } from './pageStates';

const OUTPUT_DIR = join(PROJECT_ROOT, 'test-output');
const STAGE = '[data-testid="graph-stage"]';
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
  await nextFrames();
});

function nextFrames(): Promise<unknown> {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function shot(name: string): Promise<void> {
  await page.mouse.move(2, 2);
  await nextFrames();
  await page.screenshot({ path: join(OUTPUT_DIR, `filters-${name}.png`) });
}

const sorted = (xs: Iterable<string>) => [...xs].sort();
const edgeKeys = (keep: (e: SerializedEdge) => boolean) => sorted(data.edges.filter(keep).map((e) => e.key));
const kindOf = (node: string) => data.nodes.find((n) => n.key === node)!.attributes.kind;
const labelOf = (node: string) => data.nodes.find((n) => n.key === node)!.attributes.label;

/** Edges sigma hides, read from its display data (what the canvas draws). */
function hiddenEdges(): Promise<string[]> {
  return page.evaluate(() => {
    const { graph, drawnEvents } = window.__dramatis!;
    const drawn = new Set(drawnEvents());
    return graph.filterEdges((e) => !drawn.has(e)).sort();
  });
}

function hiddenNodes(): Promise<string[]> {
  return page.evaluate(() => {
    const { sigma, graph } = window.__dramatis!;
    // Actors without any relation are off the stage until "Show them", whatever the filters.
    return graph.filterNodes((n) => graph.degree(n) > 0 && sigma.getNodeDisplayData(n)?.hidden === true).sort();
  });
}

/** Waits until exactly `expected` edges are hidden on the canvas. */
async function expectHiddenEdges(expected: string[]): Promise<void> {
  await page
    .waitForFunction(
      (want) => {
        const { graph, drawnEvents } = window.__dramatis!;
        const drawn = new Set(drawnEvents());
        const hidden = graph.filterEdges((e) => !drawn.has(e)).sort();
        return JSON.stringify(hidden) === JSON.stringify(want);
      },
      expected,
      { timeout: 4_000 },
    )
    .catch(() => undefined);
  expect(await hiddenEdges()).toEqual(expected);
}

async function indicator(): Promise<{ relations: number; actors: number; total: number; text: string }> {
  const el = page.locator('[data-testid="shown-indicator"]');
  return {
    relations: Number(await el.locator('[data-testid="shown-relations"]').textContent()),
    actors: Number(await el.locator('[data-testid="shown-actors"]').textContent()),
    total: Number(await el.locator('[data-testid="total-relations"]').textContent()),
    text: ((await el.textContent()) ?? '').replace(/\s+/g, ' ').trim(),
  };
}

async function facetCount(facet: string, id: string): Promise<number> {
  return Number(await page.locator(`[data-testid="facet-${facet}-${id}"] .facet-count`).textContent());
}

/** Actors that take part in at least one of the given edges. */
function actorsOf(keys: string[]): number {
  const set = new Set<string>();
  for (const e of data.edges) if (keys.includes(e.key)) (set.add(e.source), set.add(e.target));
  return set.size;
}

/** Waits until every given actor is drawn inside the stage (the camera framed them). */
async function expectOnScreen(nodes: string[]): Promise<void> {
  const inside = () =>
    page.evaluate((keys) => {
      const { sigma, graph } = window.__dramatis!;
      const { width, height } = sigma.getDimensions();
      return keys.filter((k) => {
        const p = sigma.graphToViewport(graph.getNodeAttributes(k));
        return !(p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height);
      });
    }, nodes);
  await expect.poll(inside, { message: 'actors outside the stage', timeout: 10_000 }).toEqual([]);
}

async function reset(): Promise<void> {
  const button = page.locator('[data-testid="reset-filters"]');
  if (await button.isEnabled()) await button.click();
  await expectHiddenEdges([]);
}

async function cameraState(): Promise<{ x: number; y: number; ratio: number }> {
  return page.evaluate(() => window.__dramatis!.sigma.getCamera().getState());
}

/** Types into the toolbar search and returns the suggested actor ids, best first. */
async function searchFor(query: string): Promise<string[]> {
  const input = page.locator('[data-testid="actor-search"] input');
  await input.click();
  await input.fill('');
  await input.pressSequentially(query, { delay: 15 });
  const list = page.locator('[data-testid="actor-search"] [role="listbox"]');
  await list.waitFor();
  return list.locator('[role="option"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-actor') ?? ''));
}

async function selectViaSearch(query: string, actor: string): Promise<void> {
  const options = await searchFor(query);
  const i = options.indexOf(actor);
  expect(i, `${actor} among the suggestions for "${query}"`).toBeGreaterThanOrEqual(0);
  for (let k = 0; k <= i; k++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="node-panel"] .panel-title').textContent()).resolves.toBe(labelOf(actor));
}

describe('filters column and indicator', () => {
  it('starts with everything shown and counts per relation type', async () => {
    const shown = await indicator();
    expect(shown).toMatchObject({ relations: data.edges.length, actors: data.nodes.length, total: data.edges.length });
    const events = new Set(data.edges.map((e) => e.attributes.happening ?? e.key)).size;
    expect(events).toBeLessThan(data.edges.length);
    expect(shown.text).toBe(`${events} of ${events} events (${data.edges.length} of ${data.edges.length} reports) · ${data.nodes.length} of ${data.nodes.length} actors shown`);
    for (const relation of new Set(data.edges.map((e) => e.attributes.relation)))
      expect(await facetCount('relations', relation), relation).toBe(data.edges.filter((e) => e.attributes.relation === relation).length);
    await expect(page.locator('[data-testid="reset-filters"]').isDisabled()).resolves.toBe(true);
    expect(await hiddenEdges()).toEqual([]);
    await shot('initial');
  });

  it('unticking a relation type hides exactly those edges and updates the counts', async () => {
    const threat = edgeKeys((e) => e.attributes.relation === 'threat');
    expect(threat.length).toBeGreaterThan(0);
    const personBefore = await facetCount('kinds', 'person');
    await page.locator('[data-testid="facet-relations-threat"] input').click();
    await expectHiddenEdges(threat);

    const shown = await indicator();
    const rest = edgeKeys((e) => e.attributes.relation !== 'threat');
    expect(shown.relations).toBe(rest.length);
    expect(shown.actors).toBe(actorsOf(rest));
    // The unticked type keeps its count (what ticking it would add); other facets follow the filter.
    expect(await facetCount('relations', 'threat')).toBe(threat.length);
    const personAfter = data.edges.filter((e) => e.attributes.relation !== 'threat' && (kindOf(e.source) === 'person' || kindOf(e.target) === 'person')).length;
    expect(await facetCount('kinds', 'person')).toBe(personAfter);
    expect(personAfter).toBeLessThan(personBefore);
    await expect(page.locator('[data-testid="filters"] .filters-badge').textContent()).resolves.toBe('1');
    await shot('relation-off');
  });

  it('"only" keeps one relation type and "all" brings the others back', async () => {
    const row = page.locator('[data-testid="facet-relations-communication"]');
    await row.hover();
    await row.locator('.facet-only').click();
    await expectHiddenEdges(edgeKeys((e) => e.attributes.relation !== 'communication'));
    await page.locator('[data-testid="filter-relations"] .filter-section-head .link-button').click();
    await expectHiddenEdges([]);
  });

  it('reset restores everything', async () => {
    await page.locator('[data-testid="facet-relations-force"] input').click();
    await page.locator('[data-testid="min-confidence"]').fill('0.8');
    await expect(page.locator('[data-testid="min-confidence-value"]').textContent()).resolves.toBe('0.80');
    await expectHiddenEdges(edgeKeys((e) => e.attributes.relation === 'force' || e.attributes.confidence < 0.8));
    await page.locator('[data-testid="reset-filters"]').click();
    await expectHiddenEdges([]);
    expect(await hiddenNodes()).toEqual([]);
    const shown = await indicator();
    expect([shown.relations, shown.actors]).toEqual([data.edges.length, data.nodes.length]);
    await expect(page.locator('[data-testid="facet-relations-force"] input').isChecked()).resolves.toBe(true);
    await expect(page.locator('[data-testid="min-confidence-value"]').textContent()).resolves.toBe('0.00');
  });

  it('hides hypothetical and negated relations', async () => {
    const unrealised = edgeKeys((e) => e.attributes.modality === 'hypothetical' || e.attributes.modality === 'negated');
    expect(unrealised.length).toBeGreaterThan(0);
    await page.locator('[data-testid="hide-unrealised"]').click();
    await expectHiddenEdges(unrealised);
    await expect(page.locator('[data-testid="facet-modalities-hypothetical"] input').isChecked()).resolves.toBe(false);
    await expect(page.locator('[data-testid="facet-modalities-negated"] input').isChecked()).resolves.toBe(false);
    await expect(page.locator('[data-testid="facet-modalities-asserted"] input').isChecked()).resolves.toBe(true);
    expect((await indicator()).relations).toBe(data.edges.length - unrealised.length);
    await shot('modality');
    await reset();
  });

  it('folds away to give the graph room, and comes back', async () => {
    const before = (await page.locator(STAGE).boundingBox())!.width;
    await page.locator('.filters-collapse').click();
    await page.waitForFunction((w) => (document.querySelector('[data-testid="graph-stage"]')?.getBoundingClientRect().width ?? 0) > w + 150, before);
    await stageAtRest(page);
    await shot('collapsed');
    await page.locator('.filters-rail').click();
    await page.locator('[data-testid="filter-relations"]').waitFor();
    // A narrow window folds the column by itself; a wide one brings it back.
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.locator('.filters-column.collapsed').waitFor();
    await page.setViewportSize(VIEWPORT);
    await page.locator('[data-testid="filter-relations"]').waitFor();
    await stageAtRest(page);
  });
});

describe('actor search', () => {
  it('finds Abbas Araghchi from "araqchi", selects him and flies the camera to him', async () => {
    const before = await cameraState();
    const options = await searchFor('araqchi');
    expect(options[0]).toBe('abbas-araghchi');
    const input = page.locator('[data-testid="actor-search"] input');
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('ArrowDown');
    const activeId = await input.getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    await expect(page.locator(`[id="${activeId}"]`).getAttribute('aria-selected')).resolves.toBe('true');
    await page.screenshot({ path: join(OUTPUT_DIR, 'filters-search.png') });
    await page.keyboard.press('Enter');

    await expect(page.locator('[data-testid="node-panel"] .panel-title').textContent()).resolves.toBe('Abbas Araghchi');
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('false');
    // The camera ends centred on the actor, zoomed in.
    await page.waitForFunction(
      () => {
        const { sigma, graph } = window.__dramatis!;
        const p = sigma.graphToViewport(graph.getNodeAttributes('abbas-araghchi'));
        const { width, height } = sigma.getDimensions();
        return Math.hypot(p.x - width / 2, p.y - height / 2) < 4 && Math.abs(sigma.getCamera().getState().ratio - 0.5) < 1e-3;
      },
      undefined,
      { timeout: 3_000 },
    );
    const after = await cameraState();
    expect(after).not.toEqual(before);
    await shot('search-chosen');
  });

  it('finds Qalibaf from "Ghalibaf" and Iran from "tehran"; Escape closes the list, not the panel', async () => {
    await selectViaSearch('Ghalibaf', 'mohammad-baqer-qalibaf');
    const options = await searchFor('tehran');
    expect(options[0]).toBe('iran');
    await expect(page.locator('[data-testid="actor-search"] [role="option"]').first().textContent()).resolves.toContain('Tehran');
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-testid="actor-search"] input').getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.locator('[data-testid="node-panel"] .panel-title').textContent()).resolves.toBe(labelOf('mohammad-baqer-qalibaf'));
    // A second Escape empties the box; the selection stays.
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-testid="actor-search"] input').inputValue()).resolves.toBe('');
    await page.locator('[data-testid="node-panel"]').waitFor();
  });

  it('says when nothing matches', async () => {
    await searchFor('Aragchi').then((o) => expect(o[0]).toBe('abbas-araghchi'));
    const input = page.locator('[data-testid="actor-search"] input');
    await input.fill('zzqx');
    await page.locator('[data-testid="actor-search"] .actor-no-match').waitFor();
    await input.fill('');
    await input.blur();
  });
});

describe('ego network, pins and shortest path', () => {
  it('a 1-hop network hides every actor that is not a neighbour', async () => {
    await selectViaSearch('iran', 'iran');
    const ego = new Set(['iran', ...data.edges.flatMap((e) => (e.source === 'iran' ? [e.target] : e.target === 'iran' ? [e.source] : []))]);
    await page.locator('[data-testid="node-panel"] [data-testid="network-1"]').click();
    await expectHiddenEdges(edgeKeys((e) => !(ego.has(e.source) && ego.has(e.target))));
    const connected = new Set(data.edges.flatMap((e) => [e.source, e.target]));
    expect(await hiddenNodes()).toEqual(sorted(data.nodes.map((n) => n.key).filter((n) => !ego.has(n) && connected.has(n))));
    await expect(page.locator('[data-testid="node-panel"] [data-testid="network-1"]').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.locator('[data-testid="network-status"]').textContent()).resolves.toContain('Iran');
    expect((await indicator()).actors).toBe(ego.size);
    await expectOnScreen([...ego]);
    await nextFrames();
    await shot('ego');

    // Two hops reach further; one click clears the network.
    await page.locator('[data-testid="node-panel"] [data-testid="network-2"]').click();
    await page.waitForFunction(() => {
      const { sigma, graph } = window.__dramatis!;
      return graph.filterNodes((n) => sigma.getNodeDisplayData(n)?.hidden !== true).length > 0;
    });
    expect((await hiddenNodes()).length).toBeLessThan(data.nodes.length - ego.size);
    await page.locator('[data-testid="network-status"] .chip-clear').click();
    await expectHiddenEdges([]);
    expect(await hiddenNodes()).toEqual([]);
  });

  it('a pinned actor stays visible when the filters would hide it', async () => {
    await selectViaSearch('switzerland', 'switzerland');
    await page.locator('[data-testid="pin"]').click();
    const row = page.locator('[data-testid="facet-relations-threat"]');
    await row.hover();
    await row.locator('.facet-only').click();
    await expectHiddenEdges(edgeKeys((e) => e.attributes.relation !== 'threat'));
    expect(await hiddenNodes()).not.toContain('switzerland');
    await page.locator('[data-testid="pinned-switzerland"] .chip-clear').click();
    await page.waitForFunction(() => window.__dramatis!.sigma.getNodeDisplayData('switzerland')?.hidden === true);
    await reset();
  });

  it('highlights the shortest path from Switzerland to Steve Witkoff, says when there is none, and clears it', async () => {
    await selectViaSearch('switzerland', 'switzerland');
    const picker = page.locator('[data-testid="path-to"] input');
    await picker.click();
    await picker.pressSequentially('witkoff', { delay: 15 });
    await page.locator('[data-testid="path-to"] [role="option"][data-actor="steve-witkoff"]').waitFor();
    await page.keyboard.press('Enter');

    const status = page.locator('[data-testid="node-panel"] [data-testid="path-status"]');
    await status.waitFor();
    const steps = await status.locator('.path-steps li').allTextContents();
    expect(steps).toEqual(['Switzerland', 'United States', 'Steve Witkoff']);
    await expectOnScreen(['switzerland', 'united-states', 'steve-witkoff']);

    // The path is drawn once sigma has rendered the new state: poll what it draws (one line per bundle).
    const drawnPath = () => page.evaluate(() => {
      const { sigma, lines } = window.__dramatis!;
      const graph = lines.graph;
      const emphasised = graph.filterEdges((e) => {
        const d = sigma.getEdgeDisplayData(e);
        return d !== undefined && !d.hidden && d.color === graph.getEdgeAttribute(e, 'color') && d.size > graph.getEdgeAttribute(e, 'size');
      });
      return {
        emphasised: emphasised.map((e) => graph.extremities(e).sort().join('|')).sort(),
        highlighted: graph.filterNodes((n) => sigma.getNodeDisplayData(n)?.highlighted === true).sort(),
      };
    });
    await expect.poll(drawnPath).toEqual({
      emphasised: ['steve-witkoff|united-states', 'switzerland|united-states'],
      highlighted: expect.arrayContaining(['steve-witkoff', 'switzerland', 'united-states']),
    });
    await shot('path');

    // Without mediation Switzerland has no relation left: no path.
    await page.locator('[data-testid="facet-relations-mediation"] input').click();
    await expect(page.locator('[data-testid="filter-explore"] [data-testid="path-status"]').textContent()).resolves.toMatch(/No path between Switzerland and Steve Witkoff/);
    await shot('no-path');
    await page.locator('[data-testid="facet-relations-mediation"] input').click();
    await status.locator('.path-steps').waitFor();

    await page.locator('[data-testid="filter-explore"] [data-testid="path-clear"]').click();
    await expect(page.locator('[data-testid="path-status"]').count()).resolves.toBe(0);
    await page.waitForFunction(() => {
      const { sigma, lines } = window.__dramatis!;
      return lines.graph.everyEdge((e) => sigma.getEdgeDisplayData(e)?.size === lines.graph.getEdgeAttribute(e, 'size'));
    });
  });

  it('the node panel groups an actor\'s relations by type with counts', async () => {
    await selectViaSearch('united states', 'united-states');
    const panel = page.locator('[data-testid="node-panel"]');
    const mine = data.edges.filter((e) => e.source === 'united-states' || e.target === 'united-states');
    for (const relation of new Set(mine.map((e) => e.attributes.relation))) {
      const group = panel.locator(`[data-testid="relation-group-${relation}"]`);
      const n = mine.filter((e) => e.attributes.relation === relation).length;
      await expect(group.locator('.relation-group-count').textContent()).resolves.toBe(String(n));
      await expect(group.locator('.event-card').count()).resolves.toBe(n);
    }
    await shot('node-panel');
  });
});

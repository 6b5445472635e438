// Browser test: builds the real app, serves dist/, and drives it in headless Chromium.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedDramatisGraph } from '../../src/domain/contract';
import { PROJECT_ROOT, TEST_DIST } from './harness';
import { useAppPage } from './appPage';
import { clickWindowClosed } from './pageStates';
import { changedPixels, inkFraction, type Rect } from './pixels';

const OUTPUT_DIR = join(PROJECT_ROOT, 'test-output');
const STAGE = '[data-testid="graph-stage"]';
const STAGE_BACKGROUND: [number, number, number] = [0xfb, 0xfb, 0xfd];
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
  // Let sigma paint the post-layout frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
});

async function stageBox(): Promise<Rect> {
  const box = await page.locator(STAGE).boundingBox();
  if (!box) throw new Error('graph stage is not visible');
  return box;
}

/**
 * Clicks the stage like a person would. Sigma reads two clicks within its doubleClickTimeout
 * as a double click (and zooms), so a click waits until sigma has let go of the previous one.
 */
async function clickStageAt(x: number, y: number): Promise<void> {
  await clickWindowClosed(page);
  await page.mouse.move(x, y);
  await page.mouse.click(x, y);
}

/** Where a node is drawn, in page coordinates. */
async function nodePosition(node: string): Promise<{ x: number; y: number }> {
  const box = await stageBox();
  const p = await page.evaluate((key) => {
    const handle = window.__dramatis;
    if (!handle) throw new Error('window.__dramatis is missing');
    return handle.sigma.graphToViewport(handle.graph.getNodeAttributes(key));
  }, node);
  return { x: box.x + p.x, y: box.y + p.y };
}

/** Pairs of nodes whose disc-plus-label boxes overlap on screen, and nodes drawn outside the stage. */
async function labelClashes(): Promise<{ overlapping: string[]; outside: string[] }> {
  return page.evaluate(() => {
    const { sigma, graph } = window.__dramatis!;
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${sigma.getSetting('labelWeight')} ${sigma.getSetting('labelSize')}px ${sigma.getSetting('labelFont')}`;
    const { width, height } = sigma.getDimensions();
    // Actors without relations are off the stage (hidden) until "Show them".
    const boxes = graph.filterNodes((n) => !sigma.getNodeDisplayData(n)?.hidden).map((n) => [n, graph.getNodeAttributes(n)] as const).map(([n, a]) => {
      const p = sigma.graphToViewport(a);
      const r = sigma.getNodeDisplayData(n)?.size ?? a.size;
      const half = Math.max(r, 7);
      return { n, left: p.x - r, right: p.x + r + 3 + ctx.measureText(a.label).width, top: p.y - half, bottom: p.y + half };
    });
    const overlapping: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1) overlapping.push(`${a.n} × ${b.n}`);
      }
    const outside = boxes.filter((b) => b.left < 0 || b.top < 0 || b.right > width || b.bottom > height).map((b) => b.n);
    return { overlapping, outside };
  });
}

function documentBodies(): string[] {
  return data.attributes.documents.map((d) => d.body);
}

function edgesBetween(a: string, b: string): number {
  return data.edges.filter((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a)).length;
}

/** The best connected actor, and one that is not among its neighbours. */
function hubAndStranger(): { hub: string; stranger: string; neighbour: string } {
  const degree = new Map<string, number>(data.nodes.map((n) => [n.key, 0]));
  for (const e of data.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const hub = [...degree.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const neighbours = new Set(data.edges.flatMap((e) => (e.source === hub ? [e.target] : e.target === hub ? [e.source] : [])));
  const stranger = data.nodes.map((n) => n.key).find((k) => k !== hub && !neighbours.has(k));
  const neighbour = [...neighbours][0];
  if (!stranger || !neighbour) throw new Error('fixture graph needs a hub with neighbours and non-neighbours');
  return { hub, stranger, neighbour };
}

describe('Dramatis app', () => {
  it('draws the graph with labels, curved parallel edges and a legend', async () => {
    const stage = await stageBox();
    const png = await page.screenshot({ path: join(OUTPUT_DIR, 'app-initial.png') });

    const ink = await inkFraction(page, png, stage, STAGE_BACKGROUND);
    expect(ink, 'share of the stage that is drawn on').toBeGreaterThan(0.01);

    const labels = await page.evaluate(() => {
      const handle = window.__dramatis!;
      const canvas = handle.sigma.getCanvases().labels as HTMLCanvasElement;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let opaque = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 128) opaque += 1;
      // Every actor on the stage: those with a relation (the others wait behind "Show them").
      const onStage = handle.graph.filterNodes((n) => !handle.sigma.getNodeDisplayData(n)?.hidden).length;
      return { displayed: handle.sigma.getNodeDisplayedLabels().size, order: onStage, opaque };
    });
    expect(labels.displayed).toBe(labels.order);
    expect(labels.opaque, 'label canvas pixels').toBeGreaterThan(labels.order * 100);
    expect(await labelClashes(), 'labels neither overlap nor leave the stage').toEqual({ overlapping: [], outside: [] });

    const curvatures = await page.evaluate(() => {
      const graph = window.__dramatis!.lines.graph;
      const byPair = new Map<string, number[]>();
      graph.forEachEdge((_e, a, s, t) => {
        const key = [s, t].sort().join('|');
        byPair.set(key, [...(byPair.get(key) ?? []), a.type === 'curvedArrow' || a.type === 'curved' ? a.curvature : 0]);
      });
      return [...byPair.values()].sort((x, y) => y.length - x.length)[0] ?? [];
    });
    expect(curvatures.length, 'largest bundle of parallel edges').toBeGreaterThanOrEqual(3);
    expect(new Set(curvatures.map((c) => c.toFixed(4))).size, 'parallel edges get distinct curves').toBe(curvatures.length);

    await expect(page.locator('[data-testid="legend"]').textContent()).resolves.toMatch(/Person/);
    await expect(page.locator('[data-testid="actor-count"]').textContent()).resolves.toBe(String(data.nodes.length));
    await expect(page.locator('[data-testid="relation-count"]').textContent()).resolves.toBe(String(data.edges.length));
    await expect(page.locator('header').textContent()).resolves.toContain(data.attributes.documents[0]!.title);
  });

  it('fades everything but a hovered actor and its neighbours', async () => {
    const { hub, stranger, neighbour } = hubAndStranger();
    const stage = await stageBox();
    const before = await page.screenshot();
    const at = await nodePosition(hub);
    await page.mouse.move(at.x, at.y);
    await page.waitForFunction(
      ([h, s]) => {
        const { sigma, graph } = window.__dramatis!;
        return sigma.getNodeDisplayData(s)?.color !== graph.getNodeAttribute(s, 'color') && sigma.getNodeDisplayData(h)?.highlighted === true;
      },
      [hub, stranger] as const,
    );
    const kept = await page.evaluate((n) => {
      const { sigma, graph } = window.__dramatis!;
      return sigma.getNodeDisplayData(n)?.color === graph.getNodeAttribute(n, 'color');
    }, neighbour);
    expect(kept, 'a neighbour keeps its colour').toBe(true);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const after = await page.screenshot({ path: join(OUTPUT_DIR, 'app-hover.png') });
    expect(await changedPixels(page, before, after, stage), 'pixels changed by hovering').toBeGreaterThan(500);
  });

  it('shows an actor, its relations and evidence when clicked', async () => {
    const { hub } = hubAndStranger();
    const label = data.nodes.find((n) => n.key === hub)!.attributes.label;
    const at = await nodePosition(hub);
    await clickStageAt(at.x, at.y);
    const panel = page.locator('[data-testid="node-panel"]');
    await panel.waitFor();
    await expect(panel.locator('.panel-title').textContent()).resolves.toBe(label);
    const evidence = await panel.locator('[data-testid="evidence"]').allTextContents();
    expect(evidence.length).toBeGreaterThan(0);
    for (const sentence of evidence) expect(documentBodies().some((b) => b.includes(sentence)), sentence).toBe(true);
    await page.mouse.move(5, 5);
    await page.screenshot({ path: join(OUTPUT_DIR, 'app-node-panel.png') });
  });

  it('shows every event between a pair when an edge is clicked', async () => {
    const stage = await stageBox();
    // A straight line whose midpoint is far from every node, so the click lands on the line.
    const target = await page.evaluate(() => {
      const { sigma } = window.__dramatis!;
      const graph = window.__dramatis!.lines.graph;
      const nodes = graph.mapNodes((n, a) => ({ n, p: sigma.graphToViewport(a), r: sigma.getNodeDisplayData(n)?.size ?? 10 }));
      let best: { edge: string; x: number; y: number; clearance: number; source: string; target: string } | null = null;
      graph.forEachEdge((edge, a, s, t) => {
        if (a.type !== 'arrow') return;
        const ps = sigma.graphToViewport(graph.getNodeAttributes(s));
        const pt = sigma.graphToViewport(graph.getNodeAttributes(t));
        const x = (ps.x + pt.x) / 2;
        const y = (ps.y + pt.y) / 2;
        const clearance = Math.min(...nodes.map(({ p, r }) => Math.hypot(p.x - x, p.y - y) - r));
        if (!best || clearance > best.clearance) best = { edge, x, y, clearance, source: s, target: t };
      });
      return best as { edge: string; x: number; y: number; clearance: number; source: string; target: string } | null;
    });
    expect(target, "a straight edge to click").not.toBeNull();
    await clickStageAt(stage.x + target!.x, stage.y + target!.y);
    const panel = page.locator('[data-testid="edge-panel"]');
    await panel.waitFor({ timeout: 5_000 });
    expect(await panel.locator('.event-card').count()).toBe(edgesBetween(target!.source, target!.target));
    const evidence = await panel.locator('[data-testid="evidence"]').allTextContents();
    for (const sentence of evidence) expect(documentBodies().some((b) => b.includes(sentence)), sentence).toBe(true);
    // An event dated from another sentence says how its date was read.
    const pairEdges = data.edges.filter((e) => [e.source, e.target].sort().join() === [target!.source, target!.target].sort().join());
    const notes = pairEdges.flatMap((e) => (e.attributes.dateNote ? [`Date read as ${e.attributes.dateNote}`] : []));
    expect((await panel.locator('[data-testid="date-note"]').allTextContents()).sort()).toEqual(notes.sort());
    await page.mouse.move(5, 5);
    await page.screenshot({ path: join(OUTPUT_DIR, 'app-edge-panel.png') });
  });

  it('lists both directions when a curved parallel edge is clicked', async () => {
    const stage = await stageBox();
    // The outermost curve of the largest bundle; a quadratic Bézier's midpoint sits half the
    // control-point offset (length × curvature, along the normal) away from the chord.
    const target = await page.evaluate(() => {
      const { sigma, lines } = window.__dramatis!;
      const graph = lines.graph;
      const bundles = new Map<string, string[]>();
      graph.forEachEdge((edge, _a, s, t) => {
        const key = [s, t].sort().join('|');
        bundles.set(key, [...(bundles.get(key) ?? []), edge]);
      });
      const bundle = [...bundles.values()].sort((x, y) => y.length - x.length)[0]!;
      const edge = bundle.reduce((best, e) => (Math.abs(graph.getEdgeAttribute(e, 'curvature')) > Math.abs(graph.getEdgeAttribute(best, 'curvature')) ? e : best));
      const [s, t] = graph.extremities(edge);
      const ps = sigma.graphToViewport(graph.getNodeAttributes(s));
      const pt = sigma.graphToViewport(graph.getNodeAttributes(t));
      const c = graph.getEdgeAttribute(edge, 'curvature');
      const dx = pt.x - ps.x;
      const dy = pt.y - ps.y;
      const length = Math.hypot(dx, dy) || 1;
      const hovered: { edge: string | null } = { edge: null };
      sigma.on('enterEdge', ({ edge: e }) => (hovered.edge = e));
      sigma.on('leaveEdge', () => (hovered.edge = null));
      Object.assign(window, { __hoveredEdge: hovered });
      return {
        edge,
        // A bundle's line selects its first shown event.
        selected: lines.drawn!.shownEventsOf(edge)[0]!,
        source: s,
        target: t,
        x: (ps.x + pt.x) / 2 + 0.5 * c * dy,
        y: (ps.y + pt.y) / 2 - 0.5 * c * dx,
        normal: { x: (Math.sign(c) * dy) / length, y: (-Math.sign(c) * dx) / length },
      };
    });
    // The drawn curve can sit a pixel or two off the ideal Bézier midpoint, and another edge may cross
    // there: step along the normal until the pointer is over this edge, as a person would aim.
    const offset = await (async () => {
      for (const d of [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6]) {
        await page.mouse.move(stage.x + target.x + d * target.normal.x, stage.y + target.y + d * target.normal.y);
        const over = await page.evaluate(() => (window as unknown as { __hoveredEdge: { edge: string | null } }).__hoveredEdge.edge);
        if (over === target.edge) return d;
      }
      return null;
    })();
    expect(offset, 'the pointer finds the outermost curve within 6 px of its midpoint').not.toBeNull();
    await clickStageAt(stage.x + target.x + offset! * target.normal.x, stage.y + target.y + offset! * target.normal.y);
    const panel = page.locator('[data-testid="edge-panel"]');
    await panel.waitFor({ timeout: 5_000 });
    expect(await panel.locator('.event-card.selected').getAttribute('data-edge')).toBe(target.selected);
    const expected = edgesBetween(target.source, target.target);
    expect(await panel.locator('.event-card').count()).toBe(expected);
    const forward = data.edges.filter((e) => e.source === target.source && e.target === target.target).length;
    expect(await panel.locator(`.event-card[data-source="${target.source}"]`).count()).toBe(forward);
    expect(await panel.locator(`.event-card[data-source="${target.target}"]`).count()).toBe(expected - forward);
    await page.mouse.move(5, 5);
    await page.screenshot({ path: join(OUTPUT_DIR, 'app-curved-pair.png') });
  });

  it('opens a pair from a relation entry; Escape and the background clear the selection', async () => {
    const { hub } = hubAndStranger();
    const at = await nodePosition(hub);
    await clickStageAt(at.x, at.y);
    await page.locator('[data-testid="node-panel"] .event-open').first().click();
    const panel = page.locator('[data-testid="edge-panel"]');
    await panel.waitFor();
    expect(await panel.locator('.event-card.selected').count()).toBe(1);
    await page.screenshot({ path: join(OUTPUT_DIR, 'app-pair-from-list.png') });

    await page.keyboard.press('Escape');
    await page.locator('[data-testid="panel"] .panel-empty').waitFor();

    await clickStageAt(at.x, at.y);
    await page.locator('[data-testid="node-panel"]').waitFor();
    const stage = await stageBox();
    await clickStageAt(stage.x + 8, stage.y + 8);
    await page.locator('[data-testid="panel"] .panel-empty').waitFor();
  });

  it('re-arranges labels when the window is resized', async () => {
    await page.setViewportSize({ width: 1100, height: 760 });
    // The filters column may fold at this width, so compare with the stage as it is now.
    await page.waitForFunction((selector) => {
      const stage = document.querySelector(selector);
      const width = window.__dramatis?.sigma.getDimensions().width ?? 0;
      return stage !== null && width > 0 && Math.abs(width - stage.getBoundingClientRect().width) < 2;
    }, STAGE);
    // The re-arrangement waits for the resize to settle (200 ms), then runs; on a busy machine it takes longer.
    await expect.poll(labelClashes, { timeout: 10_000, interval: 250 }).toEqual({ overlapping: [], outside: [] });
    await page.screenshot({ path: join(OUTPUT_DIR, 'app-resized.png') });
    await page.setViewportSize(VIEWPORT);
  });

  it('says how an event dated from another sentence got its date', async () => {
    const dated = data.edges.find((e) => e.attributes.dateNote);
    expect(dated, 'an edge of the seed graph dated from another sentence').toBeDefined();
    const other = await app.browser.newPage({ viewport: VIEWPORT });
    await other.goto(`${app.url}?sel=${encodeURIComponent(dated!.key)}`);
    const card = other.locator(`[data-testid="edge-panel"] li.event-card[data-edge="${dated!.key}"]`);
    await card.waitFor();
    await expect(card.locator('[data-testid="date-note"]').textContent()).resolves.toBe(`Date read as ${dated!.attributes.dateNote}`);
    await card.screenshot({ path: join(OUTPUT_DIR, 'app-date-note.png') });
    await other.close();
  });

  it('explains a broken graph file instead of crashing', async () => {
    const broken = await app.browser.newPage({ viewport: VIEWPORT });
    await broken.route('**/graph/default-graph.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"nodes": [' }));
    await broken.goto(app.url);
    const message = broken.locator('[data-testid="status-message"][role="alert"]');
    await message.waitFor();
    await expect(message.textContent()).resolves.toMatch(/not valid JSON/);
    await broken.screenshot({ path: join(OUTPUT_DIR, 'app-broken-graph.png') });
    await broken.close();
  });
});

// Page helpers shared by the story and presentation browser tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { SerializedDramatisGraph } from '../../src/domain/contract';
import { dayNumber } from '../../src/graph/eventTime';
import { PROJECT_ROOT, TEST_DIST } from './harness';
import { cameraStill, clickWindowClosed } from './pageStates';

export const OUTPUT_DIR = join(PROJECT_ROOT, 'test-output');
export const STAGE = '[data-testid="graph-stage"]';

/** The graph the test build serves. */
export function servedGraph(): SerializedDramatisGraph {
  return JSON.parse(readFileSync(join(PROJECT_ROOT, TEST_DIST, 'graph/default-graph.json'), 'utf8')) as SerializedDramatisGraph;
}

export async function settled(page: Page): Promise<void> {
  await page.waitForSelector(`${STAGE}[data-layout="settled"]`, { timeout: 20_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Edges the canvas draws (not hidden by filters), sorted. */
export function drawnEdges(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    return window.__dramatis!.drawnEvents();
  });
}

export function cameraState(page: Page): Promise<{ x: number; y: number; ratio: number; angle: number }> {
  return page.evaluate(() => {
    const { x, y, ratio, angle } = window.__dramatis!.sigma.getCamera().getState();
    return { x, y, ratio, angle };
  });
}

export async function timelineWindow(page: Page): Promise<{ from: string; to: string }> {
  const t = page.locator('[data-testid="timeline"]');
  return { from: (await t.getAttribute('data-from')) ?? '', to: (await t.getAttribute('data-to')) ?? '' };
}

export async function clickNode(page: Page, node: string): Promise<void> {
  const box = (await page.locator(STAGE).boundingBox())!;
  const p = await page.evaluate((key) => {
    const { sigma, graph } = window.__dramatis!;
    return sigma.graphToViewport(graph.getNodeAttributes(key));
  }, node);
  await clickWindowClosed(page);
  await page.mouse.click(box.x + p.x, box.y + p.y);
}

/** Clicks the timeline's overflow markers until the axis shows the days from..to. */
export async function showOnAxis(page: Page, from: string, to: string): Promise<void> {
  const svg = page.locator('[data-testid="timeline-svg"]');
  if (dayNumber(from) < Number(await svg.getAttribute('data-first'))) {
    await page.locator('[data-testid="timeline-overflow-before"]').click();
    await page.waitForFunction((day) => Number(document.querySelector('[data-testid="timeline-svg"]')?.getAttribute('data-first')) <= day, dayNumber(from));
  }
  if (dayNumber(to) > Number(await svg.getAttribute('data-last'))) {
    await page.locator('[data-testid="timeline-overflow-after"]').click();
    await page.waitForFunction((day) => Number(document.querySelector('[data-testid="timeline-svg"]')?.getAttribute('data-last')) >= day, dayNumber(to));
  }
}

/** Drags a new time window across the timeline, from one ISO day to another (the axis widened first when it does not show them). */
export async function dragTimeline(page: Page, from: string, to: string): Promise<void> {
  await showOnAxis(page, from, to);
  const svg = page.locator('[data-testid="timeline-svg"]');
  const first = Number(await svg.getAttribute('data-first'));
  const last = Number(await svg.getAttribute('data-last'));
  const plot = (await page.locator('[data-testid="timeline-plot"]').boundingBox())!;
  const x = (iso: string) => plot.x + ((dayNumber(iso) + 0.5 - first) / (last + 1 - first)) * plot.width;
  const y = plot.y + plot.height * 0.35;
  await page.mouse.move(x(from), y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(x(from) + ((x(to) - x(from)) * i) / 8, y);
  await page.mouse.up();
  await page.mouse.move(5, 5);
}

/** The drawn actor with the most drawn relations. */
export function busiestDrawnNode(page: Page): Promise<string> {
  return page.evaluate(() => {
    const { sigma, graph, drawnEvents } = window.__dramatis!;
    const drawn = new Set(drawnEvents());
    let best = '';
    let most = -1;
    graph.forEachNode((n) => {
      if (sigma.getNodeDisplayData(n)?.hidden) return;
      const count = graph.edges(n).filter((e) => drawn.has(e)).length;
      if (count > most) {
        most = count;
        best = n;
      }
    });
    return best;
  });
}

/** Waits until the camera has stopped moving and its last frame is painted. */
export async function cameraAtRest(page: Page): Promise<void> {
  await cameraStill(page);
}

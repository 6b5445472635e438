// Opens the built app in a fresh Chromium context and reports, in ms since navigation start, when
// the graph file arrived, the first frame in which sigma had drawn the graph's nodes, and the
// frame in which the layout had settled. Optionally serves another graph in place of the default.
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface LoadTimes {
  /** Resource Timing responseEnd of graph/default-graph.json. */
  graphFetched: number;
  firstDrawn: number;
  /** null when the layout had not settled within the time allowed. */
  layoutSettled: number | null;
  nodes: number;
  edges: number;
}

export interface OpenedApp {
  page: Page;
  context: BrowserContext;
  times: LoadTimes;
}

// Plain script text: runs before the app, checks every animation frame. The handle appears right
// after sigma's constructor, which renders synchronously, so the frame that first sees it with
// node display data is the first one that shows the graph.
const PROBE = `(() => {
  const marks = { firstDrawn: null, layoutSettled: null };
  Object.defineProperty(window, '__loadProbe', { value: marks });
  const tick = (t) => {
    const handle = window.__dramatis;
    if (marks.firstDrawn === null && handle && handle.graph.order > 0 && handle.sigma.getNodeDisplayData(handle.graph.nodes()[0])) marks.firstDrawn = t;
    const stage = document.querySelector('[data-testid="graph-stage"]');
    if (marks.firstDrawn !== null && stage && stage.dataset.layout === 'settled') marks.layoutSettled = t;
    if (marks.layoutSettled === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

interface ProbeMarks {
  firstDrawn: number | null;
  layoutSettled: number | null;
}

export const VIEWPORT = { width: 1280, height: 800 };

const FIRST_DRAW_TIMEOUT_MS = 120_000;

/**
 * Loads `url`; with `graph`, the app's graph request is answered instead with those bytes, or
 * (a URL) by that address, fetched by the browser itself.
 */
export async function openApp(browser: Browser, url: string, graph?: Buffer | string, settleTimeoutMs = 60_000): Promise<OpenedApp> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript({ content: PROBE });
  if (typeof graph === 'string') await page.route('**/graph/default-graph.json', (route) => route.continue({ url: graph }));
  else if (graph) await page.route('**/graph/default-graph.json', (route) => route.fulfill({ body: graph, contentType: 'application/json' }));
  await page.goto(url);
  const marks = () => (window as unknown as { __loadProbe: ProbeMarks }).__loadProbe;
  await page.waitForFunction(() => (window as unknown as { __loadProbe: ProbeMarks }).__loadProbe.firstDrawn !== null, undefined, { timeout: FIRST_DRAW_TIMEOUT_MS, polling: 100 });
  // Read while the page still answers: the main thread may be busy for long once the layout finishes.
  const drawn = await page.evaluate(() => {
    const entry = performance.getEntriesByType('resource').find((e) => e.name.includes('graph/default-graph.json')) as PerformanceResourceTiming | undefined;
    const { graph } = window.__dramatis!;
    return { graphFetched: entry?.responseEnd ?? NaN, nodes: graph.order, edges: graph.size };
  });
  const firstDrawn = (await page.evaluate(marks)).firstDrawn!;
  let layoutSettled: number | null = null;
  try {
    await page.waitForFunction(() => (window as unknown as { __loadProbe: ProbeMarks }).__loadProbe.layoutSettled !== null, undefined, { timeout: settleTimeoutMs, polling: 100 });
    layoutSettled = (await page.evaluate(marks)).layoutSettled;
  } catch {
    layoutSettled = null;
  }
  const times: LoadTimes = { ...drawn, firstDrawn, layoutSettled };
  return { page, context, times };
}

// Page load in headless Chromium: navigation start → graph file received → first frame with the
// graph drawn → layout settled, for the seed corpus and for generated 10k-actor graphs (the app's
// request for graph/default-graph.json is sent on to a local server holding the generated file).
// Median of several fresh loads each.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, buildApp, launchChromium, serveDist } from '../test/e2e/harness';
import { openApp, type LoadTimes } from './load/appLoadProbe';
import { serveGraphFile } from './load/serveGraphFile';
import { sizeLabel, writeSyntheticGraphFile, type SyntheticSize } from './load/syntheticGraphFile';

const SEED_LOADS = 7;
const GENERATED_LOADS = 5;
const GENERATED: SyntheticSize[] = [
  { actors: 10_000, events: 20_000, years: 3, seed: 1 },
  { actors: 10_000, events: 100_000, years: 3, seed: 1 },
];
const SETTLE_TIMEOUT_MS = 60_000;
const SCREENSHOTS = join(PROJECT_ROOT, 'test-output', 'bench');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const t0 = performance.now();
buildApp();
const buildSeconds = (performance.now() - t0) / 1000;
const served = await serveDist();
const browser = await launchChromium();
const browserVersion = browser.version();
mkdirSync(SCREENSHOTS, { recursive: true });

interface Row {
  label: string;
  bytes: number;
  runs: LoadTimes[];
}

async function measure(label: string, loads: number, screenshot: string, graph?: { url: string; bytes: number }): Promise<Row> {
  const runs: LoadTimes[] = [];
  for (let i = 0; i < loads; i++) {
    const opened = await openApp(browser, served.url, graph?.url, SETTLE_TIMEOUT_MS);
    runs.push(opened.times);
    const unsettled = opened.times.layoutSettled === null;
    if (!unsettled && i === loads - 1) await opened.page.screenshot({ path: join(SCREENSHOTS, screenshot) });
    await opened.context.close();
    if (unsettled) break; // another minute-long stall would tell nothing new
  }
  return { label, bytes: graph?.bytes ?? statSync(join(PROJECT_ROOT, 'dist', 'graph', 'default-graph.json')).size, runs };
}

const rows: Row[] = [];
try {
  // One throwaway load warms the server and the browser's caches of the app code.
  await (await openApp(browser, served.url)).context.close();
  rows.push(await measure('seed corpus', SEED_LOADS, 'page-load-seed.png'));
  for (const size of GENERATED) {
    const file = await writeSyntheticGraphFile(size);
    const graphServer = await serveGraphFile(file.path);
    try {
      rows.push(await measure(`generated: ${sizeLabel(size)}`, GENERATED_LOADS, `page-load-${size.actors}-${size.events}.png`, { url: graphServer.url, bytes: file.bytes }));
    } finally {
      await graphServer.close();
      file.remove();
    }
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => served.server.httpServer.close(() => resolve()));
}

console.log(`Page load in headless Chromium ${browserVersion}, 1280×800, fresh context per load; median of ${SEED_LOADS} (seed) or ${GENERATED_LOADS} (generated) loads; ms since navigation start. Build took ${buildSeconds.toFixed(0)} s.\n`);
console.log('| graph | nodes | edges | JSON MiB | loads | graph received | first drawn graph | layout settled | first drawn, min–max |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  const first = r.runs.map((t) => t.firstDrawn);
  const { nodes, edges } = r.runs[0]!;
  const settledTimes = r.runs.map((t) => t.layoutSettled);
  const settled = settledTimes.includes(null) ? `not within ${SETTLE_TIMEOUT_MS / 1000} s` : median(settledTimes.map(Number)).toFixed(0);
  const cells = [median(r.runs.map((t) => t.graphFetched)).toFixed(0), median(first).toFixed(0), settled];
  console.log(`| ${r.label} | ${nodes} | ${edges} | ${(r.bytes / 2 ** 20).toFixed(2)} | ${r.runs.length} | ${cells.join(' | ')} | ${Math.min(...first).toFixed(0)}–${Math.max(...first).toFixed(0)} |`);
}

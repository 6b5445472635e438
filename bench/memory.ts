// Memory after loading generated graphs of 100k and 1M events: in Node, heap and RSS after the
// app's load path (JSON.parse, validateGraph, graphology import), each size in its own process; in
// headless Chromium, the page's JS heap once the app has drawn (and, if it does, settled) the graph.
// Baseline: the seed corpus, measured the same way in the same run.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { PROJECT_ROOT, buildApp, launchChromium, serveDist } from '../test/e2e/harness';
import { openApp } from './load/appLoadProbe';
import type { NodeLoadReport } from './load/loadInNode';
import { serveGraphFile } from './load/serveGraphFile';
import { sizeLabel, writeSyntheticGraphFile, type SyntheticSize, type SyntheticGraphFile } from './load/syntheticGraphFile';

const SIZES: SyntheticSize[] = [
  { actors: 10_000, events: 100_000, years: 3, seed: 1 },
  { actors: 10_000, events: 1_000_000, years: 3, seed: 1 },
];
const SEED_GRAPH = join(PROJECT_ROOT, 'dist', 'graph', 'default-graph.json');
const SETTLE_TIMEOUT_MS = 60_000;
const BROWSER_STEP_TIMEOUT_MS = 240_000;

function loadInNode(path: string): NodeLoadReport {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', '--max-old-space-size=12000', 'bench/load/loadInNode.ts', path], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) throw new Error(`loading ${path} in Node failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as NodeLoadReport;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms))]);
}

interface BrowserHeap {
  usedMB: number;
  totalMB: number;
  settled: boolean;
}

async function heapInChromium(browser: Browser, url: string, graphUrl?: string): Promise<BrowserHeap> {
  const opened = await openApp(browser, url, graphUrl, SETTLE_TIMEOUT_MS);
  try {
    const cdp = await opened.context.newCDPSession(opened.page);
    await withTimeout(cdp.send('HeapProfiler.collectGarbage'), BROWSER_STEP_TIMEOUT_MS, 'garbage collection');
    const heap = await withTimeout(cdp.send('Runtime.getHeapUsage'), BROWSER_STEP_TIMEOUT_MS, 'heap usage');
    return { usedMB: heap.usedSize / 2 ** 20, totalMB: heap.totalSize / 2 ** 20, settled: opened.times.layoutSettled !== null };
  } finally {
    await opened.context.close();
  }
}

const f1 = (x: number) => x.toFixed(1);
const files: { size: SyntheticSize; file: SyntheticGraphFile }[] = [];
try {
  for (const size of SIZES) files.push({ size, file: await writeSyntheticGraphFile(size) });

  buildApp();
  const nodeRows: [string, number, NodeLoadReport][] = [['seed corpus', readFileSync(SEED_GRAPH).length, loadInNode(SEED_GRAPH)]];
  for (const { size, file } of files) nodeRows.push([`generated: ${sizeLabel(size)}`, file.bytes, loadInNode(file.path)]);

  console.log(`Node ${process.version}: one process per graph, after JSON.parse + validateGraph + graphology import, the parsed JSON dropped, then gc(). MB = MiB.\n`);
  console.log('| graph | JSON MB | heap before | heap after | RSS after | peak RSS | parse ms | validate ms | import ms |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [label, bytes, r] of nodeRows)
    console.log(`| ${label} | ${(bytes / 2 ** 20).toFixed(2)} | ${f1(r.baselineHeapMB)} | ${f1(r.heapMB)} | ${f1(r.rssMB)} | ${f1(r.peakRssMB)} | ${r.parseMs.toFixed(0)} | ${r.validateMs.toFixed(0)} | ${r.importMs.toFixed(0)} |`);

  const served = await serveDist();
  const browser = await launchChromium();
  const browserRows: [string, string][] = [];
  try {
    const seed = await heapInChromium(browser, served.url);
    browserRows.push(['seed corpus', `${f1(seed.usedMB)} of ${f1(seed.totalMB)}${seed.settled ? '' : ' (layout not settled)'}`]);
    for (const { size, file } of files) {
      let cell: string;
      const graphServer = await serveGraphFile(file.path);
      try {
        const heap = await heapInChromium(browser, served.url, graphServer.url);
        cell = `${f1(heap.usedMB)} of ${f1(heap.totalMB)}${heap.settled ? '' : ` (layout not settled within ${SETTLE_TIMEOUT_MS / 1000} s)`}`;
      } catch (err) {
        cell = `failed: ${(err as Error).message.split('\n')[0]!.slice(0, 200)}`;
      } finally {
        await graphServer.close();
      }
      browserRows.push([`generated: ${sizeLabel(size)}`, cell]);
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => served.server.httpServer.close(() => resolve()));
  }
  console.log(`\nHeadless Chromium: the page's main JS heap (CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage) once the graph is drawn and the layout has settled (the layout worker's own heap is not included). MB = MiB.\n`);
  console.log('| graph | JS heap used of allocated, MB |');
  console.log('| --- | --- |');
  for (const [label, cell] of browserRows) console.log(`| ${label} | ${cell} |`);
} finally {
  for (const { file } of files) file.remove();
}

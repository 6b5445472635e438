// Date-window update at 10k, 100k and 1M events in headless Chromium: Dramatis's incremental
// filter + partial sigma refresh against clearing and re-importing the filtered graph.
import { mkdirSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { createServer } from 'vite';
import { launchChromium, PROJECT_ROOT } from '../test/e2e/harness';
import type { WindowBenchParams, WindowBenchResult } from './window/windowBench';

// Two series. "density": the same 3-year span holding 10x more events at each size, stepped by the
// timeline's own bins (what a user sees). "span": the same density (about 33k events a year) over a
// 10x longer span at each size, stepped by weeks, so each step moves about as many events.
const SIZES: { label: string; key: string; params: WindowBenchParams }[] = [
  { label: '10k events', key: '10k', params: { actors: 1_000, events: 10_000, years: 3, seed: 7, steps: 120, windowBins: 8, baselineSteps: 120 } },
  { label: '100k events', key: '100k', params: { actors: 10_000, events: 100_000, years: 3, seed: 7, steps: 120, windowBins: 8, baselineSteps: 60 } },
  { label: '1M events', key: '1M', params: { actors: 100_000, events: 1_000_000, years: 3, seed: 7, steps: 20, windowBins: 8, baselineSteps: 5 } },
  { label: '10k events over 0.3 years', key: 'span10k', params: { actors: 1_000, events: 10_000, years: 0.3, seed: 7, steps: 60, windowBins: 8, baselineSteps: 60, bin: 'week' } },
  { label: '100k events over 3 years', key: 'span100k', params: { actors: 10_000, events: 100_000, years: 3, seed: 7, steps: 60, windowBins: 8, baselineSteps: 30, bin: 'week' } },
  { label: '1M events over 30 years', key: 'span1M', params: { actors: 100_000, events: 1_000_000, years: 30, seed: 7, steps: 20, windowBins: 8, baselineSteps: 5, bin: 'week' } },
];

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const med = (xs: number[]) => quantile(xs, 0.5);
const p95 = (xs: number[]) => quantile(xs, 0.95);
const ms = (x: number) => (x < 1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(1));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

mkdirSync('test-output', { recursive: true });
const only = process.env.WINDOW_BENCH_SIZES?.split(',');
// WINDOW_BENCH_STEPS caps the steps of every renderer (a quicker run on a busy machine).
const stepCap = Number(process.env.WINDOW_BENCH_STEPS) || Infinity;
const port = await freePort();
// No file watching: edits elsewhere in the checkout must not reload the page mid-run.
const server = await createServer({ root: PROJECT_ROOT, logLevel: 'silent', server: { host: '127.0.0.1', port, strictPort: true, hmr: false, watch: null } });
await server.listen();
const browser = await launchChromium(['--enable-precise-memory-info', '--js-flags=--max-old-space-size=12000']);
const results: { label: string; r: WindowBenchResult }[] = [];
try {
  for (const { label, key, params } of SIZES) {
    if (only && !only.includes(key)) continue;
    const page = await browser.newPage({ viewport: { width: 1280, height: 2500 } });
    page.setDefaultTimeout(600_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${port}/bench/window/index.html`);
    await page.waitForFunction(() => typeof window.runWindowBench === 'function');
    try {
      const capped = { ...params, steps: Math.min(params.steps, stepCap), baselineSteps: Math.min(params.baselineSteps, stepCap) };
      const r = await page.evaluate((p) => window.runWindowBench!(p), capped);
      results.push({ label, r });
      process.stderr.write(`${label}: done\n`);
    } catch (err) {
      console.log(`${label}: failed: ${(err as Error).message.split('\n')[0]} ${errors.join(' ')}`);
    }
    if (results.at(-1)?.label === label) await page.screenshot({ path: `test-output/bench-window-${key}.png` });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`Headless Chromium (software WebGL: SwiftShader), 1200×800 stage, Node ${process.version}. A window ${SIZES[0]!.params.windowBins} bins wide steps one bin at a time, as Play does (bin: the timeline's own for the span, or weeks in the span series). Times in ms per step, median / p95. Per event: every event in sigma's buffers, hidden ones too (Dramatis before issue 18), run first on its own; then two renderers take turns step by step: bundled (sigma holds one line per shown pair and relation: Dramatis now); baseline: full filter pass, clear and re-import the shown graph. × = baseline median / bundled median.\n`);
console.log('| corpus | actors | events | bin | steps (per event / each of the others) | filter step: per event | bundled (+ bundle counts) | baseline (full pass) | filter + sigma refresh (main thread): per event | bundled | baseline | × | until drawn: per event | bundled | baseline | × | lines drawn, bundled | events drawn, baseline | items changed per step: per event / bundled |');
console.log('| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const cell = (xs: number[]) => `${ms(med(xs))} / ${ms(p95(xs))}`;
const times = (a: number[], b: number[]) => (med(b) / med(a)).toFixed(med(b) / med(a) >= 10 ? 0 : 1);
for (const { label, r } of results) {
  const i = r.incremental;
  const d = r.bundled;
  const b = r.baseline;
  console.log(
    `| ${label} | ${r.nodes} | ${r.edges} | ${r.binSize} | ${i.filter.length} / ${d.filter.length} | ${cell(i.filter)} | ${cell(d.filter)} | ${cell(b.filter)} | ${cell(i.refresh)} | ${cell(d.refresh)} | ${cell(b.refresh)} | ${times(d.refresh, b.refresh)} | ${cell(i.full)} | ${cell(d.full)} | ${cell(b.full)} | ${times(d.full, b.full)} | ${med(d.shown)} | ${med(b.shown)} | ${med(i.changed)} / ${med(d.changed)} |`,
  );
}
console.log('\n| corpus | generate | load into graphology | build the filter index | first sigma draw | JS heap after steps |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const { label, r } of results) {
  const s = r.setupMs;
  console.log(`| ${label} | ${s.generate.toFixed(0)} ms | ${s.load.toFixed(0)} ms | ${s.engine.toFixed(0)} ms | ${s.sigma.toFixed(0)} ms | ${r.heapMb ?? '?'} MB |`);
}
const by = new Map(results.map(({ label, r }) => [label, r]));
const pairs: [string, string][] = [
  ['10k events', '100k events'],
  ['100k events', '1M events'],
  ['10k events over 0.3 years', '100k events over 3 years'],
  ['100k events over 3 years', '1M events over 30 years'],
];
console.log('');
for (const [small, large] of pairs) {
  const a = by.get(small);
  const b = by.get(large);
  if (!a || !b) continue;
  console.log(
    `${large} vs ${small} (${(b.edges / a.edges).toFixed(0)}× events), bundled: filter step ${(med(b.bundled.filter) / med(a.bundled.filter)).toFixed(2)}×, filter + refresh ${(med(b.bundled.refresh) / med(a.bundled.refresh)).toFixed(2)}×, until drawn ${(med(b.bundled.full) / med(a.bundled.full)).toFixed(2)}×, items changed per step ${(med(b.bundled.changed) / med(a.bundled.changed)).toFixed(1)}× (target ≤ 2× per 10×).`,
  );
}

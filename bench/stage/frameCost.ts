// What one sigma frame costs in headless Chromium's software WebGL (the browser tests' and the
// benchmarks' Chromium, `--disable-gpu`: SwiftShader), as a function of the lines drawn, the edge
// and node programs, edge picking, labels, the viewport and the pixel ratio. A random graph (a disc
// with a dense core) is drawn by sigma alone, outside the app, each choice on a fresh renderer.
// Command: `nice -n 5 npx tsx bench/stage/frameCost.ts [--repeats 5] [--fixed | --thinned | --crowd]`
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../../test/e2e/harness';
import type { FrameCost, FrameVariant } from './frameCostPage';
import { crowdScale } from '../../src/graph/appearance';

const BASE: Omit<FrameVariant, 'name'> = { nodes: 20_000, edges: 40_000, edgeProgram: 'arrow', nodeProgram: 'circle', edgeEvents: true, labels: true, edgeSize: 0.6 };

const FIXED: FrameVariant[] = [
  { ...BASE, name: 'one actor', nodes: 1, edges: 0 },
  { ...BASE, name: 'circles, no labels', edges: 0, labels: false },
  { ...BASE, name: 'points, no labels', edges: 0, labels: false, nodeProgram: 'point' },
  { ...BASE, name: 'points, labels', edges: 0, nodeProgram: 'point' },
  { ...BASE, name: '40,000 gl lines, points, no labels', edges: 40_000, edgeProgram: 'line', edgeEvents: false, labels: false, nodeProgram: 'point' },
];

/** `--thinned`: the app's large-graph drawing (points, labels, GL lines) with fewer of 40,000 lines drawn. */
const THINNED: FrameVariant[] = [40_000, 20_000, 10_000, 5_000, 2_500, 0].map((drawn) => ({
  ...BASE,
  name: `points, labels, ${drawn.toLocaleString('en-US')} of 40,000 gl lines drawn`,
  edgeProgram: 'line',
  edgeEvents: false,
  nodeProgram: 'point',
  drawnEdges: drawn,
}));

/** `--crowd`: the app's large-graph drawing with its disc sizes, at full size and shrunk for a crowd (crowdScale). */
const CROWD: FrameVariant[] = [1, crowdScale(5_000), crowdScale(20_000)].map((scale) => ({
  ...BASE,
  name: `points, labels, 5,000 gl lines, the app's disc sizes × ${scale.toFixed(2)}`,
  edgeProgram: 'line',
  edgeEvents: false,
  nodeProgram: 'point',
  drawnEdges: 5_000,
  appSizesScaled: scale,
}));

const VARIANTS: FrameVariant[] = [
  { ...BASE, name: 'nodes only', edges: 0 },
  { ...BASE, name: '10,000 arrows', edges: 10_000 },
  { ...BASE, name: '40,000 arrows (the app now)' },
  { ...BASE, name: '40,000 arrows, no edge picking', edgeEvents: false },
  { ...BASE, name: '40,000 rectangles, no edge picking', edgeProgram: 'rectangle', edgeEvents: false },
  { ...BASE, name: '40,000 gl lines, no edge picking', edgeProgram: 'line', edgeEvents: false },
  { ...BASE, name: '40,000 gl lines, no picking, point nodes', edgeProgram: 'line', edgeEvents: false, nodeProgram: 'point' },
  { ...BASE, name: '40,000 arrows, no labels', labels: false },
  { ...BASE, name: '40,000 arrows, size 2', edgeSize: 2 },
];

interface Screen {
  name: string;
  width: number;
  height: number;
  scale: number;
}

const SCREENS: Screen[] = [
  { name: '1440×900 @1', width: 1440, height: 900, scale: 1 },
  { name: '1440×900 @2', width: 1440, height: 900, scale: 2 },
];

async function bundlePage(dir: string): Promise<string> {
  const entry = fileURLToPath(new URL('./frameCostPage.ts', import.meta.url));
  await build({ entryPoints: [entry], bundle: true, format: 'esm', outfile: join(dir, 'page.js'), logLevel: 'error', define: { 'process.env.NODE_ENV': '"production"' } });
  const html = join(dir, 'index.html');
  writeFileSync(html, '<!doctype html><html><body style="margin:0"><div id="stage" style="width:100vw;height:100vh"></div><script type="module" src="page.js"></script></body></html>');
  return html;
}

async function main(): Promise<void> {
  const repeats = Number(process.argv[process.argv.indexOf('--repeats') + 1]) || 5;
  const only = process.argv.includes('--fixed') ? FIXED : process.argv.includes('--thinned') ? THINNED : process.argv.includes('--crowd') ? CROWD : VARIANTS;
  const dir = mkdtempSync(join(tmpdir(), 'frame-cost-'));
  const html = await bundlePage(dir);
  const browser = await launchChromium(['--allow-file-access-from-files']);
  try {
    for (const screen of SCREENS) {
      const page = await browser.newPage({ viewport: { width: screen.width, height: screen.height }, deviceScaleFactor: screen.scale });
      page.setDefaultTimeout(600_000);
      await page.goto(`file://${html}`);
      await page.waitForFunction(() => typeof window.measureFrames === 'function');
      if ((only === THINNED || only === CROWD) && screen.scale !== 1) continue;
      const variants = screen.scale === 1 || only === FIXED ? only : [only.find((v) => v.name.startsWith('40,000 arrows (')) !, { ...only.find((v) => v.name.startsWith('40,000 arrows ('))!, name: '40,000 arrows, pixel ratio capped at 1', pixelRatioCap: 1 }];
      for (const v of variants) {
        const cost = await page.evaluate(([variant, n]) => window.measureFrames!(variant, n), [v, repeats] as const) as FrameCost;
        console.log(`${screen.name} | ${cost.name} | draw ${cost.drawMs.toFixed(0)} ms | frame ${cost.frameMs.toFixed(0)} ms`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

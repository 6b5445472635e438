// What a browser test's page load costs Chromium: CPU of its whole process tree from goto until the
// stage is at rest, in a fresh context each time, and the busiest threads by process type. DIST is a
// build (`npm run build -- --outDir DIST`).
// Usage: npx tsx bench/stage/testPageLoadCpu.ts DIST [ROUNDS] [seed|generated]
// ("generated": the default graph replaced by denseGraph.test.ts's 400 actors and 4,000 relations).
import { readdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import relationsFile from '../../data/relations.json';
import { generateSyntheticGraph } from '../../src/cli/synthetic/generateGraph';
import { findChromium } from '../../test/e2e/chromium';
import { descendsFrom, processParents, TICKS_PER_SECOND, treeTicks } from '../../test/support/processCpu';

/** Ticks per process type and thread name in Chromium's tree (live processes only). */
function threadTicks(root: number): Map<string, number> {
  const parents = processParents();
  const out = new Map<string, number>();
  for (const p of [root, ...parents.keys()]) {
    if (p !== root && !descendsFrom(p, root, parents)) continue;
    let type = 'browser';
    try {
      type = /--type=([\w-]+)/.exec(readFileSync(`/proc/${p}/cmdline`, 'utf8'))?.[1] ?? 'browser';
    } catch {
      continue;
    }
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) {
      try {
        const stat = readFileSync(`/proc/${p}/task/${t}/stat`, 'utf8');
        const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/\d+$/, '');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
        const key = `${type}/${comm}`;
        out.set(key, (out.get(key) ?? 0) + f[11]! + f[12]!);
      } catch {
        /* gone */
      }
    }
  }
  return out;
}

/** The preview server's port (fixed: nothing else of ours uses it). */
const PORT = 4391;
const [dist = 'dist', roundsArg = '3', which = 'seed'] = process.argv.slice(2);
const found = await findChromium();
const server = await chromium.launchServer({ executablePath: found.executablePath, args: found.args });
const browser = await chromium.connect(server.wsEndpoint());
const pid = server.process().pid!;
const served = await preview({ logLevel: 'silent', preview: { host: '127.0.0.1', port: PORT, strictPort: true }, build: { outDir: dist } });
const body = which === 'generated' ? JSON.stringify(generateSyntheticGraph({ actors: 400, events: 4000, years: 2, seed: 11, relations: relationsFile.relations })) : null;
for (let round = 0; round < Number(roundsArg); round++) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  if (body) await page.route('**/graph/default-graph.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  const t0 = treeTicks(pid);
  const th0 = threadTicks(pid);
  const w0 = performance.now();
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.waitForSelector('[data-testid="graph-stage"][data-layout="settled"]', { timeout: 120_000 });
  await page.waitForFunction(() => !window.__dramatis!.settling(), undefined, { polling: 50 });
  const cpu = (treeTicks(pid) - t0) / TICKS_PER_SECOND;
  const th1 = threadTicks(pid);
  const parts = [...th1].map(([k, v]) => [k, v - (th0.get(k) ?? 0)] as const).filter(([, v]) => v >= 5).sort((a, b) => b[1] - a[1]);
  console.log(parts.map(([k, v]) => `${k} ${(v / TICKS_PER_SECOND).toFixed(2)}`).join('; '));
  console.log(`${which} load ${round + 1}: cpu ${cpu.toFixed(2)} s, wall ${((performance.now() - w0) / 1000).toFixed(1)} s`);
  await context.close();
}
await browser.close();
await server.close();
await new Promise<void>((r) => served.httpServer.close(() => r()));

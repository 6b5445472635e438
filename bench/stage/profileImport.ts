// Where the main thread's longest tasks go when a graph of 19,900 actors is imported: a Chromium trace
// (task boundaries, thread time) and a V8 CPU profile (CDP Profiler) of the same import, from choosing
// the file until the layout settled. For the heaviest tasks it prints the app's User Timing measures
// inside them and a top-down tree of the JavaScript sampled in them. Use an unminified build
// (`npx vite build --minify false --outDir dist-prof`, DRAMATIS_TEST_DIST=dist-prof) to read names.
// Command: `DRAMATIS_TEST_DIST=dist-prof nice -n 5 npx tsx bench/stage/profileImport.ts [--tasks 6] [--shot file.png] [--native]`
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { launchChromium, serveDist } from '../../test/e2e/harness';
import { writeSyntheticGraphFile } from '../load/syntheticGraphFile';
import { printTaskSummary, printTaskTrees, type CpuProfile } from './profileTree';

const SETTLED = '[data-testid="graph-stage"][data-layout="settled"]';

async function main(): Promise<void> {
  const taskCount = Number(process.argv[process.argv.indexOf('--tasks') + 1]) || 6;
  const file = await writeSyntheticGraphFile({ actors: 19_900, events: 40_000, years: 2, seed: 7 });
  const served = await serveDist();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(300_000);
    await page.goto(served.url);
    await page.waitForSelector(SETTLED, { timeout: 60_000 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    // --native: the compositor's and the GPU client's events too (what a frame waits on), a larger trace.
    const native = process.argv.includes('--native') ? ['cc', 'gpu', 'blink'] : [];
    await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', 'v8', 'devtools.timeline', 'IndexedDB', ...native] });
    await cdp.send('Profiler.start');
    await page.setInputFiles('[data-testid="import-input"]', file.path);
    await page.waitForSelector(`[data-testid="loaded-sources"] [data-source-label="${basename(file.path)}"]`);
    await page.waitForSelector(SETTLED);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const trace = await browser.stopTracing();
    if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
    const shot = process.argv.indexOf('--shot');
    if (shot > 0) await page.screenshot({ path: process.argv[shot + 1]! });
    printTaskTrees(trace, profile, taskCount);
    printTaskSummary(trace);
  } finally {
    await browser.close();
    served.server.httpServer.close();
    file.remove();
  }
}

await main();

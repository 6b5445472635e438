// Where the main thread's longest tasks go while a long article (a .txt file of about 5 million
// characters) is read into the seed graph: a Chromium trace (task boundaries, thread time, the trace
// events inside each task: painting, garbage collection, IndexedDB, …) and a V8 CPU profile, from the
// click on Read article until the layout settled. Use an unminified build to read names.
// Command: `DRAMATIS_TEST_DIST=<dist> nice -n 5 npx tsx bench/stage/profileArticle.ts [--tasks 8] [--chars 4900000] [--native] [--whole] [--shot file.png]`
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArticles } from '../../src/cli/synthetic/textCorpus';
import { launchChromium, serveDist } from '../../test/e2e/harness';
import { printTaskSummary, printTaskTrees, type CpuProfile } from './profileTree';

const SETTLED = '[data-testid="graph-stage"][data-layout="settled"]';
const START_MARK = 'dramatis:profile-article-start';

function argument(name: string): number | null {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : null;
}

async function main(): Promise<void> {
  const taskCount = argument('--tasks') ?? 8;
  const chars = argument('--chars') ?? 4_900_000;
  const text = generateArticles(1200, 700, 11).map((a) => a.text.split('---\n')[2]).join('\n').slice(0, chars);
  // Given by path: a buffer would be turned into a File by Playwright's script on the page, one long
  // task of its own that the app does not cause.
  const folder = mkdtempSync(join(tmpdir(), 'dramatis-article-'));
  const file = join(folder, 'long-article.txt');
  writeFileSync(file, `A long article\n${text}`);
  const served = await serveDist();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(600_000);
    await page.goto(served.url);
    await page.waitForSelector(SETTLED, { timeout: 60_000 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    // --native: the compositor's and the GPU client's events too (what a frame waits on), a larger trace.
    const native = process.argv.includes('--native') ? ['cc', 'gpu', 'blink'] : [];
    const startProfile = async () => {
      await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', 'v8', 'devtools.timeline', 'IndexedDB', ...native] });
      await cdp.send('Profiler.start');
      await page.evaluate((mark) => performance.mark(mark), START_MARK);
    };
    // --whole: from choosing the file (the dialog reads the draft: language, fingerprint, preview).
    const whole = process.argv.includes('--whole');
    if (whole) await startProfile();
    await page.click('[data-testid="add-article-button"]');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid="article-choose"]')]);
    await chooser.setFiles(file);
    await page.locator('[data-testid="article-preview"]').waitFor();
    await page.locator('[data-testid="article-field-published"] input').fill('2025-03-01');
    if (!whole) await startProfile();
    await page.click('[data-testid="article-extract"]');
    await page.waitForSelector('[data-testid="loaded-sources"] .source-item:nth-child(2)');
    await page.waitForSelector(SETTLED);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const trace = await browser.stopTracing();
    const shot = process.argv.indexOf('--shot');
    if (shot > 0) await page.screenshot({ path: process.argv[shot + 1]! });
    printTaskTrees(trace, profile, taskCount, START_MARK);
    printTaskSummary(trace, START_MARK);
  } finally {
    await browser.close();
    served.server.httpServer.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();

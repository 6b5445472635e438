// The extraction engine in a real browser web worker gives exactly the graph the CLI gives, alone
// and split over a pool of workers (src/workers/extractionPool.ts).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliTestTimeout, runCli } from '../support/runCli';
import { launchChromium, PROJECT_ROOT } from './harness';

let browser: Browser;
let server: Server;
let origin = '';
let poolDir = '';
/** The extraction worker as the pool page's build bundles it (the app's build gives the same file). */
let workerPath = '';

const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };

/** A file under `dir` for a URL path, or null when there is none (or it would leave `dir`). */
function fileUnder(dir: string, urlPath: string): string | null {
  const path = normalize(join(dir, decodeURIComponent(urlPath)));
  return path.startsWith(dir) && existsSync(path) && !path.endsWith('/') ? path : null;
}

beforeAll(async () => {
  // The pool page is built the way the app is built, so its worker is bundled as the app's is: the
  // single-worker checks use that same worker file (one build for both).
  poolDir = mkdtempSync(join(tmpdir(), 'dramatis-pool-'));
  await build({
    configFile: false,
    root: join(PROJECT_ROOT, 'test/e2e/fixtures/extractionPool'),
    base: './',
    logLevel: 'silent',
    worker: { format: 'es' },
    build: { outDir: poolDir, emptyOutDir: true },
  });
  const workerFile = readdirSync(join(poolDir, 'assets')).find((name) => /^extractionWorker-.*\.js$/.test(name));
  if (!workerFile) throw new Error(`no extraction worker in the pool page's build: ${readdirSync(join(poolDir, 'assets')).join(', ')}`);
  workerPath = `/pool/assets/${workerFile}`;
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const poolFile = url.pathname.startsWith('/pool/') ? fileUnder(poolDir, url.pathname.slice('/pool'.length).replace(/\/$/, '/index.html')) : null;
    if (poolFile) res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(poolFile)] ?? 'application/octet-stream' }).end(readFileSync(poolFile));
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>worker check</title>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  if (poolDir) rmSync(poolDir, { recursive: true, force: true });
});

function articles(folders = ['data/articles']) {
  return folders.flatMap((f) => {
    const folder = join(PROJECT_ROOT, f);
    return readdirSync(folder)
      .filter((n) => /\.(md|txt)$/.test(n))
      .sort()
      .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
  });
}

function cliGraph(folders: string[]): unknown {
  // The CLI as `npm run extract` runs it.
  const cli = runCli('extract', [...folders, '--jobs', '1']);
  expect(cli.status, cli.stderr).toBe(0);
  return JSON.parse(cli.stdout);
}

async function extractInBrowser(files: { name: string; text: string }[]) {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/`);
  const reply = await page.evaluate(
    ({ path, input }) =>
      new Promise<unknown>((resolve, reject) => {
        const w = new Worker(path, { type: 'module' });
        w.onmessage = (e) => resolve(e.data);
        w.onerror = (e) => reject(new Error(e.message));
        w.postMessage({ id: 1, files: input });
      }),
    { path: workerPath, input: files },
  );
  await page.close();
  expect(errors).toEqual([]);
  return reply as { ok: boolean; graph?: unknown; error?: string };
}

describe('extraction in a browser worker', () => {
  it('produces the same graph as the command line for the seed articles', async () => {
    const reply = await extractInBrowser(articles());
    expect(reply.ok).toBe(true);
    expect(reply.graph).toEqual(cliGraph(['data/articles']));
  }, cliTestTimeout(1));

  it('answers bad input with a clear message instead of failing', async () => {
    const reply = await extractInBrowser([{ name: 'broken.md', text: '---\ntitle: [unclosed\n---\nRussia attacked Ukraine.' }]);
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/broken\.md.*front matter/);
  }, 60_000);
});

/** Runs the pool page's createExtractionPool on `files`; counts the workers the page started. */
async function extractWithPool(files: { name: string; text: string }[]) {
  const page = await browser.newPage();
  const errors: string[] = [];
  let workers = 0;
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('worker', () => (workers += 1));
  await page.goto(`${origin}/pool/`);
  await page.waitForFunction(() => typeof window.dramatisExtractionPool === 'function');
  const outcome = await page.evaluate(async (input) => {
    const pool = window.dramatisExtractionPool();
    try {
      const { graph, warnings } = await pool.extract(input);
      return { ok: true as const, graph, warnings, cores: navigator.hardwareConcurrency };
    } catch (err) {
      return { ok: false as const, error: (err as Error).message };
    } finally {
      pool.dispose();
    }
  }, files);
  await page.close();
  expect(errors).toEqual([]);
  return { ...outcome, workers };
}

describe('extraction over a pool of browser workers', () => {
  const folders = ['data/articles', 'test/gold/heldout/articles'];

  it('reads many files on several workers and gives the command line graph', async () => {
    const result = await extractWithPool(articles(folders));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // One worker per core, at most four (this machine has two).
    expect(result.workers).toBe(Math.min(result.cores, 4));
    expect(result.workers).toBeGreaterThan(1);
    expect(result.graph).toEqual(cliGraph(folders));
  }, cliTestTimeout(1));

  it('names the file it cannot read and stops', async () => {
    // A few good files are enough to have the broken one read beside others on the pool.
    const files = [...articles(folders).slice(0, 4), { name: 'broken.md', text: '---\ntitle: [unclosed\n---\nRussia attacked Ukraine.' }];
    const result = await extractWithPool(files);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/broken\.md.*front matter/);
  }, 90_000);
});

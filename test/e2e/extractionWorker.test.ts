// The extraction engine in a real browser web worker gives exactly the graph the CLI gives.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, PROJECT_ROOT } from './harness';

let browser: Browser;
let server: Server;
let origin = '';
let bundleDir = '';

beforeAll(async () => {
  bundleDir = mkdtempSync(join(tmpdir(), 'dramatis-worker-'));
  await build({
    configFile: false,
    root: PROJECT_ROOT,
    logLevel: 'silent',
    build: {
      outDir: bundleDir,
      emptyOutDir: true,
      minify: false,
      lib: { entry: join(PROJECT_ROOT, 'src/workers/extractionWorker.ts'), formats: ['es'], fileName: () => 'worker.js' },
    },
  });
  const worker = readFileSync(join(bundleDir, 'worker.js'));
  server = createServer((req, res) => {
    if (req.url === '/worker.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(worker);
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
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
});

function articles() {
  const folder = join(PROJECT_ROOT, 'data/articles');
  return readdirSync(folder)
    .filter((n) => /\.(md|txt)$/.test(n))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
}

async function extractInBrowser(files: { name: string; text: string }[]) {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/`);
  const reply = await page.evaluate(
    (input) =>
      new Promise<unknown>((resolve, reject) => {
        const w = new Worker('/worker.js', { type: 'module' });
        w.onmessage = (e) => resolve(e.data);
        w.onerror = (e) => reject(new Error(e.message));
        w.postMessage({ id: 1, files: input });
      }),
    files,
  );
  await page.close();
  expect(errors).toEqual([]);
  return reply as { ok: boolean; graph?: unknown; error?: string };
}

describe('extraction in a browser worker', () => {
  it('produces the same graph as the command line for the seed articles', async () => {
    const reply = await extractInBrowser(articles());
    expect(reply.ok).toBe(true);
    const cli = spawnSync('npx', ['tsx', 'src/cli/extract.ts', 'data/articles'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(cli.status).toBe(0);
    expect(reply.graph).toEqual(JSON.parse(cli.stdout));
  }, 60_000);

  it('answers bad input with a clear message instead of failing', async () => {
    const reply = await extractInBrowser([{ name: 'broken.md', text: '---\ntitle: [unclosed\n---\nRussia attacked Ukraine.' }]);
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/broken\.md.*front matter/);
  }, 60_000);
});

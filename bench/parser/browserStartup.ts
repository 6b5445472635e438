// The browser half of the parser benchmark: the test page of test/e2e/parserWorker.test.ts, built
// as the app is built, asks a fresh extraction worker to parse one sentence (loading the model)
// and then again (model loaded); times come from the page.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { build } from 'vite';
import { launchChromium, PROJECT_ROOT } from '../../test/e2e/harness';

export interface BrowserStartup {
  version: string;
  /** Page time from creating the worker to its answers (worker code, model, two small parses). */
  startup: number[];
  /** Worker time from receiving the first request to a loaded model. */
  modelLoad: number[];
}

export async function measureBrowserStartup(loads: number): Promise<BrowserStartup> {
  const dir = mkdtempSync(join(tmpdir(), 'dramatis-parser-bench-'));
  await build({
    configFile: false,
    root: join(PROJECT_ROOT, 'test/e2e/fixtures/parserWorker'),
    base: './',
    logLevel: 'silent',
    worker: { format: 'es' },
    build: { outDir: dir, emptyOutDir: true },
  });
  const server = createServer((req, res) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      return void res.writeHead(404).end();
    }
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.html') ? 'text/html' : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await launchChromium();
  const result: BrowserStartup = { version: browser.version(), startup: [], modelLoad: [] };
  try {
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      await page.waitForFunction(() => typeof window.dramatisParseInWorker === 'function');
      const times = await page.evaluate(async () => {
        const t0 = performance.now();
        const replies = await window.dramatisParseInWorker([['The', 'envoy', 'met', 'the', 'minister', '.']]);
        const [first] = replies.map((r) => (r.ok ? r.loadMs : NaN));
        return { total: performance.now() - t0, first: first ?? NaN };
      });
      result.startup.push(times.total);
      result.modelLoad.push(times.first);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

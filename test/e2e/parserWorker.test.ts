// The syntax model in the browser's extraction worker: loaded only when a parse is asked for, and
// giving exactly the tags, heads and labels Node gives for the same words.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSyntaxModelFile } from '../../src/cli/syntaxModelFile';
import { udWordsOf } from '../../src/extract/syntax/udWords';
import { tokenize } from '../../src/extract/tokenize';
import type { ParseReply } from '../../src/workers/extractionMessages';
import { launchChromium, PROJECT_ROOT } from './harness';

let browser: Browser;
let server: Server;
let origin = '';
let pageDir = '';

const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html' };

const TEXT = `The African Union said on Monday that its envoy would travel to Addis Ababa.
Talks between Ethiopia and Egypt over the dam were hosted by Sudan's foreign minister, Ali Sadiq.
Kenya cannot accept the ruling, President William Ruto told reporters in Nairobi.
Protesters in Caracas marched against the government and clashed with police.
The sanctions imposed on Belarus by the European Union took effect after the vote.`;

beforeAll(async () => {
  pageDir = mkdtempSync(join(tmpdir(), 'dramatis-parser-'));
  await build({
    configFile: false,
    root: join(PROJECT_ROOT, 'test/e2e/fixtures/parserWorker'),
    base: './',
    logLevel: 'silent',
    worker: { format: 'es' },
    build: { outDir: pageDir, emptyOutDir: true },
  });
  server = createServer((req, res) => {
    const path = normalize(join(pageDir, decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    if (!file.startsWith(pageDir)) return void res.writeHead(404).end();
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      return void res.writeHead(404).end();
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  if (pageDir) rmSync(pageDir, { recursive: true, force: true });
});

function sentencesOf(text: string): string[][] {
  const { tokens, sentences } = tokenize(text);
  return sentences.map((s) => udWordsOf(tokens.slice(s.firstToken, s.endToken).map((t) => t.text)).words);
}

describe('the parser in the browser extraction worker', () => {
  it('loads the model on the first parse only and answers exactly as Node does', async () => {
    const sentences = sentencesOf(TEXT);
    const page = await browser.newPage();
    const errors: string[] = [];
    const modelFetches: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      if (r.url().endsWith('.gz')) modelFetches.push(r.url());
    });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => typeof window.dramatisParseInWorker === 'function');
    expect(modelFetches).toEqual([]);
    const replies = (await page.evaluate((input) => window.dramatisParseInWorker(input), sentences)) as ParseReply[];
    await page.close();
    expect(errors).toEqual([]);
    expect(modelFetches).toHaveLength(1);
    const [first, second] = replies;
    if (!first?.ok || !second?.ok) throw new Error(`worker replied ${JSON.stringify(replies)}`);
    const model = await loadSyntaxModelFile();
    const inNode = sentences.map((words) => model.analyse(words));
    expect(first.sentences).toEqual(inNode);
    expect(second.sentences).toEqual(inNode.slice(0, 1));
    // The second request found the model loaded.
    expect(second.loadMs).toBeLessThan(first.loadMs);
    for (const words of inNode) expect(words.filter((w) => w.head === 0)).toHaveLength(1);
  }, 120_000);
});

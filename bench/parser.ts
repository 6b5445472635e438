// Parser benchmark (issue 15): tag + parse throughput on one core next to bare wink-nlp tagging of
// the same text in the same run, at 1x, 4x and 16x text; model size; start-up of a worker thread
// with the model loaded; start-up of the browser extraction worker's first parse.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { loadSyntaxModelFile, SYNTAX_MODEL_PATH } from '../src/cli/syntaxModelFile';
import { hashWords } from '../src/extract/syntax/wordShapes';
import { tagWords } from '../src/extract/syntax/tagger';
import { udWordsOf } from '../src/extract/syntax/udWords';
import { tokenize } from '../src/extract/tokenize';
import { measureBrowserStartup } from './parser/browserStartup';

const nlp = winkNLP(model);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

// Real news text: the seed and held-out articles (bodies after the front matter).
const texts = ['data/articles', 'test/gold/heldout/articles'].flatMap((folder) =>
  readdirSync(folder)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((n) => readFileSync(join(folder, n), 'utf8').split('---\n').slice(2).join('---\n')),
);
const sentences: string[][] = texts.flatMap((text) => {
  const { tokens, sentences: ss } = tokenize(text);
  return ss.map((s) => udWordsOf(tokens.slice(s.firstToken, s.endToken).map((t) => t.text)).words);
});
const repeat = <T>(xs: T[], k: number): T[] => Array.from({ length: k }, () => xs).flat();
const BASE_COPIES = 4;
const scales = [1, 4, 16].map((k) => ({ k, sentences: repeat(sentences, BASE_COPIES * k), texts: repeat(texts, BASE_COPIES * k) }));
const wordsIn = (ss: string[][]) => ss.reduce((n, s) => n + s.length, 0);

const loadStart = performance.now();
const syntax = await loadSyntaxModelFile();
const loadMs = performance.now() - loadStart;

const winkTag = (ts: string[]) => {
  for (const t of ts) nlp.readDoc(t).tokens().out(nlp.its.pos);
};
const tagOnly = (ss: string[][]) => {
  for (const s of ss) tagWords(syntax.tagger, hashWords(s));
};
const tagParse = (ss: string[][]) => {
  for (const s of ss) syntax.analyse(s);
};

// Warm-up (JIT) on the 1x text.
winkTag(scales[0]!.texts);
tagParse(scales[0]!.sentences);

const rows: [string, number, number][] = [];
for (const { k, sentences: ss, texts: ts } of scales) {
  const runs = k === 16 ? 3 : 5;
  rows.push([`wink-nlp tagging only, ${k}x`, wordsIn(ss), time(() => winkTag(ts), runs)]);
  rows.push([`our tagger only, ${k}x`, wordsIn(ss), time(() => tagOnly(ss), runs)]);
  rows.push([`our tag + parse, ${k}x`, wordsIn(ss), time(() => tagParse(ss), runs)]);
}

function threadStartup(): Promise<{ total: number; codeLoaded: number; modelReady: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parser/threadLoad.mjs', import.meta.url), { execArgv: [] });
    worker.once('message', (m: { codeLoaded: number; modelReady: number }) => {
      resolve({ total: performance.now() - started, ...m });
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
const threads = [];
for (let i = 0; i < 5; i++) threads.push(await threadStartup());
const browser = await measureBrowserStartup(5);

const gzBytes = statSync(SYNTAX_MODEL_PATH).size;
console.log(`Parser benchmark — Node ${process.version}, one core, median of 3–5 runs; real news text (${texts.length} articles, ${sentences.length} sentences, ${wordsIn(sentences)} words) × ${BASE_COPIES} at 1x\n`);
console.log('| run | words | ms | words/s |');
console.log('| --- | ---: | ---: | ---: |');
for (const [label, words, ms] of rows) console.log(`| ${label} | ${words} | ${ms.toFixed(0)} | ${Math.round((words / ms) * 1000)} |`);
const parseRows = rows.filter((r) => r[0].startsWith('our tag + parse'));
const [, w1, t1] = parseRows[0]!;
for (const [label, w, t] of parseRows.slice(1)) console.log(`\n${label}: ${(w / w1).toFixed(0)}x the words took ${(t / t1).toFixed(2)}x the time`);
console.log(`\nModel file: ${(gzBytes / 1e6).toFixed(2)} MB gzip (${SYNTAX_MODEL_PATH.split('/').slice(-3).join('/')}); load in this process (read, gunzip, decode, index): ${loadMs.toFixed(0)} ms`);
console.log(`Node worker thread, start to model loaded and one sentence parsed: median ${median(threads.map((t) => t.total)).toFixed(0)} ms (code loaded at ${median(threads.map((t) => t.codeLoaded)).toFixed(0)} ms, model ready at ${median(threads.map((t) => t.modelReady)).toFixed(0)} ms of thread time)`);
console.log(`Browser (headless Chromium ${browser.version}), new context each: extraction worker created → first parse answered, median ${median(browser.startup).toFixed(0)} ms (${browser.startup.map((x) => x.toFixed(0)).join(', ')}); of which model fetch, gunzip and decode in the worker: median ${median(browser.modelLoad).toFixed(0)} ms`);

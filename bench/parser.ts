// Parser benchmark (issue 15): tag + parse throughput on one core next to bare wink-nlp tagging of
// the same text in the same run (and the tag + parse of a baseline tree's code, with
// PARSER_BASELINE=<tree>), at 1x, 4x and 16x text; model size; start-up of a worker thread
// with the model loaded; start-up of the browser extraction worker's first parse.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { loadSyntaxModelFile, SYNTAX_MODEL_PATH } from '../src/cli/syntaxModelFile';
import { udWordsOf } from '../src/extract/syntax/udWords';
import { tokenize } from '../src/extract/tokenize';
import { measureBrowserStartup } from './parser/browserStartup';
import { compareUpos, ewtTestPath } from './parser/uposComparison';
import { median, time } from './cpuTiming';

const nlp = winkNLP(model);

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
  for (const s of ss) syntax.tagHashed(syntax.hashForms(s));
};
const tagParse = (ss: string[][]) => {
  for (const s of ss) syntax.analyse(s);
};
// The cost of beam search (issue 15): the same weights searched with a beam of 4 (a beam-trained
// model costs the same per hypothesis; the shipped model is greedy).
const BEAM = 4;
const syntaxBeam = await loadSyntaxModelFile(SYNTAX_MODEL_PATH, { beam: BEAM });
const tagParseBeam = (ss: string[][]) => {
  for (const s of ss) syntaxBeam.analyse(s);
};

// The previous code, when PARSER_BASELINE names a source tree of another commit (see
// bench/parserBeforeAfter.ts for how to export one): its tag + parse timed in the same run.
const baselineTree = process.env.PARSER_BASELINE;
const baseline = baselineTree
  ? ((await import(pathToFileURL(resolve(baselineTree, 'src/cli/syntaxModelFile.ts')).href)) as { readSyntaxModelFile: () => { analyse(forms: readonly string[]): unknown } }).readSyntaxModelFile()
  : undefined;
const baselineTagParse = (ss: string[][]) => {
  for (const s of ss) baseline!.analyse(s);
};
if (baseline) baselineTagParse(scales[0]!.sentences);

// Warm-up (JIT) on the 1x text.
winkTag(scales[0]!.texts);
tagParse(scales[0]!.sentences);

const rows: [string, number, { wall: number; cpu: number }][] = [];
for (const { k, sentences: ss, texts: ts } of scales) {
  const runs = k === 16 ? 3 : 5;
  rows.push([`wink-nlp tagging only, ${k}x`, wordsIn(ss), time(() => winkTag(ts), runs)]);
  rows.push([`our tagger only, ${k}x`, wordsIn(ss), time(() => tagOnly(ss), runs)]);
  if (baseline) rows.push([`baseline tag + parse (${baselineTree}), ${k}x`, wordsIn(ss), time(() => baselineTagParse(ss), runs)]);
  rows.push([`our tag + parse, ${k}x`, wordsIn(ss), time(() => tagParse(ss), runs)]);
  if (k === 1) rows.push([`our tag + parse with a beam of ${BEAM}, ${k}x`, wordsIn(ss), time(() => tagParseBeam(ss), runs)]);
}

function threadStartup(): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parser/threadLoad.mjs', import.meta.url), { execArgv: [] });
    worker.once('message', () => {
      resolve(performance.now() - started);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
const threads: number[] = [];
for (let i = 0; i < 5; i++) threads.push(await threadStartup());
const browser = await measureBrowserStartup(5);

const gzBytes = statSync(SYNTAX_MODEL_PATH).size;
console.log(`Parser benchmark — Node ${process.version}, one core, median of 3–5 runs; real news text (${texts.length} articles, ${sentences.length} sentences, ${wordsIn(sentences)} words) × ${BASE_COPIES} at 1x\n`);
console.log('| run | words | CPU ms | words/s (CPU) | wall ms | words/s (wall) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
const rate = (words: number, ms: number) => Math.round((words / ms) * 1000);
for (const [label, words, t] of rows) console.log(`| ${label} | ${words} | ${t.cpu.toFixed(0)} | ${rate(words, t.cpu)} | ${t.wall.toFixed(0)} | ${rate(words, t.wall)} |`);
const parseRows = rows.filter((r) => r[0].startsWith('our tag + parse,'));
const [, w1, t1] = parseRows[0]!;
for (const [label, w, t] of parseRows.slice(1)) console.log(`\n${label}: ${(w / w1).toFixed(0)}x the words took ${(t.cpu / t1.cpu).toFixed(2)}x the CPU time`);
console.log(`\nModel file: ${(gzBytes / 1e6).toFixed(2)} MB gzip (${SYNTAX_MODEL_PATH.split('/').slice(-3).join('/')}); load in this process (read, gunzip, decode, index): ${loadMs.toFixed(0)} ms`);
console.log(`Node worker thread (tsx), created → model loaded and one sentence parsed: median ${median(threads).toFixed(0)} ms (${threads.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`Browser (headless Chromium ${browser.version}), new context each: extraction worker created → first parse answered, median ${median(browser.startup).toFixed(0)} ms (${browser.startup.map((x) => x.toFixed(0)).join(', ')}); of which model fetch, gunzip and decode in the worker: median ${median(browser.modelLoad).toFixed(0)} ms`);

const ewtTest = ewtTestPath();
if (ewtTest) {
  const c = compareUpos(syntax, ewtTest);
  const pct = (x: number) => (100 * x).toFixed(2);
  console.log(`\nUPOS on EWT test: wink-nlp ${pct(c.wink)}%, ours ${pct(c.ours)}% on the ${c.aligned} of ${c.sentences} sentences (${c.words} words) where wink-nlp's tokens are the treebank's words; ours on all sentences ${pct(c.oursAll)}%`);
} else console.log('\nUPOS on EWT test: skipped (../shared/treebanks not found)');

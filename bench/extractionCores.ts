// Extraction on one core against both cores (issue 5): the main thread plus worker threads read the
// documents, the main thread merges. Generated corpus at 1x (100 articles) and 10x (1000 articles).
import { availableParallelism, loadavg } from 'node:os';
import { coreCount, extractOnCores, MainThreadRunner, startThreads } from '../src/cli/extractionThreads';
import { generateArticles, type GeneratedArticle } from '../src/cli/synthetic/textCorpus';
import { defaultResources } from '../src/extract/defaultResources';
import { planDocuments } from '../src/extract/documentIds';
import { distributeDocuments } from '../src/extract/distributeDocuments';
import { extractCorpus } from '../src/extract/extractCorpus';
import { mergeExtractions } from '../src/extract/mergeExtractions';

const CORES = 2;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function timed(fn: () => unknown, runs: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** Both cores with the worker threads started beforehand: the parallel part alone. */
async function withWarmThreads(articles: GeneratedArticle[], runs: number): Promise<number> {
  const threads = startThreads(CORES - 1);
  await Promise.all(threads.runners.map((r) => r.ready));
  try {
    return await timed(async () => {
      const outcomes = await distributeDocuments(planDocuments(articles), [new MainThreadRunner(), ...threads.runners]);
      mergeExtractions(outcomes, defaultResources().dictionary);
    }, runs);
  } finally {
    await threads.stop();
  }
}

const resources = defaultResources();
const corpora: [string, GeneratedArticle[], number][] = [
  ['1x (100 articles)', generateArticles(100, 700, 7), 5],
  ['10x (1000 articles)', generateArticles(1000, 700, 7), 3],
];
const wordsOf = (as: GeneratedArticle[]) => as.reduce((n, a) => n + a.words, 0);

// Warm up this thread's JIT and the engine's lazy state, as in the extraction section.
extractCorpus(generateArticles(5, 300, 1), resources);

const startups = await (async () => {
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const threads = startThreads(1);
    await threads.runners[0]!.ready;
    samples.push(performance.now() - t0);
    await threads.stop();
  }
  return samples;
})();

const rows: string[] = [];
const defaults: string[] = [];
for (const [label, articles, runs] of corpora) {
  const words = wordsOf(articles);
  const one = await timed(() => extractCorpus(articles, resources), runs);
  const cold = await timed(() => extractOnCores(articles, CORES), runs);
  const warm = await withWarmThreads(articles, runs);
  const rate = (ms: number) => Math.round((words / ms) * 1000);
  defaults.push(`${label}: ${coreCount(articles)}`);
  rows.push(`| ${label} | ${words} | one core (baseline) | ${one.toFixed(0)} | ${rate(one)} | 1.00x |`);
  rows.push(`| ${label} | ${words} | both cores, thread started in the run | ${cold.toFixed(0)} | ${rate(cold)} | ${(one / cold).toFixed(2)}x |`);
  rows.push(`| ${label} | ${words} | both cores, thread already running | ${warm.toFixed(0)} | ${rate(warm)} | ${(one / warm).toFixed(2)}x |`);
}

const load = loadavg().map((l) => l.toFixed(1)).join(', ');
console.log(`Extraction on ${CORES} cores — Node ${process.version}, ${availableParallelism()} cores available, load average ${load}; median of runs\n`);
console.log('| corpus | words | run | ms | words/s | speed-up |');
console.log('| --- | ---: | --- | ---: | ---: | ---: |');
for (const r of rows) console.log(r);
console.log(`\nCores npm run extract picks without --jobs: ${defaults.join('; ')}.`);
console.log(`Worker thread start-up (tsx, NLP engine, model and dictionary loaded; ready for work): median ${median(startups).toFixed(0)} ms of ${startups.map((s) => s.toFixed(0)).join(', ')} ms. The main thread reads documents meanwhile, so a corpus shorter than that never waits for the thread.`);

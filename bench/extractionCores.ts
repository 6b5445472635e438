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

interface Sample {
  ms: number;
  /** CPU time of the whole process, every thread, user + system. */
  cpuMs: number;
}

async function timeOnce(fn: () => unknown): Promise<Sample> {
  globalThis.gc?.();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const cpu = process.cpuUsage(cpu0);
  return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const middle = (xs: Sample[]): Sample => ({ ms: median(xs.map((x) => x.ms)), cpuMs: median(xs.map((x) => x.cpuMs)) });

/**
 * The three ways, interleaved round by round (one core, both with a fresh thread, both with a
 * running thread), so load from other processes on a shared machine falls on all of them alike.
 */
async function measure(articles: GeneratedArticle[], rounds: number): Promise<{ one: Sample; cold: Sample; warm: Sample }> {
  const threads = startThreads(CORES - 1);
  await Promise.all(threads.runners.map((r) => r.ready));
  const one: Sample[] = [];
  const cold: Sample[] = [];
  const warm: Sample[] = [];
  try {
    for (let i = 0; i < rounds; i++) {
      one.push(await timeOnce(() => extractCorpus(articles, resources)));
      cold.push(await timeOnce(() => extractOnCores(articles, CORES)));
      warm.push(
        await timeOnce(async () => {
          const outcomes = await distributeDocuments(planDocuments(articles), [new MainThreadRunner(), ...threads.runners]);
          mergeExtractions(outcomes, resources.dictionary);
        }),
      );
    }
  } finally {
    await threads.stop();
  }
  return { one: middle(one), cold: middle(cold), warm: middle(warm) };
}

const resources = defaultResources();
const corpora: [string, GeneratedArticle[], number][] = [
  ['1x (100 articles)', generateArticles(100, 700, 7), 7],
  ['10x (1000 articles)', generateArticles(1000, 700, 7), 5],
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
  const { one, cold, warm } = await measure(articles, runs);
  const rate = (ms: number) => Math.round((words / ms) * 1000);
  defaults.push(`${label}: ${coreCount(articles)}`);
  const row = (run: string, x: Sample) =>
    rows.push(`| ${label} | ${words} | ${run} | ${x.ms.toFixed(0)} | ${rate(x.ms)} | ${(one.ms / x.ms).toFixed(2)}x | ${x.cpuMs.toFixed(0)} | ${(x.cpuMs / x.ms).toFixed(2)} |`);
  row('one core (baseline)', one);
  row('both cores, thread started in the run', cold);
  row('both cores, thread already running', warm);
}

const load = loadavg().map((l) => l.toFixed(1)).join(', ');
console.log(`Extraction on ${CORES} cores — Node ${process.version}, ${availableParallelism()} cores available, load average ${load}; median of interleaved rounds\n`);
console.log('| corpus | words | run | ms | words/s | speed-up | CPU ms (all threads) | cores busy (CPU / wall) |');
console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(r);
console.log(`\nCores npm run extract picks without --jobs: ${defaults.join('; ')}.`);
console.log(`Worker thread start-up (tsx, NLP engine, model and dictionary loaded; ready for work): median ${median(startups).toFixed(0)} ms of ${startups.map((s) => s.toFixed(0)).join(', ')} ms. The main thread reads documents meanwhile, so a corpus shorter than that never waits for the thread.`);

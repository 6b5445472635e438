// npm run gen -- [--actors N] [--events N] [--years N] [--seed N] [--out FILE]
// npm run gen -- --text [--articles N] [--words N] [--seed N] --out-dir DIR
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';
import { RELATIONS } from '../domain/relationRegistry';
import { ArgumentError, GEN_USAGE, parseGenArguments, type GraphRequest, type TextRequest } from './genArguments';
import { streamGraphJson } from './streamGraphJson';
import { DEFAULT_START_DATE, checkSyntheticOptions, planSyntheticGraph, type SyntheticGraphOptions } from './synthetic/generateGraph';
import { generateArticles } from './synthetic/textCorpus';

async function writeGraph(request: GraphRequest, options: SyntheticGraphOptions): Promise<void> {
  const t0 = performance.now();
  const plan = planSyntheticGraph(options);
  let bytes: number;
  if (request.out) {
    mkdirSync(dirname(request.out), { recursive: true });
    const file = createWriteStream(request.out);
    bytes = await streamGraphJson(plan, file);
    file.end();
    await finished(file);
  } else bytes = await streamGraphJson(plan, process.stdout);
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  const where = request.out ? ` to ${request.out}` : '';
  console.error(
    `Generated ${plan.nodes.length} actors, ${plan.eventCount} events and ${plan.documentCount} documents over ${request.years} year(s) from ${request.startDate ?? DEFAULT_START_DATE} (seed ${request.seed}): ${(bytes / 1e6).toFixed(1)} MB${where} in ${seconds} s.`,
  );
}

function writeText(request: TextRequest): void {
  const articles = generateArticles(request.articles, request.words, request.seed);
  mkdirSync(request.outDir, { recursive: true });
  for (const a of articles) writeFileSync(join(request.outDir, a.name), a.text);
  const words = articles.reduce((n, a) => n + a.words, 0);
  console.error(`Wrote ${articles.length} articles (${words} words, seed ${request.seed}) to ${request.outDir}.`);
}

async function main(argv: string[]): Promise<number> {
  let request;
  try {
    request = parseGenArguments(argv);
  } catch (err) {
    if (!(err instanceof ArgumentError)) throw err;
    console.error(`${err.message}\n\n${GEN_USAGE}`);
    return 2;
  }
  if (request.mode === 'help') {
    console.error(GEN_USAGE);
    return 0;
  }
  if (request.mode === 'text') {
    writeText(request);
    return 0;
  }
  const { actors, events, years, seed, startDate } = request;
  const options: SyntheticGraphOptions = { actors, events, years, seed, startDate, relations: RELATIONS.relations };
  try {
    checkSyntheticOptions(options);
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${GEN_USAGE}`);
    return 2;
  }
  await writeGraph(request, options);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));

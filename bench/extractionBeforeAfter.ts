// Extraction before/after (issue 17): the whole pipeline with the parser, by this tree's code and by
// a baseline tree's code (another commit exported beside this one), on the extraction bench's real
// news. The two alternate chunk by chunk (24 articles) in one process, so both meet the same machine
// load, and each side's CPU time is summed; also checks that both give the same output. Usage:
//   git archive <commit> src data bench package.json tsconfig.json | tar -x -C /tmp/base
//   mkdir -p /tmp/base/test/gold && cp -r test/gold/heldout /tmp/base/test/gold/ && ln -s "$PWD/node_modules" /tmp/base/
//   EXTRACTION_BASELINE=/tmp/base [EXTRACTION_ROUNDS=3] [EXTRACTION_PARSER_ONLY=1] npm run bench -- extractionBeforeAfter
// The last column, the median of the chunks' ratios, is the one a load spike moves least.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSyntaxModelFile } from '../src/cli/syntaxModelFile';
import { loadBaseline } from './baselineTree';
import { defaultResources } from '../src/extract/defaultResources';
import { extractCorpus, type InputFile } from '../src/extract/extractCorpus';

type Extract = (files: InputFile[]) => unknown;

const before = await loadBaseline('bench/extractionBeforeAfter.ts');

/** Both sides, with and without the parser. */
function sides(parser: boolean): [name: string, extract: Extract][] {
  const baseRes = parser ? { ...before.defaultResources(), syntax: before.readSyntaxModelFile() } : before.defaultResources();
  const ownRes = parser ? { ...defaultResources(), syntax: readSyntaxModelFile() } : defaultResources();
  return [
    [`baseline (${before.dir})`, (files) => before.extractCorpus(files, baseRes)],
    ['this tree', (files) => extractCorpus(files, ownRes)],
  ];
}

// The extraction bench's real news: seed and held-out articles, 30 copies each under new names.
const texts = ['data/articles', 'test/gold/heldout/articles'].flatMap((folder) =>
  readdirSync(folder)
    .filter((n) => n.endsWith('.md'))
    .map((n) => readFileSync(join(folder, n), 'utf8')),
);
const files: InputFile[] = texts.flatMap((text, i) => Array.from({ length: 30 }, (_, k) => ({ name: `real-${i}-${k}.md`, text })));
const words = texts.reduce((n, t) => n + 30 * t.split('---\n').slice(2).join('').split(/\s+/).filter(Boolean).length, 0);
const CHUNK = 24;
/** Rounds of the whole corpus per side (EXTRACTION_ROUNDS; more narrow the spread on a loaded machine). */
const ROUNDS = Number(process.env.EXTRACTION_ROUNDS ?? 3);

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * CPU ms of each side per round, the sides alternating chunk by chunk (who goes first alternates too),
 * and each chunk's baseline / this tree ratio (the two timed back to back, so a load spike that
 * lasts a chunk moves one ratio, not a round's sum).
 */
function timeRounds(pair: [string, Extract][]): { rounds: number[][]; chunkRatios: number[] } {
  const rounds: number[][] = [];
  const chunkRatios: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const spent = [0, 0];
    for (let c = 0, k = 0; c < files.length; c += CHUNK, k++) {
      const part = files.slice(c, c + CHUNK);
      const chunk = [0, 0];
      for (const s of k % 2 ? [0, 1] : [1, 0]) {
        const c0 = cpuMs();
        pair[s]![1](part);
        chunk[s] = cpuMs() - c0;
        spent[s]! += chunk[s]!;
      }
      chunkRatios.push(chunk[0]! / chunk[1]!);
    }
    rounds.push(spent);
  }
  return { rounds, chunkRatios };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

const perSecond = (ms: number) => Math.round((words / ms) * 1000);
console.log(`Extraction before/after — Node ${process.version}, one core, CPU time, ${words} words of real news (${files.length} articles), ${ROUNDS} rounds\n`);
console.log('| pipeline | baseline words/s | this tree words/s | this tree / baseline, per round | all rounds | median of chunks |');
console.log('| --- | ---: | ---: | --- | ---: | ---: |');
for (const parser of process.env.EXTRACTION_PARSER_ONLY === '1' ? [true] : [true, false]) {
  const pair = sides(parser);
  const same = JSON.stringify(pair[0]![1](files)) === JSON.stringify(pair[1]![1](files));
  const { rounds, chunkRatios } = timeRounds(pair);
  const total = rounds.reduce((t, r) => [t[0]! + r[0]!, t[1]! + r[1]!], [0, 0]);
  const label = `${parser ? 'with' : 'without'} the parser${same ? '' : ' (OUTPUT DIFFERS)'}`;
  console.log(`| ${label} | ${perSecond(total[0]! / ROUNDS)} | ${perSecond(total[1]! / ROUNDS)} | ${rounds.map((r) => (r[0]! / r[1]!).toFixed(3)).join(', ')} | ${(total[0]! / total[1]!).toFixed(3)}x | ${median(chunkRatios).toFixed(3)}x |`);
}

// Extraction before/after in separate processes (issue 17): each run is a fresh Node process that
// loads one tree's code (this tree's or a baseline's, exported as bench/extractionBeforeAfter.ts
// says) and extracts the real news of the extraction bench with the parser, pass after pass. The
// trees' processes alternate, one at a time. Unlike extractionBeforeAfter, where both trees share one
// process, no tree is charged for the other's garbage collection or the optimizing compiler's work
// on the other's functions (background threads whose CPU time the process's total includes), and
// the first passes show what the optimizing compiler costs before it settles. Usage:
//   EXTRACTION_BASELINE=/tmp/base [EXTRACTION_PROCESSES=4] [EXTRACTION_PASSES=4] npm run bench -- extractionProcesses
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { readSyntaxModelFile } from '../src/cli/syntaxModelFile';
import type { defaultResources } from '../src/extract/defaultResources';
import type { extractCorpus, InputFile } from '../src/extract/extractCorpus';

const CHUNK = 24;

/** The bench's real news: seed and held-out articles, 30 copies each under new names; and its words. */
function realNews(): { files: InputFile[]; words: number } {
  const texts = ['data/articles', 'test/gold/heldout/articles'].flatMap((folder) =>
    readdirSync(folder)
      .filter((n) => n.endsWith('.md'))
      .map((n) => readFileSync(join(folder, n), 'utf8')),
  );
  const files = texts.flatMap((text, i) => Array.from({ length: 30 }, (_, k) => ({ name: `real-${i}-${k}.md`, text })));
  const words = texts.reduce((n, t) => n + 30 * t.split('---\n').slice(2).join('').split(/\s+/).filter(Boolean).length, 0);
  return { files, words };
}

/** CPU ms of this process (all threads) and of its main thread (Linux; NaN elsewhere). */
function cpuTimes(): { all: number; main: number } {
  const u = process.cpuUsage();
  let main = NaN;
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    main = (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    // Not Linux: the main thread's share is not shown.
  }
  return { all: (u.user + u.system) / 1000, main };
}

/** One process: the tree's code, `passes` passes over the corpus; prints each pass's CPU ms as JSON. */
async function child(tree: string, passes: number): Promise<void> {
  const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(resolve(tree, path)).href)) as T;
  const { extractCorpus: extract } = await load<{ extractCorpus: typeof extractCorpus }>('src/extract/extractCorpus.ts');
  const { defaultResources: resources } = await load<{ defaultResources: typeof defaultResources }>('src/extract/defaultResources.ts');
  const { readSyntaxModelFile: model } = await load<{ readSyntaxModelFile: typeof readSyntaxModelFile }>('src/cli/syntaxModelFile.ts');
  const res = { ...resources(), syntax: model() };
  const { files } = realNews();
  const out: { all: number; main: number }[] = [];
  for (let p = 0; p < passes; p++) {
    const t0 = cpuTimes();
    for (let c = 0; c < files.length; c += CHUNK) extract(files.slice(c, c + CHUNK), res);
    const t1 = cpuTimes();
    out.push({ all: t1.all - t0.all, main: t1.main - t0.main });
  }
  console.log(JSON.stringify(out));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

async function parent(): Promise<void> {
  const baseline = process.env.EXTRACTION_BASELINE;
  if (!baseline || !existsSync(join(baseline, 'src/extract/extractCorpus.ts'))) {
    console.log('Skipped: set EXTRACTION_BASELINE to a source tree of the commit to compare with (see bench/extractionBeforeAfter.ts).');
    return;
  }
  const processes = Number(process.env.EXTRACTION_PROCESSES ?? 4);
  const passes = Number(process.env.EXTRACTION_PASSES ?? 4);
  const trees: [string, string][] = [['baseline', resolve(baseline)], ['this tree', resolve('.')]];
  const runs: { all: number; main: number }[][][] = [[], []];
  for (let r = 0; r < processes; r++) {
    for (const s of r % 2 ? [1, 0] : [0, 1]) {
      const res = spawnSync(process.execPath, ['--import', 'tsx', 'bench/extractionProcesses.ts'], {
        env: { ...process.env, EXTRACTION_CHILD_TREE: trees[s]![1], EXTRACTION_PASSES: String(passes) },
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      if (res.status !== 0) throw new Error(`${trees[s]![0]} failed: ${res.stderr}`);
      runs[s]!.push(JSON.parse(res.stdout.trim().split('\n').pop()!) as { all: number; main: number }[]);
    }
  }
  const { words } = realNews();
  const perSecond = (ms: number) => Math.round((words / ms) * 1000);
  console.log(`Extraction with the parser in separate processes — Node ${process.version}, ${words} words of real news a pass, ${processes} processes per tree, baseline ${baseline}\n`);
  console.log('| pass | baseline words/s (CPU, all threads) | this tree | this tree / baseline | baseline words/s (main thread) | this tree | this tree / baseline |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (let p = 0; p < passes; p++) {
    const [a, b] = [0, 1].map((s) => median(runs[s]!.map((run) => run[p]!.all)));
    const [ma, mb] = [0, 1].map((s) => median(runs[s]!.map((run) => run[p]!.main)));
    console.log(`| ${p + 1} | ${perSecond(a!)} | ${perSecond(b!)} | ${(a! / b!).toFixed(3)}x | ${perSecond(ma!)} | ${perSecond(mb!)} | ${(ma! / mb!).toFixed(3)}x |`);
  }
}

if (process.env.EXTRACTION_CHILD_TREE) await child(process.env.EXTRACTION_CHILD_TREE, Number(process.env.EXTRACTION_PASSES ?? 4));
else await parent();

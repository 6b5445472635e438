// Extraction on several cores in Node: worker threads read the documents, the main thread merges,
// and the graph is byte for byte the one a single core gives.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { CHARS_PER_EXTRA_CORE, coreCount, extractOnCores, startThreads } from '../../src/cli/extractionThreads';
import { defaultResources } from '../../src/extract/defaultResources';
import { planDocuments, type InputFile } from '../../src/extract/documentIds';
import { distributeDocuments, type DocumentRunner } from '../../src/extract/distributeDocuments';
import { extractCorpus } from '../../src/extract/extractCorpus';
import { mergeExtractions } from '../../src/extract/mergeExtractions';
import type { ExtractionResult } from '../../src/extract/types';
import { buildGraph } from '../../src/graph/buildGraph';
import { bundledThreadEntry, cliTestTimeout, runCli } from '../support/runCli';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FOLDERS = ['data/articles', 'test/gold/heldout/articles'];

function read(folder: string): InputFile[] {
  return readdirSync(join(ROOT, folder))
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(ROOT, folder, name), 'utf8') }));
}

const seedAndHeldOut = FOLDERS.flatMap(read);
/**
 * Backstop for a test whose threads stop answering (a hang uses no CPU, so only the wall clock can
 * tell): far above the few CPU seconds a run takes, so that a busy machine does not trip it.
 */
const THREAD_TEST_TIMEOUT_MS = 5 * 60_000;
// The same names again: their ids ("-2") must not depend on which thread reads them.
const files = [...seedAndHeldOut, seedAndHeldOut[0]!, seedAndHeldOut[3]!];
const serialized = (r: ExtractionResult) => JSON.stringify(buildGraph(r).export(), null, 1);

let singleCore = '';
let singleCoreWarnings: string[] = [];
/**
 * The threads run the CLI's bundle (as `npm run extract` does): started from the TypeScript sources,
 * each thread compiled the engine again, 5 s of CPU apiece. The graph is compared with the sources'
 * own single-core reading, so the bundle is checked against them too.
 */
let entry: URL;

beforeAll(() => {
  entry = bundledThreadEntry();
  const result = extractCorpus(files, defaultResources());
  singleCore = serialized(result);
  singleCoreWarnings = result.warnings;
});

/** Counts the batches a runner is given. */
function counted(runner: DocumentRunner, counts: number[], i: number): DocumentRunner {
  counts[i] = 0;
  return { ready: runner.ready, run: (tasks) => ((counts[i]! += 1), runner.run(tasks)) };
}

describe('extraction on worker threads', () => {
  // Two threads serve both checks below: starting one (loading the engine from the TypeScript
  // sources) costs more CPU than the documents it reads here.
  describe('on two threads', () => {
    let threads: ReturnType<typeof startThreads>;
    beforeAll(async () => {
      threads = startThreads(2, entry);
      // Both loaded first, so each takes a batch at once (a slow starter could otherwise find none left).
      await Promise.all(threads.runners.map((r) => r.ready));
    }, THREAD_TEST_TIMEOUT_MS);
    afterAll(() => threads.stop());

    it('gives the single-core graph byte for byte when threads read every document', async () => {
      const counts: number[] = [];
      const outcomes = await distributeDocuments(planDocuments(files), threads.runners.map((r, i) => counted(r, counts, i)));
      const result = mergeExtractions(outcomes, defaultResources().dictionary);
      expect(counts.every((n) => n > 0)).toBe(true);
      expect(result.warnings).toEqual(singleCoreWarnings);
      expect(serialized(result)).toBe(singleCore);
    }, THREAD_TEST_TIMEOUT_MS);

    it('names a file it cannot read, whichever thread reads it', async () => {
      const broken = { name: 'broken.md', text: '---\ntitle: [unclosed\n---\nRussia attacked Ukraine.' };
      const run = distributeDocuments(planDocuments([...files, broken]), threads.runners);
      await expect(run).rejects.toThrow(/^broken\.md: front matter is not valid YAML/);
    }, THREAD_TEST_TIMEOUT_MS);

    // Last on these threads: it stops them.
    it('fails with the files in hand when a thread stops mid-way, instead of hanging', async () => {
      const thread = threads.runners[0]!;
      // The threads are stopped as soon as the first batch is posted.
      const stopping: DocumentRunner = {
        ready: thread.ready,
        run: (tasks) => {
          const reading = thread.run(tasks);
          void threads.stop();
          return reading;
        },
      };
      const run = distributeDocuments(planDocuments(files), [stopping]);
      await expect(run).rejects.toThrow(/Extraction thread stopped while reading \S+\.md/);
    }, THREAD_TEST_TIMEOUT_MS);
  });

  it('gives the same graph through extractOnCores, however the work falls between the threads', async () => {
    expect(serialized(await extractOnCores(files, 2, entry))).toBe(singleCore);
  }, THREAD_TEST_TIMEOUT_MS);

});

describe('how many cores npm run extract uses', () => {
  const long = Array.from({ length: 8 }, (_, i) => ({ name: `long-${i}.md`, text: 'x'.repeat(CHARS_PER_EXTRA_CORE / 2) }));

  it('stays on one core for a few short articles, where starting a thread costs more than it saves', () => {
    expect(coreCount(seedAndHeldOut)).toBe(1);
  });

  it('takes every core for a long corpus, and as many as asked, but never more than there are files', () => {
    expect(coreCount(long)).toBe(Math.min(availableParallelism(), 5));
    expect(coreCount(seedAndHeldOut, 2)).toBe(2);
    expect(coreCount(seedAndHeldOut.slice(0, 1), 4)).toBe(1);
  });
});

describe('npm run extract -- --jobs', () => {
  it('writes the same graph on two cores as on one', () => {
    const run = (jobs: string) => runCli('extract', [...FOLDERS, '--jobs', jobs]);
    const one = run('1');
    const two = run('2');
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  }, cliTestTimeout(2));

  it('refuses a --jobs that is not a whole number of cores', () => {
    const run = runCli('extract', ['data/articles', '--jobs', '0']);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/--jobs takes a whole number of cores/);
  }, cliTestTimeout(1));
});

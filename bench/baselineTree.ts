// The extraction code of a baseline tree (another commit exported beside this one, see
// bench/extractionBeforeAfter.ts), for benches that compare it with this tree's.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { readSyntaxModelFile } from '../src/cli/syntaxModelFile';
import type { defaultResources } from '../src/extract/defaultResources';
import type { extractCorpus } from '../src/extract/extractCorpus';

export interface BaselineExtraction {
  /** Where the baseline tree lies. */
  dir: string;
  extractCorpus: typeof extractCorpus;
  defaultResources: typeof defaultResources;
  readSyntaxModelFile: typeof readSyntaxModelFile;
}

/** The tree EXTRACTION_BASELINE names; without one, says how to give it and exits. */
export async function loadBaseline(bench: string): Promise<BaselineExtraction> {
  const baseline = process.env.EXTRACTION_BASELINE;
  if (!baseline || !existsSync(join(baseline, 'src/extract/extractCorpus.ts'))) {
    console.log(`Skipped: set EXTRACTION_BASELINE to a source tree of the commit to compare with (see ${bench}).`);
    process.exit(0);
  }
  const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(resolve(baseline, path)).href)) as T;
  return {
    dir: baseline,
    ...(await load<Pick<BaselineExtraction, 'extractCorpus'>>('src/extract/extractCorpus.ts')),
    ...(await load<Pick<BaselineExtraction, 'defaultResources'>>('src/extract/defaultResources.ts')),
    ...(await load<Pick<BaselineExtraction, 'readSyntaxModelFile'>>('src/cli/syntaxModelFile.ts')),
  };
}

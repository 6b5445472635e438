// npm run extract -- <files or folders>... [--out FILE] [--jobs N]
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { defaultResources } from '../extract/defaultResources';
import { extractCorpus, type InputFile } from '../extract/extractCorpus';
import { DocumentError } from '../extract/parseDocument';
import type { ExtractionResult } from '../extract/types';
import { buildGraph } from '../graph/buildGraph';
import { summarizeGraph } from '../graph/summarizeGraph';
import { coreCount, ExtractionError, extractOnCores } from './extractionThreads';

const TEXT_FILE = /\.(md|markdown|txt)$/i;
const USAGE = 'Usage: npm run extract -- <files or folders>... [--out FILE] [--jobs N]\n  --jobs N  cores to read documents on (default: all the text is long enough for; 1 = no threads)';

function collect(path: string): string[] {
  const st = statSync(path);
  if (st.isDirectory()) return readdirSync(path).sort().flatMap((n) => (n.startsWith('.') ? [] : collect(join(path, n))));
  return TEXT_FILE.test(path) ? [path] : [];
}

async function main(argv: string[]): Promise<number> {
  const paths: string[] = [];
  let out: string | undefined;
  let jobs: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = argv[++i];
    else if (argv[i] === '--jobs') {
      const value = argv[++i];
      jobs = Number(value);
      if (!Number.isInteger(jobs) || jobs < 1) {
        console.error(`--jobs takes a whole number of cores, 1 or more; got ${JSON.stringify(value ?? '')}.`);
        return 2;
      }
    } else if (argv[i] === '--help' || argv[i] === '-h') {
      console.error(USAGE);
      return 0;
    } else paths.push(argv[i]!);
  }
  if (paths.length === 0) {
    console.error(USAGE);
    return 2;
  }
  let files: InputFile[];
  try {
    files = paths.flatMap(collect).map((p) => ({ name: basename(p), text: readFileSync(p, 'utf8') }));
  } catch (err) {
    console.error(`Cannot read input: ${(err as Error).message}`);
    return 1;
  }
  if (files.length === 0) {
    console.error('No .md or .txt files found in the given paths.');
    return 1;
  }
  try {
    const cores = coreCount(files, jobs);
    const result: ExtractionResult = cores === 1 ? extractCorpus(files, defaultResources()) : await extractOnCores(files, cores);
    for (const w of result.warnings) console.error(`warning: ${w}`);
    const graph = buildGraph(result);
    const json = JSON.stringify(graph.export(), null, 1);
    if (out) {
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, json + '\n');
    } else process.stdout.write(json + '\n');
    console.error(summarizeGraph(graph));
    return 0;
  } catch (err) {
    if (err instanceof DocumentError || err instanceof ExtractionError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
}

process.exitCode = await main(process.argv.slice(2));

// npm run extract -- <files or folders>... [--out FILE] [--jobs N] [--strict] [--verbose]
import { defaultResources } from '../extract/defaultResources';
import { extractCorpus } from '../extract/extractCorpus';
import { DocumentError } from '../extract/parseDocument';
import type { ExtractionResult } from '../extract/types';
import { buildGraph } from '../graph/buildGraph';
import { collectInputs } from './collectInputs';
import { coreCount, ExtractionError, extractOnCores } from './extractionThreads';
import { provideSyntaxModelFile } from './syntaxModelFile';
import { extractSummary } from './extractSummary';
import { outputProblem, writeAtomically } from './writeOutput';

const USAGE = `Usage: npm run extract -- <files or folders>... [--out FILE] [--jobs N] [--strict] [--verbose]
  --out FILE  write the graph (compact JSON) to FILE instead of stdout
  --jobs N    cores to read documents on (default: all the text is long enough for; 1 = no threads)
  --strict    stop with an error when any file is skipped (unreadable, not text, same text twice)
  --verbose   one line per document and per skipped file, every warning in full`;

interface Options {
  paths: string[];
  out?: string;
  jobs?: number;
  strict: boolean;
  verbose: boolean;
}

function parseArgs(argv: string[]): Options | number {
  const o: Options = { paths: [], strict: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') o.out = argv[++i];
    else if (arg === '--strict') o.strict = true;
    else if (arg === '--verbose' || arg === '-v') o.verbose = true;
    else if (arg === '--jobs') {
      const value = argv[++i];
      o.jobs = Number(value);
      if (!Number.isInteger(o.jobs) || o.jobs < 1) {
        console.error(`--jobs takes a whole number of cores, 1 or more; got ${JSON.stringify(value ?? '')}.`);
        return 2;
      }
    } else if (arg === '--help' || arg === '-h') {
      console.error(USAGE);
      return 0;
    } else o.paths.push(arg);
  }
  if (o.paths.length === 0 || o.out === '') {
    console.error(USAGE);
    return 2;
  }
  return o;
}

async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'number') return options;
  const { out, jobs } = options;
  const problem = out ? outputProblem(out) : null;
  if (problem) {
    console.error(problem);
    return 1;
  }
  const inputs = collectInputs(options.paths);
  if (inputs.files.length === 0) {
    for (const s of inputs.skipped) console.error(`skipped ${s.path}: ${s.reason}`);
    console.error(inputs.skipped.length ? 'Nothing could be read.' : 'No .md or .txt files found in the given paths.');
    return 1;
  }
  if (options.strict && inputs.skipped.length) {
    for (const s of inputs.skipped) console.error(`skipped ${s.path}: ${s.reason}`);
    console.error(`--strict: ${inputs.skipped.length} file${inputs.skipped.length === 1 ? ' was' : 's were'} skipped, so nothing was written.`);
    return 1;
  }
  const files = inputs.files.map((f) => ({ name: f.name, text: f.text }));
  try {
    const cores = coreCount(files, jobs);
    const result: ExtractionResult = cores === 1 ? extractCorpus(files, defaultResources()) : await extractOnCores(files, cores);
    const graph = buildGraph(result);
    const json = JSON.stringify(graph.export()) + '\n';
    if (out) writeAtomically(out, json);
    else process.stdout.write(json);
    console.error(extractSummary(graph, inputs, result.warnings, options.verbose));
    return 0;
  } catch (err) {
    if (err instanceof DocumentError || err instanceof ExtractionError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
}

provideSyntaxModelFile();
process.exitCode = await main(process.argv.slice(2));

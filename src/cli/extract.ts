// npm run extract -- <files or folders>... [--out FILE]
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { defaultResources } from '../extract/defaultResources';
import { extractCorpus, type InputFile } from '../extract/extractCorpus';
import { DocumentError } from '../extract/parseDocument';
import { buildGraph } from '../graph/buildGraph';
import { summarizeGraph } from '../graph/summarizeGraph';

const TEXT_FILE = /\.(md|markdown|txt)$/i;

function collect(path: string): string[] {
  const st = statSync(path);
  if (st.isDirectory()) return readdirSync(path).sort().flatMap((n) => (n.startsWith('.') ? [] : collect(join(path, n))));
  return TEXT_FILE.test(path) ? [path] : [];
}

function main(argv: string[]): number {
  const paths: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = argv[++i];
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.error('Usage: npm run extract -- <files or folders>... [--out FILE]');
      return 0;
    } else paths.push(argv[i]!);
  }
  if (paths.length === 0) {
    console.error('Usage: npm run extract -- <files or folders>... [--out FILE]');
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
    const result = extractCorpus(files, defaultResources());
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
    if (err instanceof DocumentError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
}

process.exitCode = main(process.argv.slice(2));

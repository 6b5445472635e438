// Command-line arguments of `npm run gen`: a synthetic graph, or (--text) a folder of articles.

export const GEN_USAGE = `Usage:
  npm run gen -- [--actors N] [--events N] [--years N] [--seed N] [--start YYYY-MM-DD] [--out FILE]
      a seeded synthetic graph in the Dramatis contract (JSON on stdout unless --out)
  npm run gen -- --text [--articles N] [--words N] [--seed N] --out-dir DIR
      seeded news-like articles as .md files with front matter, for npm run extract`;

export interface GraphRequest {
  mode: 'graph';
  actors: number;
  events: number;
  years: number;
  seed: number;
  startDate?: string;
  out?: string;
}

export interface TextRequest {
  mode: 'text';
  articles: number;
  words: number;
  seed: number;
  outDir: string;
}

export type GenRequest = GraphRequest | TextRequest | { mode: 'help' };

export class ArgumentError extends Error {}

const GRAPH_NUMBERS = ['actors', 'events', 'years'] as const;
const TEXT_NUMBERS = ['articles', 'words'] as const;
const DEFAULTS: Record<string, number> = { actors: 1000, events: 10000, years: 3, seed: 1, articles: 100, words: 700 };
const VALUE_FLAGS = new Set([...GRAPH_NUMBERS, ...TEXT_NUMBERS, 'seed', 'start', 'out', 'out-dir']);

function wholeNumber(flag: string, raw: string, min: number): number {
  if (!/^-?\d+$/.test(raw)) throw new ArgumentError(`--${flag} needs a whole number, got "${raw}".`);
  const n = Number(raw);
  if (n < min || !Number.isSafeInteger(n)) throw new ArgumentError(`--${flag} must be at least ${min}, got ${raw}.`);
  return n;
}

export function parseGenArguments(argv: readonly string[]): GenRequest {
  const values = new Map<string, string>();
  let text = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { mode: 'help' };
    if (arg === '--text') {
      text = true;
      continue;
    }
    const [flag, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s, 2) : [undefined, undefined];
    if (flag === undefined || !VALUE_FLAGS.has(flag)) throw new ArgumentError(`Unknown argument "${arg}".`);
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new ArgumentError(`--${flag} needs a value.`);
    if (values.has(flag)) throw new ArgumentError(`--${flag} is given twice.`);
    values.set(flag, value);
  }
  const number = (flag: string, min: number) => (values.has(flag) ? wholeNumber(flag, values.get(flag)!, min) : DEFAULTS[flag]!);
  const seed = number('seed', -(2 ** 31));
  const misplaced = (flags: readonly string[], where: string) => {
    const wrong = flags.filter((f) => values.has(f));
    if (wrong.length > 0) throw new ArgumentError(`${wrong.map((f) => `--${f}`).join(', ')} ${wrong.length > 1 ? 'do' : 'does'} not apply ${where}.`);
  };
  if (text) {
    misplaced([...GRAPH_NUMBERS, 'start', 'out'], 'to --text (use --articles, --words and --out-dir)');
    const outDir = values.get('out-dir');
    if (!outDir) throw new ArgumentError('--text needs --out-dir DIR to write the articles into.');
    return { mode: 'text', articles: number('articles', 1), words: number('words', 10), seed, outDir };
  }
  misplaced([...TEXT_NUMBERS, 'out-dir'], 'to graphs (add --text for articles)');
  const request: GraphRequest = { mode: 'graph', actors: number('actors', 2), events: number('events', 1), years: number('years', 1), seed };
  const start = values.get('start');
  if (start !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(start)) throw new ArgumentError(`--start needs a date as YYYY-MM-DD, got "${start}".`);
    request.startDate = start;
  }
  const out = values.get('out');
  if (out !== undefined) request.out = out;
  return request;
}

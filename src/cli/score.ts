// npm run score [-- --verbose] [--set NAME]... [--record]: strict scores of the extractor on every
// benchmark set (real-news test split first, then dev, the seed articles and the PLOVER records).
import { join, resolve } from 'node:path';
import { annotatorAgreement } from '../score/annotatorAgreement';
import { NEWS_ROOT } from '../score/benchmarkSets';
import { RATCHET_FILE, writeRatchet } from '../score/ratchet';
import { runPlover, runSet, SET_NAMES, type ScoredPlover, type ScoredSet, type SetName } from '../score/runBenchmark';
import { compactTable, ploverDetails, setDetails } from '../score/scoreTable';
import { provideSyntaxModelFile } from './syntaxModelFile';

const USAGE = `Usage: npm run score -- [--verbose] [--set NAME]... [--record]
  --set NAME   score only this set (${SET_NAMES.join(', ')}) and show its misses and false positives
  --verbose    misses, false positives and per-relation figures of every set
  --record     write the seeds and dev figures to ${RATCHET_FILE} (the ratchet the tests hold)`;

function parse(argv: string[]): { sets: SetName[]; verbose: boolean; record: boolean } | string {
  const sets: SetName[] = [];
  let verbose = false;
  let record = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--verbose' || arg === '-v') verbose = true;
    else if (arg === '--record') record = true;
    else if (arg === '--set') {
      const name = argv[++i] as SetName;
      if (!SET_NAMES.includes(name)) return `Unknown set ${JSON.stringify(argv[i] ?? '')}; the sets are ${SET_NAMES.join(', ')}.`;
      sets.push(name);
    } else return arg === '--help' || arg === '-h' ? USAGE : `Unknown option ${arg}.\n${USAGE}`;
  }
  return { sets, verbose, record };
}

function main(argv: string[]): number {
  const options = parse(argv);
  if (typeof options === 'string') {
    console.error(options);
    return options === USAGE ? 0 : 2;
  }
  const root = resolve(import.meta.dirname, '../..');
  const chosen: SetName[] = options.sets.length ? options.sets : ['test', 'dev', 'seeds', 'plover', 'wire'];
  if (options.record) for (const n of ['seeds', 'dev'] as const) if (!chosen.includes(n)) chosen.push(n);
  const scored = chosen.map((n): ScoredSet | ScoredPlover => (n === 'plover' ? runPlover(root) : runSet(root, n)));
  const today = new Date().toISOString().slice(0, 10);
  console.log(compactTable(scored, today));
  const agreement = annotatorAgreement(join(root, NEWS_ROOT));
  if (agreement) console.log(`  agreement: ${agreement.articles} articles annotated twice; ${agreement.matched} relations shared of ${agreement.first} and ${agreement.second}, F1 ${(100 * agreement.f1).toFixed(1)}%`);
  if (options.verbose || options.sets.length) {
    for (const s of scored) console.log('\n' + (s.name === 'plover' ? ploverDetails(s as ScoredPlover, true) : setDetails(s as ScoredSet)));
  }
  if (options.record) {
    const ratchet = writeRatchet(resolve(root, RATCHET_FILE), scored.filter((s): s is ScoredSet => s.name !== 'plover'), today);
    console.log(`\nRecorded ${Object.keys(ratchet.sets).join(' and ') || 'nothing (no gold yet)'} in ${RATCHET_FILE}.`);
  }
  return 0;
}

provideSyntaxModelFile();
process.exitCode = main(process.argv.slice(2));

// Plain-text tables of the scores: one compact line per set, and the details behind a set.
import type { ExtractedEvent } from '../extract/types';
import type { PlacedGold } from './goldTypes';
import type { ScoredPlover, ScoredSet } from './runBenchmark';

export const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const ratioText = (a: number, b: number) => (b ? `${pct(a / b)} (${a}/${b})` : '–');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

const HEADER = ['set', 'docs', 'gold', 'precision', 'strict recall', 'F1', 'dates', 'modality', 'evidence', 'pub. date', 'split', 'affiliation P/R'];

function setRow(s: ScoredSet): string[] {
  const r = s.score.relations;
  const a = s.score.affiliation;
  const empty = r.required === 0 && r.predicted === 0;
  const dash = (text: string) => (empty ? '–' : text);
  const pub = s.publication;
  return [
    s.name,
    String(s.documents),
    String(r.required),
    dash(ratioText(r.correct, r.predicted - r.weakMatched)),
    dash(ratioText(r.correct, r.required)),
    dash(pct(r.f1)),
    dash(pct(s.score.dateAccuracy)),
    dash(pct(s.score.modalityAgreement)),
    dash(pct(s.score.evidenceExact)),
    pub.inferred ? `${pub.correct}/${pub.inferred} of ${pub.documents}` : '–',
    dash(String(s.score.splitActors.length)),
    a.required || a.predicted ? `${pct(a.precision)}/${pct(a.recall)}` : '–',
  ];
}

function ploverRow(p: ScoredPlover): string[] {
  const t = p.score.total;
  const precision = t.predicted ? t.correct / t.predicted : 1;
  const recall = t.scorable ? t.found / t.scorable : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return ['plover', String(p.documents), String(t.scorable), ratioText(t.correct, t.predicted), ratioText(t.found, t.scorable), pct(f1), '–', '–', '–', '–', '–', '–'];
}

/** One line per set, in the order given, with a legend of what the columns mean. */
export function compactTable(sets: (ScoredSet | ScoredPlover)[], date: string): string {
  const rows = [HEADER, ...sets.map((s) => (s.name === 'plover' ? ploverRow(s as ScoredPlover) : setRow(s as ScoredSet)))];
  const labels = sets.map((s) => `  ${s.name}: ${s.label}`).join('\n');
  return `Extraction quality, ${date} (npm run score; --verbose or --set NAME for misses and false positives)\n${table(rows)}\n${labels}\n  gold: required relations (PLOVER: records that code a dyad); recall is strict: one extracted relation satisfies one gold relation.\n  pub. date: publication dates inferred correctly / inferred, of documents whose date was hidden.`;
}

const showEvent = (e: ExtractedEvent) => `${e.source} -${e.relation}-> ${e.target} [${e.modality}, ${e.date}${e.dateEnd ? '..' + e.dateEnd : ''} ${e.datePrecision}] ${e.doc}: ${e.evidence.text.slice(0, 100)}`;
const showGold = (g: PlacedGold) => `${g.source} -${g.relation}-> ${g.target}${g.modality ? ` [${g.modality}]` : ''} ${g.doc}: "${g.anchor}"`;

/** Per-relation figures, misses, false positives, wrong dates and split actors of one set. */
export function setDetails(s: ScoredSet): string {
  const rel = s.score.byRelation.map((r) => [r.relation, String(r.gold), String(r.found), String(r.predicted), r.predicted ? pct(r.correct / r.predicted) : '–', r.gold ? pct(r.found / r.gold) : '–']);
  const lines = [`== ${s.name}: ${s.label}`, table([['relation', 'gold', 'found', 'predicted', 'P', 'R'], ...rel])];
  for (const g of s.score.relations.missed) lines.push(`  missed: ${showGold(g)}`);
  for (const e of s.score.relations.falsePositives) lines.push(`  false positive: ${showEvent(e)}`);
  for (const { event, gold } of s.score.wrongDates) lines.push(`  wrong date (gold ${JSON.stringify(gold.date)}): ${showEvent(event)}`);
  for (const { event, gold } of s.score.wrongModality) lines.push(`  wrong modality (gold ${gold.modality ?? 'asserted'}): ${showEvent(event)}`);
  for (const g of s.score.affiliation.missed) lines.push(`  missed affiliation: ${showGold(g)}`);
  for (const sp of s.score.splitActors) lines.push(`  split actor: ${sp.gold} is ${sp.extracted.join(', ')}`);
  for (const w of s.publication.wrong) lines.push(`  wrong publication date: ${w.doc} inferred ${w.inferred}, published ${w.published}`);
  for (const p of s.problems) lines.push(`  problem: ${p}`);
  return lines.join('\n');
}

/** Recall and precision per PLOVER type, with the records missed and the false positives. */
export function ploverDetails(p: ScoredPlover, verbose: boolean): string {
  const rows = p.score.rows.map((r) => [r.type, String(r.records), String(r.scorable), String(r.found), r.scorable ? pct(r.found / r.scorable) : '–', String(r.predicted), r.predicted ? pct(r.correct / r.predicted) : '–']);
  const lines = [`== plover: ${p.label}`, table([['type', 'records', 'dyads', 'found', 'recall', 'predicted', 'precision'], ...rows])];
  lines.push(`  ${p.score.unscorable.length} records code no dyad (no target, or an empty actor) and are left out of recall: ${p.score.unscorable.join(', ')}`);
  lines.push(`  not scored: ${p.score.negated} negated events (the records code no negation), ${p.score.duplicates} repeating another event's record, dyad and PLOVER type`);
  if (verbose) {
    for (const r of p.score.missed) lines.push(`  missed: ${r.id} ${r.event}: ${r.text.slice(0, 110)}`);
    for (const e of p.score.falsePositives) lines.push(`  false positive: ${showEvent(e)}`);
  }
  return lines.join('\n');
}

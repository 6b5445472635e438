import type { ExtractedEvent, SourceDocument } from './types';

export interface GoldEvent {
  doc: string;
  /** A phrase of the evidence sentence. */
  anchor: string;
  relation: string;
  source: string;
  target: string;
  sources?: string[];
  targets?: string[];
  undirected?: boolean;
  /** Inclusive ISO day range the event must fall in, or "document" for the document's own date. */
  date: [string, string] | 'document';
  modality?: string;
  optional?: boolean;
}

export interface Score {
  predicted: number;
  correct: number;
  required: number;
  found: number;
  precision: number;
  recall: number;
  /** Share of matched events whose date interval lies inside the gold range. */
  dateAccuracy: number;
  evidenceExact: number;
  falsePositives: ExtractedEvent[];
  missed: GoldEvent[];
  wrongDates: { event: ExtractedEvent; gold: GoldEvent }[];
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The day interval an event's date covers, given its precision. */
export function dateInterval(e: Pick<ExtractedEvent, 'date' | 'dateEnd'>): [string, string] {
  const expand = (d: string, end: boolean): string => {
    const [y, m] = d.split('-').map(Number);
    if (d.length === 4) return end ? `${d}-12-31` : `${d}-01-01`;
    if (d.length === 7) return end ? `${d}-${String(lastDay(y!, m!)).padStart(2, '0')}` : `${d}-01`;
    return d;
  };
  return [expand(e.date, false), expand(e.dateEnd ?? e.date, true)];
}

function matches(e: ExtractedEvent, g: GoldEvent, evidence: string): boolean {
  if (e.doc !== g.doc || e.relation !== g.relation || !evidence.includes(g.anchor)) return false;
  const sources = [g.source, ...(g.sources ?? [])];
  const targets = [g.target, ...(g.targets ?? [])];
  if (sources.includes(e.source) && targets.includes(e.target)) return true;
  return Boolean(g.undirected) && sources.includes(e.target) && targets.includes(e.source);
}

function dateOk(e: ExtractedEvent, g: GoldEvent, doc: SourceDocument | undefined): boolean {
  if (g.date === 'document') return e.datePrecision === 'document' || e.date === doc?.published?.slice(0, 10);
  const [from, to] = dateInterval(e);
  return from >= g.date[0] && to <= g.date[1];
}

/** Precision, recall and date accuracy of extracted events against a gold list. */
export function scoreEvents(events: ExtractedEvent[], gold: GoldEvent[], documents: SourceDocument[]): Score {
  const docs = new Map(documents.map((d) => [d.id, d]));
  const found = new Set<GoldEvent>();
  const falsePositives: ExtractedEvent[] = [];
  const wrongDates: Score['wrongDates'] = [];
  let correct = 0;
  let dated = 0;
  let evidenceExact = 0;
  for (const e of events) {
    const doc = docs.get(e.doc);
    if (doc && doc.body.slice(e.evidence.start, e.evidence.end) === e.evidence.text) evidenceExact++;
    const g = gold.find((x) => matches(e, x, e.evidence.text));
    if (!g) {
      falsePositives.push(e);
      continue;
    }
    correct++;
    found.add(g);
    if (dateOk(e, g, doc)) dated++;
    else wrongDates.push({ event: e, gold: g });
  }
  const required = gold.filter((g) => !g.optional);
  const missed = required.filter((g) => !found.has(g));
  return {
    predicted: events.length,
    correct,
    required: required.length,
    found: required.length - missed.length,
    precision: events.length ? correct / events.length : 1,
    recall: required.length ? (required.length - missed.length) / required.length : 1,
    dateAccuracy: correct ? dated / correct : 1,
    evidenceExact: events.length ? evidenceExact / events.length : 1,
    falsePositives,
    missed,
    wrongDates,
  };
}

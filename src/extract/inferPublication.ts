import * as chrono from 'chrono-node';
import dateWords from '../../data/dateWords.json';

const pad = (n: number) => String(n).padStart(2, '0');

/** A day the contract can hold: a four-digit year and a date the calendar has ("29 Feb 2025" has none). */
function isCalendarDay(year: number | null, month: number, day: number): boolean {
  if (year === null || year < 1000 || year > 9999) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

interface Candidate {
  year: number;
  month: number;
  day: number;
  precision: 'day' | 'month' | 'year';
  /** Written after "since": the start of what still goes on, a bound the day of writing lies far past. */
  since?: boolean;
}

/** A year written out in the matched text: only such a date is absolute ("last month" is not). */
const WRITTEN_YEAR = /\b(?:1[89]|20)\d{2}\b/;
/** A day number written out ("March 4", "4 March"): a relative phrase ("last week") has none. */
const WRITTEN_DAY = /\b\d{1,2}(?:st|nd|rd|th)?\b/;
/** Words before a date that make it a deadline ("by March 23", "until 2027"): it may lie after the day of writing. */
const DEADLINE_BEFORE = /\b(?:by|until|till|before|(?:deadline|target(?:\s+date)?)(?:\s+of)?|due(?:\s+on)?|expires?(?:\s+on)?)\s+(?:the\s+(?:end\s+of\s+)?)?$/i;
const DEADLINE_AFTER = /^\s*deadlines?\b/i;
/** A yearless date this many days or fewer before the latest dated mention is in the same year. */
const SAME_YEAR_LOOKBACK_DAYS = 90;

/** The first year in which a yearless day falls no more than the lookback before the anchor. */
function yearOfYearless(d: { month: number; day: number }, anchor: Candidate): number {
  const anchorTime = Date.UTC(anchor.year, anchor.month - 1, anchor.day);
  for (const year of [anchor.year - 1, anchor.year]) {
    const daysAfter = (Date.UTC(year, d.month - 1, d.day) - anchorTime) / 86_400_000;
    if (daysAfter >= -SAME_YEAR_LOOKBACK_DAYS) return year;
  }
  return anchor.year + 1;
}

// "is expected to meet advisers on Tuesday": a day still to come says nothing of the day of writing.
const FUTURE = new RegExp(`\\b(?:${dateWords.futureMarkers.map((w) => w.replace("'", "['’]")).join('|')})\\b`, 'i');
const sentenceAround = (body: string, at: number) => body.slice(Math.max(0, body.lastIndexOf('.', at) + 1), body.indexOf('.', at) < 0 ? body.length : body.indexOf('.', at));
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?$/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const QUALIFIED = new RegExp(`\\b(?:${dateWords.weekdayQualifiers.join('|')})\\s+$`, 'i');

/**
 * "January 18" (a Friday) and "told reporters in Nairobi Saturday": news names the days just
 * before it was written by weekday, so a plain mention of the weekday after the latest written
 * date puts the writing on that next day. A weekday qualified ("last Saturday", "until Saturday") says nothing.
 */
function dayAfterNamed(body: string, latest: Candidate): string | null {
  const next = new Date(Date.UTC(latest.year, latest.month - 1, latest.day + 1));
  const name = WEEKDAYS[next.getUTCDay()]!;
  for (const m of body.matchAll(new RegExp(`\\b${name}\\b`, 'gi'))) {
    const at = m.index ?? 0;
    if (m[0][0] !== m[0][0]!.toUpperCase() || QUALIFIED.test(body.slice(Math.max(0, at - 12), at)) || FUTURE.test(sentenceAround(body, at))) continue;
    return next.toISOString().slice(0, 10);
  }
  return null;
}

/** Longest stretch of text chrono reads at once (see parseInChunks). */
const CHUNK_CHARS = 4000;

/**
 * Chrono over the text a paragraph group at a time, indexes relative to the whole text. Read whole,
 * a long document costs time quadratic in its length (a refiner re-reads the text before every
 * date it finds); a date is never written across a line break, nor across a sentence end in a line
 * too long to keep whole.
 */
function parseInChunks(body: string) {
  const options = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
  const found: { index: number; text: string; start: chrono.ParsedComponents; end: chrono.ParsedComponents | null }[] = [];
  for (let from = 0; from < body.length; ) {
    let to = Math.min(body.length, from + CHUNK_CHARS);
    if (to < body.length) {
      const lineEnd = body.lastIndexOf('\n', to);
      const sentenceEnd = lineEnd > from ? lineEnd : body.slice(from, to).search(/[.!?]\s+(?=[^.!?]*$)/);
      to = lineEnd > from ? lineEnd + 1 : sentenceEnd > 0 ? from + sentenceEnd + 1 : to;
    }
    for (const r of chrono.parse(body.slice(from, to), options)) found.push({ index: from + r.index, text: r.text, start: r.start, end: r.end ?? null });
    from = to;
  }
  return found;
}

/**
 * Infers a publication date for a document that states none: the latest calendar date its text
 * mentions. Only absolute dates count: a year or a day number written out. Relative phrases ("last
 * month", "in the day", "on Tuesday") say nothing without a reference date, so they never infer one.
 * Deadlines ("by March 23, 2016", "the March 23 deadline") may lie after the day of writing and are
 * skipped. Yearless dates are read against the latest dated mention, in the first year where they
 * fall at most three months before it (a January report after "June 2025" is next year's; "September 7" beside
 * "September 8, 2010" is not; "December 28" beside "Jan 12, 2026" is the December before). A bare year ("in 1984", "since 2003") names history, not the day of writing: when the
 * latest date is only a year, nothing is inferred. The result is never more precise than the text:
 * `YYYY-MM-DD` or `YYYY-MM`; null without a month.
 */
export function inferPublication(body: string): string | null {
  let results: { index: number; text: string; start: chrono.ParsedComponents; end: chrono.ParsedComponents | null }[] = [];
  try {
    results = parseInChunks(body);
  } catch {
    return null;
  }
  const dated: Candidate[] = [];
  for (const m of body.matchAll(/\b(?:in|of|during|since)\s+((?:19|20)\d{2})\b/gi)) dated.push({ year: Number(m[1]), month: 1, day: 1, precision: 'year' });
  const yearless: { month: number; day: number }[] = [];
  for (const r of results) {
    const after = body.slice(r.index + r.text.length, r.index + r.text.length + 12);
    if (DEADLINE_BEFORE.test(body.slice(Math.max(0, r.index - 40), r.index)) || DEADLINE_AFTER.test(after)) continue;
    const absoluteYear = WRITTEN_YEAR.test(r.text);
    const since = SINCE_BEFORE.test(body.slice(Math.max(0, r.index - 12), r.index));
    for (const c of [r.start, r.end]) {
      if (!c || !c.isCertain('month')) continue;
      const month = c.get('month')!;
      const hasDay = c.isCertain('day');
      const day = hasDay ? c.get('day')! : 1;
      const year = c.get('year') ?? r.start.get('year');
      if (c.isCertain('year') || r.start.isCertain('year')) {
        if (absoluteYear && isCalendarDay(year, month, day)) dated.push({ year: year!, month, day, precision: hasDay ? 'day' : 'month', since });
      } else if (hasDay && WRITTEN_DAY.test(r.text)) yearless.push({ month, day });
    }
  }
  if (dated.length === 0) return null;
  const key = (d: { year: number; month: number; day: number }) => d.year * 10000 + d.month * 100 + d.day;
  dated.sort((a, b) => key(a) - key(b));
  const anchor = dated[dated.length - 1]!;
  const candidates = [...dated];
  for (const d of yearless) {
    const year = yearOfYearless(d, anchor);
    if (isCalendarDay(year, d.month, d.day)) candidates.push({ year, month: d.month, day: d.day, precision: 'day' });
  }
  const latest = candidates.sort((a, b) => key(a) - key(b) || (a.precision === 'day' ? 1 : -1)).pop()!;
  if (latest.precision === 'year' || latest.since) return null;
  if (latest.precision === 'month') return `${latest.year}-${pad(latest.month)}`;
  return dayAfterNamed(body, latest) ?? `${latest.year}-${pad(latest.month)}-${pad(latest.day)}`;
}

import * as chrono from 'chrono-node';

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
}

/** A year written out in the matched text: only such a date is absolute ("last month" is not). */
const WRITTEN_YEAR = /\b(?:1[89]|20)\d{2}\b/;
/** A day number written out ("March 4", "4 March"): a relative phrase ("last week") has none. */
const WRITTEN_DAY = /\b\d{1,2}(?:st|nd|rd|th)?\b/;

/**
 * Infers a publication date for a document that states none: the latest calendar date its text
 * mentions. Only absolute dates count: a year or a day number written out. Relative phrases ("last
 * month", "in the day", "on Tuesday") say nothing without a reference date, so they never infer one. Yearless dates take the year of the latest dated mention, or the next year when they
 * fall earlier in the calendar than that mention (a January report after "June 2025"). The result
 * is never more precise than the text: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null without any year.
 */
export function inferPublication(body: string): string | null {
  let results: chrono.ParsedResult[] = [];
  try {
    results = chrono.parse(body, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
  } catch {
    return null;
  }
  const dated: Candidate[] = [];
  for (const m of body.matchAll(/\b(?:in|of|during|since)\s+((?:19|20)\d{2})\b/gi)) dated.push({ year: Number(m[1]), month: 1, day: 1, precision: 'year' });
  const yearless: { month: number; day: number }[] = [];
  for (const r of results) {
    const absoluteYear = WRITTEN_YEAR.test(r.text);
    for (const c of [r.start, r.end]) {
      if (!c || !c.isCertain('month')) continue;
      const month = c.get('month')!;
      const hasDay = c.isCertain('day');
      const day = hasDay ? c.get('day')! : 1;
      const year = c.get('year') ?? r.start.get('year');
      if (c.isCertain('year') || r.start.isCertain('year')) {
        if (absoluteYear && isCalendarDay(year, month, day)) dated.push({ year: year!, month, day, precision: hasDay ? 'day' : 'month' });
      } else if (hasDay && WRITTEN_DAY.test(r.text)) yearless.push({ month, day });
    }
  }
  if (dated.length === 0) return null;
  const key = (d: { year: number; month: number; day: number }) => d.year * 10000 + d.month * 100 + d.day;
  dated.sort((a, b) => key(a) - key(b));
  const anchor = dated[dated.length - 1]!;
  const candidates = [...dated];
  for (const d of yearless) {
    const sameYear = d.month * 100 + d.day >= anchor.month * 100 + anchor.day;
    const year = sameYear ? anchor.year : anchor.year + 1;
    if (isCalendarDay(year, d.month, d.day)) candidates.push({ year, month: d.month, day: d.day, precision: 'day' });
  }
  const latest = candidates.sort((a, b) => key(a) - key(b) || (a.precision === 'day' ? 1 : -1)).pop()!;
  if (latest.precision === 'year') return String(latest.year);
  if (latest.precision === 'month') return `${latest.year}-${pad(latest.month)}`;
  return `${latest.year}-${pad(latest.month)}-${pad(latest.day)}`;
}

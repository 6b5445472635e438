import * as chrono from 'chrono-node';
import type { DatePrecision } from '../domain/contract';
import dateWords from '../../data/dateWords.json';
import { anchorPhrases } from './anchorPhrases';
import { screenedChrono } from './screenedChrono';

export type Tense = 'past' | 'present' | 'future';

export interface ResolvedDate {
  date: string;
  dateEnd?: string;
  precision: Exclude<DatePrecision, 'document'>;
  /** Offset of the expression within the searched text, for choosing the nearest one. */
  index: number;
  text: string;
  /** How the date was read, where it came from outside the clause ("the day named in sentence 2"). */
  note?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function utc(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

/** Reference day (UTC midnight) of a publication date such as `2026-01-12T18:19`. */
export function referenceDay(published: string): Date {
  const [y, m, d] = published.slice(0, 10).split('-').map(Number);
  return utc(y ?? 1970, m ?? 1, d ?? 1);
}

function weekdayFrom(ref: Date, weekday: number, tense: Tense): Date {
  const diff = weekday - ref.getUTCDay();
  const out = new Date(ref);
  if (tense === 'future') out.setUTCDate(ref.getUTCDate() + (diff <= 0 ? diff + 7 : diff));
  else out.setUTCDate(ref.getUTCDate() + (diff > 0 ? diff - 7 : diff));
  return out;
}

/** Year for a month (and optional day) given without one, chosen by tense. */
function yearFor(ref: Date, month: number, day: number | undefined, tense: Tense): number {
  const y = ref.getUTCFullYear();
  const refKey = (ref.getUTCMonth() + 1) * 100 + ref.getUTCDate();
  const key = month * 100 + (day ?? 1);
  const monthOnly = day === undefined;
  if (tense === 'future') return key >= refKey || (monthOnly && month === ref.getUTCMonth() + 1) ? y : y + 1;
  if (tense === 'past') return key <= refKey ? y : y - 1;
  // Present tense: the nearest occurrence.
  const candidates = [y - 1, y, y + 1].map((yy) => utc(yy, month, day ?? 15));
  candidates.sort((a, b) => Math.abs(a.getTime() - ref.getTime()) - Math.abs(b.getTime() - ref.getTime()));
  return candidates[0]!.getUTCFullYear();
}

interface Known {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

function knownOf(c: chrono.ParsedComponents): Known {
  const k: Known = {};
  for (const key of ['year', 'month', 'day', 'weekday'] as const) if (c.isCertain(key)) k[key] = c.get(key) ?? undefined;
  return k;
}

/** The year, from `year` on in steps of `step`, whose calendar has this day (February 29); null if none near. */
function yearWithDay(year: number, month: number, day: number, step: number, tries: number): number | null {
  for (let i = 0; i < tries; i++, year += step) if (utc(year, month, day).getUTCDate() === day) return year;
  return null;
}

function resolveKnown(k: Known, ref: Date, tense: Tense): { date: string; precision: ResolvedDate['precision'] } | null {
  if (k.month !== undefined && k.day !== undefined) {
    // A day the calendar lacks is no date; a yearless February 29 is that of the nearest leap year the tense points to.
    const year = k.year !== undefined ? yearWithDay(k.year, k.month, k.day, 0, 1) : yearWithDay(yearFor(ref, k.month, k.day, tense), k.month, k.day, tense === 'future' ? 1 : -1, 8);
    return year === null ? null : { date: ymd(utc(year, k.month, k.day)), precision: 'day' };
  }
  if (k.month !== undefined) {
    const year = k.year ?? yearFor(ref, k.month, undefined, tense);
    return { date: `${year}-${pad(k.month)}`, precision: 'month' };
  }
  if (k.year !== undefined) return { date: String(k.year), precision: 'year' };
  if (k.weekday !== undefined) return { date: ymd(weekdayFrom(ref, k.weekday, tense)), precision: 'day' };
  return null;
}

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const RELATIVE_PERIOD = /\b(last|past|previous|next|coming|this)\s+(week|month|year)\b/gi;
const RELATIVE_WEEKDAY = /\b(last|next|this)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi;
const PART_OF_MONTH = /\b(early|mid|late)[-\s](january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const YEAR_RANGE = /\b(?:between|from)\s+((?:19|20)\d{2})\s+(?:and|to|until)\s+((?:19|20)\d{2})\b/gi;

function addDays(d: Date, n: number): Date {
  const out = new Date(d);
  out.setUTCDate(d.getUTCDate() + n);
  return out;
}

/** "last month", "next week", "last Friday", "between 2019 and 2021": spans chrono gets wrong. */
function relativeDates(text: string, ref: Date, tense: Tense): ResolvedDate[] {
  const out: ResolvedDate[] = [];
  // Each pattern is tried only where the (lowered) text holds a word it cannot match without.
  const lower = text.toLowerCase();
  const holds = (...words: string[]) => words.some((w) => lower.includes(w));
  if (holds('week', 'month', 'year')) pushPeriods(out, text, ref);
  if (holds('day')) pushWeekdays(out, text, ref);
  if (holds('early', 'mid', 'late')) pushPartsOfMonth(out, text, ref, tense);
  if (/\d/.test(text)) pushYearRanges(out, text);
  return out;
}

/** "last month", "next week": the month or week before or after publication. */
function pushPeriods(out: ResolvedDate[], text: string, ref: Date): void {
  for (const m of text.matchAll(RELATIVE_PERIOD)) {
    const dir = /last|past|previous/i.test(m[1]!) ? -1 : /next|coming/i.test(m[1]!) ? 1 : 0;
    const unit = m[2]!.toLowerCase();
    const base = { index: m.index ?? 0, text: m[0] };
    if (unit === 'year') out.push({ ...base, date: String(ref.getUTCFullYear() + dir), precision: 'year' });
    else if (unit === 'month') {
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + dir, 1));
      out.push({ ...base, date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, precision: 'month' });
    } else {
      // Weeks run Monday to Sunday; written on a Sunday, "last week" is the week ending then (a weekly review's week).
      if (dir === -1 && ref.getUTCDay() === 0) {
        out.push({ ...base, date: ymd(addDays(ref, -6)), dateEnd: ymd(addDays(ref, -1)), precision: 'day' });
        continue;
      }
      const monday = addDays(ref, -((ref.getUTCDay() + 6) % 7) + 7 * dir);
      out.push({ ...base, date: ymd(monday), dateEnd: ymd(addDays(monday, 6)), precision: 'day' });
    }
  }
}

/** "last Friday", "next Monday". */
function pushWeekdays(out: ResolvedDate[], text: string, ref: Date): void {
  for (const m of text.matchAll(RELATIVE_WEEKDAY)) {
    const weekday = WEEKDAY_NAMES.indexOf(m[2]!.toLowerCase());
    const which = m[1]!.toLowerCase();
    let d = weekdayFrom(ref, weekday, which === 'next' ? 'future' : 'past');
    // "last Friday" in a Friday article is a week back; "next Friday" is never today.
    if (which === 'last' && ymd(d) === ymd(ref)) d = addDays(d, -7);
    out.push({ date: ymd(d), precision: 'day', index: m.index ?? 0, text: m[0] });
  }
}

/** "late January": a third of the month. */
function pushPartsOfMonth(out: ResolvedDate[], text: string, ref: Date, tense: Tense): void {
  for (const m of text.matchAll(PART_OF_MONTH)) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    const part = m[1]!.toLowerCase();
    let year = yearFor(ref, month, undefined, tense);
    const from = part === 'early' ? 1 : part === 'mid' ? 11 : 21;
    // "late January" told in a mid-January article looking back is last year's.
    if (tense === 'past' && utc(year, month, from) > ref) year -= 1;
    const to = part === 'early' ? 10 : part === 'mid' ? 20 : new Date(Date.UTC(year, month, 0)).getUTCDate();
    out.push({ date: `${year}-${pad(month)}-${pad(from)}`, dateEnd: `${year}-${pad(month)}-${pad(to)}`, precision: 'day', index: m.index ?? 0, text: m[0] });
  }
}

/** "between 2019 and 2021". */
function pushYearRanges(out: ResolvedDate[], text: string): void {
  for (const m of text.matchAll(YEAR_RANGE)) {
    if (Number(m[2]) > Number(m[1])) out.push({ date: m[1]!, dateEnd: m[2]!, precision: 'year', index: m.index ?? 0, text: m[0] });
  }
}

const COMPARED_SINCE = new RegExp(`\\b(?:${dateWords.comparisonWords.join('|')})\\b[^,;.]*\\bsince\\s+(?:the\\s+)?$`, 'i');
const BARE_YEAR = /\b(?:in|during|by|since|until|of|through|throughout)\s+((?:19|20)\d{2})\b(?![-\u2013]\w|\s*,?\s*\d)/gi;
const WEEKEND = /\bweekend\b/i;
// "after 10 hours of talks", "for three days", "within 48 hours", "two days later": a length of
// time, counted from something other than the publication, names no date.
const DURATION = /^(?:(?:for|after|within|over)\s+.*\b(?:minutes?|hours?|days?|weeks?|months?|years?)|.*\b(?:later|earlier))$/i;

// "a day", "after two weeks": a bare length of time, too.
const BARE_DURATION = /^(after|within|for)?\s*(a|an|one|two|three|four|five|several|a few)\s+(day|days|week|weeks|month|months|year|years)$/;
// "one day after Gates concluded a visit": a distance from another act, not from publication.
const DISTANCE_FROM_ACT = /^(a|an|one|two|three|four|five|six|\d+)\s+(days?|weeks?)\s+(after|before)$/;
// "over the last few months", "in the past three weeks": a stretch up to publication, its start not fixed.
const RECENT_STRETCH = /^(?:the\s+)?(?:last|past)\s+(?:few|several|couple of|[a-z]+|\d+)\s+(?:days|weeks|months|years)$/;
const isDuration = (text: string): boolean => DURATION.test(text) || BARE_DURATION.test(text.toLowerCase()) || DISTANCE_FROM_ACT.test(text.toLowerCase()) || RECENT_STRETCH.test(text.toLowerCase());

// "for the second time in 48 hours", "the third attack in two days": counted forward from publication
// only in a clause about what is to come; otherwise a length of time.
const FORWARD_WORDS = /\b(?:will|would|shall|going to)\b/i;
const FORWARD_SPAN = /^in\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:hours?|days?|weeks?|months?|years?)$/i;

/**
 * Every date expression in `text` (one clause), resolved against the publication day with the
 * clause's tense: a weekday or yearless date in the past tense is the latest one on or before
 * publication, in the future tense the next one. Precision never exceeds what the text says.
 */
export function findDates(text: string, published: string, tense: Tense): ResolvedDate[] {
  const ref = referenceDay(published);
  let out: ResolvedDate[] = relativeDates(text, ref, tense);
  // "the next day", "later that day": counted from the day the text named before (discourseAnchor.ts), not from publication.
  const taken = [...out, ...anchorPhrases(text)].map((d) => [d.index, d.index + d.text.length] as const);
  const overlapsTaken = (index: number, length: number) => taken.some(([a, b]) => index < b && index + length > a);
  let results: chrono.ParsedResult[] = [];
  try {
    results = screenedChrono.parse(text, { instant: new Date(ref.getTime() + 12 * 3600_000), timezone: 0 });
  } catch {
    results = [];
  }
  for (const r of results) {
    if (overlapsTaken(r.index, r.text.length) || isDuration(r.text)) continue;
    // "protesters march", "they may": a month name written in lowercase alone is a verb, no date.
    if (MONTHS.includes(r.text) && r.text === r.text.toLowerCase()) continue;
    const lower = r.text.toLowerCase();
    const start = knownOf(r.start);
    if (/\bthis month\b/.test(lower) || (lower.includes('month') && start.month !== undefined && start.day === undefined)) {
      out.push({ date: `${ref.getUTCFullYear()}-${pad(ref.getUTCMonth() + 1)}`, precision: 'month', index: r.index, text: r.text });
      continue;
    }
    if (/\b(last|next|this) year\b/.test(lower) && start.year !== undefined) {
      out.push({ date: String(start.year), precision: 'year', index: r.index, text: r.text });
      continue;
    }
    if (WEEKEND.test(lower) && start.month === undefined) {
      const sat = weekdayFrom(ref, 6, tense === 'future' ? 'future' : 'past');
      const sun = addDays(sat, 1);
      // A past weekend never ends after publication (a Saturday article's weekend is that Saturday).
      const end = tense !== 'future' && sun > ref ? undefined : ymd(sun);
      out.push({ date: ymd(sat), ...(end ? { dateEnd: end } : {}), precision: 'day', index: r.index, text: r.text });
      continue;
    }
    // "after a day of talks", "within a week": a length of time, not a date.
    if (isDuration(lower) || (tense !== 'future' && !FORWARD_WORDS.test(text) && FORWARD_SPAN.test(lower))) continue;
    if (/^(now|today|tonight|this time|currently)$/.test(lower)) {
      if (lower === 'today' || lower === 'tonight') out.push({ date: ymd(ref), precision: 'day', index: r.index, text: r.text });
      continue;
    }
    const s = resolveKnown(start, ref, tense);
    if (!s) continue;
    const item: ResolvedDate = { ...s, index: r.index, text: r.text };
    if (r.end) {
      const endKnown = knownOf(r.end);
      const e = resolveKnown({ ...start, ...endKnown, year: endKnown.year ?? start.year }, ref, tense);
      // "from March 1 to March 3, 2023": the year written at the end holds for the start too.
      if (e && start.year === undefined && endKnown.year !== undefined) {
        const again = resolveKnown({ ...start, year: endKnown.year }, ref, tense);
        if (again) Object.assign(item, again);
      }
      if (e && e.date > item.date) item.dateEnd = e.date;
    }
    out.push(item);
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const index = (m.index ?? 0) + m[0].length - m[1]!.length;
    if (out.some((d) => index >= d.index && index < d.index + d.text.length) || overlapsTaken(index, 4)) continue;
    out.push({ date: m[1]!, precision: 'year', index, text: m[1]! });
  }
  // "the first talks since July": a comparison, not a state running from July; no date of the act.
  const compared = out.filter((d) => COMPARED_SINCE.test(text.slice(Math.max(0, d.index - 120), d.index)));
  out = out.filter((d) => !compared.includes(d));
  // "since X": the state runs from X to publication.
  for (const d of out) {
    const before = text.slice(Math.max(0, d.index - 12), d.index).toLowerCase();
    if (/\bsince\s+(the\s+)?$/.test(before) && !d.dateEnd) {
      const end = ymd(ref);
      if (end > d.date) d.dateEnd = end;
    }
  }
  // A vague "weekend" next to an explicit date ("over the weekend (January 11-12)") yields to it.
  const explicit = out.filter((d) => !WEEKEND.test(d.text));
  const kept = out.filter((d) => !WEEKEND.test(d.text) || !explicit.some((e) => e.precision === 'day' && Math.abs(e.index - d.index) < 30));
  return kept.sort((a, b) => a.index - b.index);
}

export type DateFinder = (text: string, published: string, tense: Tense) => ResolvedDate[];

/**
 * `findDates` remembering its answers for one document: a clause or sentence read for several cues
 * goes through the date parser once. Each answer is a fresh copy (callers sort and keep them).
 */
export function documentDateFinder(): DateFinder {
  const known = new Map<string, ResolvedDate[]>();
  return (text, published, tense) => {
    const key = `${tense}|${published}|${text}`;
    let dates = known.get(key);
    if (!dates) known.set(key, (dates = findDates(text, published, tense)));
    return dates.map((d) => ({ ...d }));
  };
}

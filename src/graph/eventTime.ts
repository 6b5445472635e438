import type { EdgeAttributes } from '../domain/contract';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1..12; day may run past the month's ends). */
function civilDay(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/** The digits of `s` from `at` to `at + length` as a number; NaN when any is not a digit. */
function digits(s: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Year, month and day of "YYYY", "YYYY-MM" or "YYYY-MM-DD" (missing parts 1), read without
 * allocating, or null for anything else (years before 100, months outside 1..12), which takes the
 * Date.UTC path. Dates are read for every event on every load, so this is a hot path.
 */
function plainIsoParts(s: string): [number, number, number] | null {
  const n = s.length;
  if (n !== 4 && n !== 7 && n !== 10) return null;
  if ((n >= 7 && s.charCodeAt(4) !== 45) || (n === 10 && s.charCodeAt(7) !== 45)) return null;
  const y = digits(s, 0, 4);
  const m = n >= 7 ? digits(s, 5, 2) : 1;
  const d = n === 10 ? digits(s, 8, 2) : 1;
  if (!(y >= 100) || !(m >= 1 && m <= 12) || Number.isNaN(d)) return null;
  return [y, m, d];
}

/** Days since 1970-01-01 of an ISO day. */
export function dayNumber(isoDay: string): number {
  const parts = plainIsoParts(isoDay);
  if (parts) return civilDay(parts[0], parts[1], parts[2]);
  const [y, m = 1, d = 1] = isoDay.split('-').map(Number);
  return Math.floor(Date.UTC(y!, m - 1, d) / DAY_MS);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function lastDayOf(date: string): number {
  const parts = plainIsoParts(date);
  if (parts) {
    const [y, m] = parts;
    if (date.length === 4) return civilDay(y, 12, 31);
    if (date.length === 7) return m === 12 ? civilDay(y, 12, 31) : civilDay(y, m + 1, 1) - 1;
    return civilDay(y, m, parts[2]);
  }
  const [y, m] = date.split('-').map(Number);
  if (date.length === 4) return dayNumber(`${date}-12-31`);
  if (date.length === 7) return Math.floor(Date.UTC(y!, m!, 0) / DAY_MS);
  return dayNumber(date);
}

/**
 * The days an event covers, as [first, last] day numbers: a month-precision date covers its whole
 * month, a year its whole year, and `dateEnd` extends the span. Nothing is narrowed to a fake day.
 */
export function eventSpan(e: Pick<EdgeAttributes, 'date' | 'dateEnd'>): [number, number] {
  const first = dayNumber(e.date);
  const last = lastDayOf(e.dateEnd ?? e.date);
  return [first, Math.max(first, last)];
}

/** How much of an event's span a time window holds. */
export type WindowCoverage = 'inside' | 'partly' | 'outside';

/**
 * Where an event's days [first, last] stand against the window from..to (open ends: ±Infinity).
 * An event the window holds only part of, such as "June 2025" under a window of 10–20 June, is
 * shown as "partly in the window": the text does not say which part of the month it was.
 */
export function windowCoverage(first: number, last: number, from: number, to: number): WindowCoverage {
  if (last < from || first > to) return 'outside';
  return first < from || last > to ? 'partly' : 'inside';
}

/** windowCoverage for an event's date and the filters' ISO window ends (null: open). */
export function eventWindowCoverage(e: Pick<EdgeAttributes, 'date' | 'dateEnd'>, from: string | null, to: string | null): WindowCoverage {
  const [first, last] = eventSpan(e);
  return windowCoverage(first, last, from ? dayNumber(from) : -Infinity, to ? dayNumber(to) : Infinity);
}

/** [year, month 1–12, day of month] of a day number, in UTC. */
export function ymd(day: number): [number, number, number] {
  const d = new Date(day * 86_400_000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** Day number of a calendar date; months and days past their end roll over, as in Date.UTC. */
export function dayOf(year: number, month: number, date: number): number {
  return Math.floor(Date.UTC(year, month - 1, date) / 86_400_000);
}

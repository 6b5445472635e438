import type { EdgeAttributes } from '../domain/contract';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO day. */
export function dayNumber(isoDay: string): number {
  const [y, m = 1, d = 1] = isoDay.split('-').map(Number);
  return Math.floor(Date.UTC(y!, m - 1, d) / DAY_MS);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function lastDayOf(date: string): number {
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
  const first = dayNumber(e.date.length === 4 ? `${e.date}-01-01` : e.date.length === 7 ? `${e.date}-01` : e.date);
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

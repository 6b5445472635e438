// Dates as foreign files write them: ISO days, months and years, date-times, spreadsheet forms
// (12/01/2026, 12.01.2026, "12 January 2026", "Jan 2026", Excel day serials).
import type { DatePrecision } from '../../domain/contract';

export interface ImportedDate {
  date: string;
  precision: Exclude<DatePrecision, 'document'>;
}

/** Which part comes first in a numeric d/m/y date; decided once per column or file. */
export type SlashOrder = 'day-first' | 'month-first';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number) => String(n).padStart(2, '0');

function isRealDay(y: number, m: number, d: number): boolean {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

function day(y: number, m: number, d: number): ImportedDate | null {
  return isRealDay(y, m, d) ? { date: `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`, precision: 'day' } : null;
}

function month(y: number, m: number): ImportedDate | null {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 ? { date: `${String(y).padStart(4, '0')}-${pad(m)}`, precision: 'month' } : null;
}

function monthNumber(name: string): number | null {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
}

// Excel's day 1 is 1900-01-01, counted as if 1900 were a leap year: serial 0 falls on 1899-12-30.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serials of 1970-01-01 to 2099-12-31 only, so that a mistyped year or a count is not taken for a day. */
const EXCEL_SERIALS = [25_569, 73_050] as const;

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const NUMERIC = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})$/;
const YEAR_SLASH_MONTH_DAY = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const DAY_MONTH_NAME_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i;
const MONTH_NAME_DAY_YEAR = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const MONTH_NAME_YEAR = /^([a-z]+)\.?,?\s+(\d{4})$/i;
const MONTH_SLASH_YEAR = /^(\d{1,2})[/.](\d{4})$/;

/**
 * Reads one date; null when it is not one. Numeric dates whose order is ambiguous (03/04/2026) use
 * `order`; without it they are refused rather than guessed.
 */
export function parseImportedDate(raw: string, order?: SlashOrder): ImportedDate | null {
  const s = raw.trim();
  if (!s) return null;
  let m = ISO.exec(s);
  if (m) {
    const [, y, mo, d] = m;
    if (d) return day(Number(y), Number(mo), Number(d));
    if (mo) return month(Number(y), Number(mo));
    return Number(y) >= 1 ? { date: y!, precision: 'year' } : null;
  }
  if ((m = YEAR_SLASH_MONTH_DAY.exec(s))) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = NUMERIC.exec(s))) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), fullYear(m[3]!)];
    if (m[1]!.length > 2) return null;
    if (a === b) return day(y, a, b);
    const dayFirst = a > 12 || (b <= 12 && a <= 12 && order === 'day-first');
    const monthFirst = b > 12 || (b <= 12 && a <= 12 && order === 'month-first');
    if (dayFirst) return day(y, b, a);
    if (monthFirst) return day(y, a, b);
    return null;
  }
  if ((m = DAY_MONTH_NAME_YEAR.exec(s))) {
    const mo = monthNumber(m[2]!);
    return mo ? day(Number(m[3]), mo, Number(m[1])) : null;
  }
  if ((m = MONTH_NAME_DAY_YEAR.exec(s))) {
    const mo = monthNumber(m[1]!);
    return mo ? day(Number(m[3]), mo, Number(m[2])) : null;
  }
  if ((m = MONTH_NAME_YEAR.exec(s))) {
    const mo = monthNumber(m[1]!);
    return mo ? month(Number(m[2]), mo) : null;
  }
  if ((m = MONTH_SLASH_YEAR.exec(s))) return month(Number(m[2]), Number(m[1]));
  if (/^\d{5}(\.\d+)?$/.test(s)) {
    const serial = Math.floor(Number(s));
    if (serial >= EXCEL_SERIALS[0] && serial <= EXCEL_SERIALS[1]) {
      const d = new Date(EXCEL_EPOCH_MS + serial * DAY_MS);
      return day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    }
  }
  return null;
}

/**
 * The order of numeric dates in a set of values: day-first when some first part is over 12,
 * month-first when some second part is; undefined when no value settles it (or values disagree).
 */
export function inferSlashOrder(values: Iterable<string>): SlashOrder | undefined {
  let dayFirst = false;
  let monthFirst = false;
  for (const v of values) {
    const m = NUMERIC.exec(v.trim());
    if (!m || m[1]!.length > 2) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  if (dayFirst === monthFirst) return undefined;
  return dayFirst ? 'day-first' : 'month-first';
}

/** Whether a value is a numeric date whose day/month order is ambiguous on its own. */
export function isAmbiguousNumericDate(raw: string): boolean {
  const m = NUMERIC.exec(raw.trim());
  return !!m && m[1]!.length <= 2 && Number(m[1]) <= 12 && Number(m[2]) <= 12 && m[1] !== m[2];
}

// Words for the time axis: tick placement and labels for days, bins, bands and windows.
// Pure functions on day numbers (days since 1970-01-01, see eventTime.ts); no DOM.
import { dayOf, ymd } from './eventTime';
import { binStart, type BinSize, type TimeBand, type TimeBin } from './timeHistogram';

export interface TimeTick {
  day: number;
  label: string;
  /** Month or year starts, drawn a little stronger. */
  major: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Axis ticks over first..last for an axis `pixelsPerDay` wide per day, spaced at least `minGap`
 * pixels apart: days, weeks (Mondays), months, quarters, half-years or years. The first tick and
 * every January carry the year.
 */
export function timeTicks(first: number, last: number, pixelsPerDay: number, minGap = 56): TimeTick[] {
  const steps: { days: number; unit: 'day' | 'month' | 'year'; n: number }[] = [
    { days: 1, unit: 'day', n: 1 },
    { days: 2, unit: 'day', n: 2 },
    { days: 7, unit: 'day', n: 7 },
    { days: 14, unit: 'day', n: 14 },
    { days: 30, unit: 'month', n: 1 },
    { days: 91, unit: 'month', n: 3 },
    { days: 182, unit: 'month', n: 6 },
    { days: 365, unit: 'year', n: 1 },
    { days: 730, unit: 'year', n: 2 },
    { days: 1826, unit: 'year', n: 5 },
    { days: 3652, unit: 'year', n: 10 },
  ];
  const step = steps.find((s) => s.days * pixelsPerDay >= minGap) ?? steps[steps.length - 1]!;
  const days: number[] = [];
  if (step.unit === 'day') {
    let d = step.n >= 7 ? binStart(first, 'week') : first;
    if (d < first) d += 7;
    for (; d <= last; d += step.n) days.push(d);
  } else {
    const [y0, m0] = ymd(first);
    const months = step.unit === 'month' ? step.n : 12 * step.n;
    let y = y0;
    let m = m0;
    // Align to multiples of the step (quarters start in Jan/Apr/Jul/Oct, 5-year steps on 2025, 2030…).
    if (step.unit === 'month') m = Math.floor((m - 1) / step.n) * step.n + 1;
    else ((m = 1), (y = Math.floor(y / step.n) * step.n));
    for (let d = dayOf(y, m, 1); d <= last; m += months, d = dayOf(y, m, 1)) if (d >= first) days.push(d);
  }
  return days.map((day, i) => {
    const [y, m, dd] = ymd(day);
    const monthStart = dd === 1;
    const withYear = i === 0 || (monthStart && m === 1);
    let label: string;
    if (step.unit === 'year') label = String(y);
    else if (step.unit === 'month') label = m === 1 && i > 0 ? String(y) : withYear ? `${MONTHS[m - 1]} ${y}` : MONTHS[m - 1]!;
    else label = withYear ? `${dd} ${MONTHS[m - 1]} ${y}` : `${dd} ${MONTHS[m - 1]}`;
    return { day, label, major: monthStart };
  });
}

/** Human label of a bin: "12 Jan 2026", "week of 12 Jan 2026", "Jan 2026", "2026". */
export function binLabel(bin: Pick<TimeBin, 'start'>, size: BinSize): string {
  const [y, m, d] = ymd(bin.start);
  if (size === 'year') return String(y);
  if (size === 'month') return `${MONTHS[m - 1]} ${y}`;
  return `${size === 'week' ? 'week of ' : ''}${d} ${MONTHS[m - 1]} ${y}`;
}

/** Human label of a band's period: "Jun 2025", "2025", "11 – 12 Jan 2026". */
export function bandLabel(band: Pick<TimeBand, 'precision' | 'first' | 'last'>): string {
  const [y, m] = ymd(band.first);
  if (band.precision === 'year') return String(y);
  if (band.precision === 'month') return `${MONTHS[m - 1]} ${y}`;
  return `${formatDay(band.first)} – ${formatDay(band.last)}`;
}

/** `12 Jan 2026` for a day number. */
export function formatDay(day: number): string {
  const [y, m, d] = ymd(day);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A window's days for people: "20 May – 8 Jul 2025", "30 Dec 2025 – 5 Jan 2026", "12 Jan 2026". */
export function formatDayRange(first: number, last: number): string {
  return dayRangeParts(first, last).join(' – ');
}

/** The two ends of formatDayRange (one when the window is a single day), the year named once when shared. */
export function dayRangeParts(first: number, last: number): string[] {
  if (first === last) return [formatDay(first)];
  const [y0, m0, d0] = ymd(first);
  const [y1] = ymd(last);
  return [y0 === y1 ? `${d0} ${MONTHS[m0 - 1]}` : formatDay(first), formatDay(last)];
}

/** "per day", "per week", … for the count scale. */
export const BIN_SIZE_UNITS: Readonly<Record<BinSize, string>> = {
  day: 'per day',
  week: 'per week',
  month: 'per month',
  year: 'per year',
};

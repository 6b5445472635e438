import type { DatePrecision } from '../domain/contract';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-01-12` → `12 Jan 2026`, `2026-01` → `Jan 2026`, `2026` → `2026`. */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? iso;
}

export function formatDateRange(date: string, dateEnd: string | null): string {
  return dateEnd && dateEnd !== date ? `${formatIsoDate(date)} – ${formatIsoDate(dateEnd)}` : formatIsoDate(date);
}

export const PRECISION_LABELS: Readonly<Record<DatePrecision, string>> = {
  day: 'exact day',
  month: 'month only',
  year: 'year only',
  document: 'publication date',
};

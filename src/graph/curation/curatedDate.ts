// Dates an analyst types: the form must fit the precision and name a real day, month or year.
import type { DatePrecision } from '../../domain/contract';

const FORMS: Record<Exclude<DatePrecision, 'document'>, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
};

const EXAMPLES: Record<Exclude<DatePrecision, 'document'>, string> = { day: '2025-06-13', month: '2025-06', year: '2025' };

/** Why `date` cannot be an edge's date at `precision`; null when it can. 'document' dates are days. */
export function dateProblem(date: string, precision: DatePrecision): string | null {
  const form = precision === 'document' ? 'day' : precision;
  if (!FORMS[form].test(date)) return `Write the ${form === 'day' ? 'day' : form} as ${EXAMPLES[form]}.`;
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  const probe = new Date(Date.UTC(y!, m - 1, d));
  if (y! < 1 || probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return `${date} is not a date in the calendar.`;
  return null;
}

/** The day a document was published (`YYYY-MM-DD`), or null when it gives no full day. */
export function publicationDay(published: string | null): string | null {
  if (!published || published.length < 10) return null;
  const day = published.slice(0, 10);
  return dateProblem(day, 'day') === null ? day : null;
}

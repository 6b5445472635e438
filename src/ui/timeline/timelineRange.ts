// The time window as the timeline's toolbar writes it and as "partly in the window" reads it.
import { dayNumber } from '../../graph/eventTime';
import { dayRangeParts } from '../../graph/timeLabels';
import type { FilterState } from '../../graph/filterState';
import { formatIsoDate } from '../formatEventDate';

type TimeFilters = Pick<FilterState, 'from' | 'to'>;

/** The window's ends as written, each kept on one line (a long range wraps between them). */
export function rangeEnds({ from, to }: TimeFilters): string[] {
  if (from && to) return dayRangeParts(dayNumber(from), dayNumber(to));
  if (from || to) return [from ? formatIsoDate(from) : '…', to ? formatIsoDate(to) : '…'];
  return ['All dates'];
}

/** The window as the filters read it, open ends unbounded; null: every date. */
export function filterDays({ from, to }: TimeFilters): { from: number; to: number } | null {
  if (!from && !to) return null;
  return { from: from ? dayNumber(from) : -Infinity, to: to ? dayNumber(to) : Infinity };
}

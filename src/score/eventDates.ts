// Whether an extracted event's date lies in the gold range.
import type { ExtractedEvent, SourceDocument } from '../extract/types';
import type { GoldRelation } from './goldTypes';

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The day interval a date of day, month or year precision covers. */
export function dateInterval(e: { date: string; dateEnd?: string }): [string, string] {
  const expand = (d: string, end: boolean): string => {
    const [y, m] = d.split('-').map(Number);
    if (d.length === 4) return end ? `${d}-12-31` : `${d}-01-01`;
    if (d.length === 7) return end ? `${d}-${String(lastDay(y!, m!)).padStart(2, '0')}` : `${d}-01`;
    return d.slice(0, 10);
  };
  return [expand(e.date, false), expand(e.dateEnd ?? e.date, true)];
}

/** The event's dates lie inside the gold range; "document" gold wants the publication date. */
export function dateWithinGold(e: ExtractedEvent, g: GoldRelation, doc: SourceDocument | undefined): boolean {
  if (g.date === 'document') return e.datePrecision === 'document' || e.date === doc?.published?.slice(0, 10);
  const [from, to] = dateInterval(e);
  return from >= g.date[0] && to <= g.date[1];
}

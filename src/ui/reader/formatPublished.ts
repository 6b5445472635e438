import type { PublishedPrecision } from '../../domain/contract';
import { formatIsoDate } from '../formatEventDate';

/** A document's publication date for display: "12 Jan 2026, 18:19", "Jan 2026", or null when unknown. */
export function formatPublished(published: string | null, precision: PublishedPrecision): string | null {
  if (!published || precision === 'unknown') return null;
  const [day, time] = published.split('T');
  if (!day) return null;
  const shown = precision === 'year' ? day.slice(0, 4) : precision === 'month' ? day.slice(0, 7) : day;
  const date = formatIsoDate(shown);
  return precision === 'minute' && time ? `${date}, ${time.slice(0, 5)}` : date;
}

/** Only web links become clickable; anything else (javascript:, data:) stays text. */
export function safeHttpUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

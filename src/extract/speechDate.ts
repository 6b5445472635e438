// The date of the speech that reports an event. "Ruto said on Sunday that Somalia had contacted
// Kenya": the contact happened on or before Sunday, so Sunday bounds it, not the article's date.
import { findDates, type DateFinder, type ResolvedDate, type Tense } from './resolveEventDate';
import type { Sentence, SpeechFrame, Token } from './types';

// Stands in for "no publication date" so only dates that carry their own year resolve.
const FAR_FUTURE = '9999-12-31';
const WRITTEN_YEAR = /\b(19|20)\d{2}\b/;

/** Dates of a clause: against the publication date, or only those with a written year when there is none. */
export function clauseDates(text: string, published: string | null, tense: Tense, find: DateFinder = findDates): ResolvedDate[] {
  return published ? find(text, published, tense) : find(text, FAR_FUTURE, tense).filter((d) => WRITTEN_YEAR.test(d.text));
}

/**
 * The date the reporting clause of `frame` gives (the words of the sentence outside what is said,
 * datelines left out), nearest to the speech verb; undefined when it gives none.
 */
export function speechDate(body: string, tokens: Token[], sentence: Sentence, frame: SpeechFrame, dateline: Uint8Array, published: string | null, find: DateFinder = findDates): ResolvedDate | undefined {
  let first = sentence.firstToken;
  while (first < frame.start && dateline[first]) first++;
  const verbChar = tokens[frame.verb]!.start;
  const parts: { from: number; to: number }[] = [];
  if (first < frame.start) parts.push({ from: tokens[first]!.start, to: tokens[frame.start]!.start });
  if (frame.end < sentence.endToken) parts.push({ from: tokens[frame.end - 1]!.end, to: sentence.end });
  let best: { date: ResolvedDate; distance: number } | undefined;
  for (const { from, to } of parts) {
    for (const d of clauseDates(body.slice(from, to), published, 'past', find)) {
      const distance = Math.abs(from + d.index - verbChar);
      if (!best || distance < best.distance) best = { date: d, distance };
    }
  }
  return best?.date;
}

// Dates a clause without one of its own takes from its sentence: the date of the clause a "when"
// clause hangs on, and the date closing a caption (", May 7, 2014."). Relative phrases resolve
// against the publication date as everywhere else; nothing here infers a document's date.
import dateWords from '../../data/dateWords.json';
import { anchorPhrases } from './anchorPhrases';
import { findDates, type DateFinder, type ResolvedDate, type Tense } from './resolveEventDate';

/** How a sentence closed by a date ends: a day or year number, or a month's name ("7 May."). */
const CLOSING_TAIL = /(\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)[\s.)"”’']*$/i;
const SIMULTANEOUS = new Set(dateWords.simultaneousLinkers);
/** An absolute date: a written year, or a month named with its day. */
const ABSOLUTE = /\b(1[89]|20)\d{2}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * "Clashes first erupted last week when Saleh accused the rebels": a clause opened by a linker of
 * simultaneity takes the date nearest before it in the clause it hangs on (`before`, the sentence's
 * text up to the linker).
 */
export function linkedClauseDate(opener: string | undefined, before: string, published: string, tense: Tense, find: DateFinder = findDates): ResolvedDate | undefined {
  if (!opener || !SIMULTANEOUS.has(opener)) return undefined;
  return nearestDateBefore(before, published, tense, find);
}

/** The date nearest the end of `before` (a sentence's text up to a clause), not one owning a noun ("last July's vote"). */
export function nearestDateBefore(before: string, published: string, tense: Tense, find: DateFinder = findDates): ResolvedDate | undefined {
  const dates = find(before, published, tense).filter((d) => !/^['’]s\b/.test(before.slice(d.index + d.text.length)));
  return dates.sort((a, b) => b.index - a.index)[0];
}

/**
 * "…, off Vietnam's coast, May 7, 2014.": an absolute date set off by a comma at the very end of
 * the sentence dates a caption or a dateline, so every act the sentence names, however far from it.
 */
export function closingDate(sentence: string, published: string, tense: Tense, find: DateFinder = findDates): ResolvedDate | undefined {
  // Most sentences end otherwise: spare them the date parser (it runs once per cue without a date).
  if (!CLOSING_TAIL.test(sentence) || !ABSOLUTE.test(sentence)) return undefined;
  const last = find(sentence, published, tense).sort((a, b) => b.index - a.index)[0];
  if (!last || !ABSOLUTE.test(last.text)) return undefined;
  const before = sentence.slice(0, last.index).trimEnd();
  const after = sentence.slice(last.index + last.text.length);
  return before.endsWith(',') && /^[\s.)"”’']*$/.test(after) ? last : undefined;
}

/** An event's date as the extraction stated it. */
export interface StatedDate {
  date: string;
  dateEnd?: string;
  datePrecision: string;
}

/**
 * "Later that day, Gates will meet Hague" after "Tomorrow, Gates will have lunch with Fox": a clause
 * saying "that day" with no date of its own takes the day of the latest event dated to one day in
 * the sentences before `sentence` (`earlier`: the document's events so far, in text order; read
 * from the end, so a long document costs no more per clause).
 */
export function sameDayDate(clause: string, earlier: readonly { event: StatedDate; sentence: number }[], sentence: number): ResolvedDate | undefined {
  if (!anchorPhrases(clause).some((p) => p.offset === 0)) return undefined;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const { event: e, sentence: at } = earlier[k]!;
    if (at >= sentence) continue;
    if (e.datePrecision === 'day' && !e.dateEnd) return { date: e.date, precision: 'day', index: 0, text: '' };
  }
  return undefined;
}

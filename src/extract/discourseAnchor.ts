// The discourse time anchor: the day the text last named, carried from sentence to sentence. A
// past-tense narrative sentence naming no day of its own happened on it ("Rebels and troops clashed
// late Friday. Earlier, troops opened fire on the crowd": Friday), and "that day" or "the next day"
// count from it. The present perfect and what a speaker is said to report keep the document date.
// Words and limits: data/dateWords.json (anchorPhrases, anchorWindowDays, perfectAuxiliaries).
import dateWords from '../../data/dateWords.json';
import { anchorPhrases } from './anchorPhrases';
import { closingDate } from './clauseDates';
import type { DateFinder, ResolvedDate, Tense } from './resolveEventDate';
import type { Token } from './types';

export interface DiscourseAnchor {
  /** `YYYY-MM-DD`. */
  date: string;
  /** The words that named the day ("late Friday" reads "Friday"). */
  text: string;
  /** Index of the sentence that named it. */
  sentence: number;
}

/** The anchor as a reader asks for it: worked out only when a cue needs the day named last. */
export type AnchorSource = () => DiscourseAnchor | undefined;

const FUTURE = new Set(dateWords.futureMarkers);
const PERFECT = new Set(dateWords.perfectAuxiliaries);
const DAY_MS = 86_400_000;
/** Words without one of which no date parser finds a date: most sentences skip the parser. */
const DATE_HINT = /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(today|tonight|yesterday|tomorrow|ago|day|week|weekend|month|year|morning|noon|night|evening|afternoon|dawn|midnight|now)\b/i;

function shift(date: string, days: number): string {
  return new Date(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** "Later that day X met Y", "The next day troops retook the town": the day a phrase of `text` names from the anchor. */
export function phraseDate(text: string, anchorOf: AnchorSource): ResolvedDate | undefined {
  const phrase = anchorPhrases(text)[0];
  const anchor = phrase && anchorOf();
  if (!phrase || !anchor) return undefined;
  const date = shift(anchor.date, phrase.offset);
  const from = phrase.offset === 0 ? 'that day' : `${Math.abs(phrase.offset)} day${Math.abs(phrase.offset) > 1 ? 's' : ''} ${phrase.offset > 0 ? 'after' : 'before'} it`;
  return { date, precision: 'day', index: phrase.index, text: phrase.text, note: `"${phrase.text}": ${from}, the day "${anchor.text}" named in sentence ${anchor.sentence + 1} (${anchor.date})` };
}

/**
 * The present perfect ("has shelled", "have been fighting", "the clashes have killed"): it speaks of
 * the time of writing. A verb cue's own auxiliaries are the few words before it; a noun cue's, any in its clause.
 */
export function perfectAspect(tokens: readonly Token[], clause: { start: number; end: number }, cueStart: number): boolean {
  const verb = tokens[cueStart]!.pos === 'VERB';
  const from = verb ? Math.max(clause.start, cueStart - 4) : clause.start;
  const to = verb ? cueStart : clause.end;
  for (let i = from; i < to; i++) if (PERFECT.has(tokens[i]!.norm)) return true;
  return false;
}

/**
 * Whether a cue tells past narrative: its verb in a simple past form ("opened fire", "were held"), a
 * noun cue in a clause told so, no present perfect, and no present-tense speech verb in the sentence
 * ("X, who spoke to VOA, says ...": a line reported at the time of writing).
 */
export function pastNarrative(tokens: readonly Token[], clause: { start: number; end: number }, cueStart: number, tense: Tense, cueTense: Tense | null, speechVerbs: readonly number[]): boolean {
  const own = tokens[cueStart]!.pos === 'VERB' ? cueTense : tense;
  if (own !== 'past' || perfectAspect(tokens, clause, cueStart)) return false;
  return speechVerbs.every((v) => !presentForm(tokens[v]!));
}

/** "says", "say", "tells": a verb in the present ("according" has no tense). */
function presentForm(t: Token): boolean {
  return t.pos === 'VERB' && (t.norm === t.lemma || (t.norm.endsWith('s') && !t.norm.endsWith('ss')));
}

/** A dateless past-tense narrative clause (no present perfect, not a speaker's report) happened on the anchor's day. */
export function narrativeDate(anchorOf: AnchorSource, narrative: boolean, published: string | null): ResolvedDate | undefined {
  const anchor = narrative && published ? anchorOf() : undefined;
  // A day still to come ("Tomorrow X will meet Y") dates no past act.
  if (!anchor || !published || anchor.date > published.slice(0, 10)) return undefined;
  return { date: anchor.date, precision: 'day', index: 0, text: '', note: `past-tense narrative naming no day of its own: the day "${anchor.text}" named in sentence ${anchor.sentence + 1} (${anchor.date})` };
}

export interface AnchorSentence {
  /** The sentence's words, a dateline left out. */
  text: string;
  index: number;
  tokens: readonly Token[];
  first: number;
  end: number;
  /** Whether the date written at a character of `text` lies in a relative clause ("an offensive it began Sunday"). */
  inRelativeClause?: (at: number) => boolean;
}

/**
 * The anchor after a sentence: the last day it names within the window around publication; a day
 * counted by a phrase from the anchor before; none when it names only an older day, a span, a month
 * or a year, or opens with a quotation naming no day; the anchor before when it names no time. A date in a
 * relative clause describes a noun ("a truce that took effect a week ago") and leaves the anchor as it was.
 */
export function nextAnchor(before: DiscourseAnchor | undefined, s: AnchorSentence, published: string | null, find: DateFinder): DiscourseAnchor | undefined {
  if (!published) return undefined;
  let future = false;
  for (let i = s.first; i < s.end && !future; i++) future = FUTURE.has(s.tokens[i]!.norm);
  // A caption's closing date ("..., Abidjan, April 4, 2011") is when a photo was taken, outside the narrative.
  const caption = closingDate(s.text, published, 'past', find);
  const dates = !DATE_HINT.test(s.text) ? [] : find(s.text, published, future ? 'future' : 'past').filter((d) => !s.inRelativeClause?.(d.index) && d.index !== caption?.index);
  const phrase = anchorPhrases(s.text).filter((p) => !s.inRelativeClause?.(p.index)).pop();
  if (dates.length === 0 && !phrase) return /^["“‘'`]/.test(s.text) ? undefined : before;
  const pub = published.slice(0, 10);
  const window = dateWords.anchorWindowDays;
  const [earliest, latest] = [shift(pub, -window), future ? shift(pub, window) : pub];
  const named = dates.filter((d) => d.precision === 'day' && !d.dateEnd && d.date <= latest && d.date >= earliest && !/^['’]s\b/.test(s.text.slice(d.index + d.text.length)));
  const last = named.pop();
  if (phrase && before && (!last || phrase.index > last.index)) {
    const counted = phraseDate(phrase.text, () => before)!;
    return counted.date <= latest ? { date: counted.date, text: phrase.text, sentence: s.index } : undefined;
  }
  if (last) return { date: last.date, text: last.text.replace(/^\W+|\W+$/g, ''), sentence: s.index };
  // Direct speech naming no day breaks the narrative: what follows a quotation is told afresh
  // ('"We came from all over Egypt," he said. Morsi was forced out ...' is background, not that day's).
  return dates.length > 0 || /^["“‘'`]/.test(s.text) ? undefined : before;
}

const NUMBERS = new Map(Object.entries(dateWords.distanceNumbers));
const DISTANCE = new RegExp(`\\b(${[...NUMBERS.keys()].join('|')}|\\d{1,2})\\s+(days?|weeks?)\\s+(after|before)\\s+[^,;]*$`, 'i');

/**
 * "Nelson arrived one day after Gates concluded a visit": a clause opened by a distance in days or
 * weeks happened that far before (after: before) the act it hangs on, dated `base` (that act's own
 * date, or the day named last). `beforeCue` is the sentence's text up to the cue.
 */
export function distanceDate(beforeCue: string, base: { date: string; precision: string; text?: string } | undefined): ResolvedDate | undefined {
  const m = DISTANCE.exec(beforeCue);
  if (!m || !base || base.precision !== 'day' || base.date.length !== 10) return undefined;
  const count = NUMBERS.get(m[1]!.toLowerCase()) ?? Number(m[1]);
  const days = count * (/week/i.test(m[2]!) ? 7 : 1) * (m[3]!.toLowerCase() === 'after' ? -1 : 1);
  const phrase = `${m[1]} ${m[2]} ${m[3]}`;
  return { date: shift(base.date, days), precision: 'day', index: m.index, text: phrase, note: `"${phrase}": ${Math.abs(days)} day${Math.abs(days) > 1 ? 's' : ''} ${days < 0 ? 'before' : 'after'} the act the clause hangs on, dated ${base.date}${base.text ? ` by "${base.text}"` : ''}` };
}

/** Where a clause opened by a distance counts from: the date its sentence gives before it, else the day named last. */
export function distanceBase(before: string, sentenceDates: (text: string) => ResolvedDate | undefined, anchorOf: AnchorSource, published: string | null): { date: string; precision: string; text?: string } | undefined {
  const m = DISTANCE.exec(before);
  if (!m) return undefined;
  const own = sentenceDates(before.slice(0, m.index));
  if (own) return own;
  const anchor = anchorOf();
  return anchor && published && anchor.date <= published.slice(0, 10) ? { date: anchor.date, precision: 'day', text: anchor.text } : undefined;
}

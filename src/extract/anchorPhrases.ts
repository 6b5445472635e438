// Phrases that name a day by its distance from the day the text named before ("the next day",
// "later that day"): data/dateWords.json anchorPhrases. Read by the date finder, which leaves them
// to the discourse anchor (discourseAnchor.ts), and by "that day" without one (clauseDates.ts).
import dateWords from '../../data/dateWords.json';

export interface AnchorPhrase {
  index: number;
  text: string;
  /** Days from the anchor: "the next day" 1, "that day" 0. */
  offset: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const OFFSETS = new Map(Object.entries(dateWords.anchorPhrases).map(([p, n]) => [p.toLowerCase(), n]));
// Longest first, so "later that day" wins over "that day".
const PHRASES = new RegExp(`\\b(?:${[...OFFSETS.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'gi');

/** One word of each phrase (its longest), one of which any text holding a phrase holds: the rest skip the pattern. */
const SCREEN = [...new Set([...OFFSETS.keys()].map((p) => p.split(' ').reduce((a, b) => (b.length > a.length ? b : a))))];

/** Every phrase in `text` that names a day by its distance from the day named before. */
export function anchorPhrases(text: string): AnchorPhrase[] {
  const lower = text.toLowerCase();
  if (!SCREEN.some((w) => lower.includes(w))) return [];
  return [...text.matchAll(PHRASES)].map((m) => ({ index: m.index ?? 0, text: m[0], offset: OFFSETS.get(m[0].toLowerCase()) ?? 0 }));
}

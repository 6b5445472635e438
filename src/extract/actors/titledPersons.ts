// "troops still loyal to the incumbent president" with "incumbent president Laurent Gbagbo" in the
// next sentence: a definite title phrase names the one person the document names with the same
// words in front of the name (a lead often names the title before the person). Read at discovery, where role nouns are not resolved yet, for the phrases that
// tie a group to a person (followerGroups.ts).
import { LEXICON } from '../lexicon';
import type { Mention } from '../types';
import type { DiscoveryState } from './discoveryState';

/** Last words a title phrase may end with ("president", "leader"). */
const TITLE_ENDS = new Set(LEXICON.personTitles.map((t) => t[t.length - 1]!));
const MAX_TITLE_WORDS = 4;

/** The words of "the <lowercase words>" at token a, when the last one can end a title; [] otherwise. */
function titlePhrase(s: DiscoveryState, a: number): string[] {
  const { tokens } = s;
  if (tokens[a]?.norm !== 'the') return [];
  const words: string[] = [];
  let end = -1;
  for (let k = a + 1; k <= a + MAX_TITLE_WORDS && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[a]!.sentence || s.covered[k] || t.text !== t.norm || !/^\p{L}/u.test(t.norm)) break;
    words.push(t.norm);
    if (TITLE_ENDS.has(t.norm)) end = words.length;
  }
  // "the incumbent president's": a possessive makes the phrase another noun's owner.
  const after = tokens[a + 1 + end];
  return end > 0 && after?.norm !== "'s" ? words.slice(0, end) : [];
}

/** Whether person mention m has exactly `words` right before it, in its sentence ("incumbent president Laurent Gbagbo"). */
function titledWith(s: DiscoveryState, m: Mention, words: readonly string[]): boolean {
  const start = m.tokenStart - words.length;
  if (start < 0) return false;
  return words.every((w, k) => s.tokens[start + k]!.norm === w && s.tokens[start + k]!.sentence === m.sentence);
}

/**
 * The one person the document names with the title phrase that starts at token a ("the incumbent
 * president"), as a mention spanning the phrase; undefined when none or several are.
 */
export function personByTitle(s: DiscoveryState, a: number): Mention | undefined {
  const words = titlePhrase(s, a);
  if (words.length === 0) return undefined;
  const ids = new Set<string>();
  for (const m of [...s.known, ...s.mentions]) {
    if (s.kindOf(m.actorId) === 'person' && titledWith(s, m, words)) ids.add(m.actorId);
  }
  if (ids.size !== 1) return undefined;
  const end = a + 1 + words.length;
  return { actorId: [...ids][0]!, form: 'role', tokenStart: a, tokenEnd: end, sentence: s.tokens[a]!.sentence, surface: s.slice(a, end) };
}

// Groups and organisations the dictionary lacks, named by what the text says right after the name:
// an apposition whose head is a group noun ("Jemaah Islamiyah, a militant group", "X - the rebel
// force fighting ..."), and, once such a body is named, its acronym used alone without a definition
// ("the Moro Islamic Liberation Front ... the MILF").
import { LEXICON } from '../lexicon';
import type { Token } from '../types';
import { wordClass } from '../wordClass';
import { isAcronym, type DiscoveryState } from './discoveryState';
import { groupNounEndingAt } from './organizationNames';

/** What may stand between a name and its apposition. */
const APPOSITION_MARKS = new Set([',', '-', '–', '—']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** Words an apposition's noun phrase is built from before its head. */
const PHRASE_WORDS = new Set(['ADJ', 'NOUN', 'PROPN']);
const MAX_PHRASE = 4;

/** A spaced dash or a comma right after the name, not a hyphen inside a word ("Jean-Pierre"). */
function appositionMark(tokens: Token[], end: number): boolean {
  const mark = tokens[end];
  if (!mark || !APPOSITION_MARKS.has(mark.norm)) return false;
  return mark.norm === ',' || mark.start > tokens[end - 1]!.end;
}

/** Where the noun phrase opening at `k` ends, within its sentence. */
function phraseEnd(tokens: Token[], k: number, sentence: number): number {
  let e = k;
  while (e < k + MAX_PHRASE && tokens[e]?.sentence === sentence && PHRASE_WORDS.has(wordClass(tokens[e]!))) e++;
  return e;
}

/**
 * "Liberation Tigers of Tamil Eelam - the rebel force fighting for independence": a name followed by
 * an article and a noun phrase ending in a group noun of the lexicon names a body of that noun's
 * kind. The phrase must end there ("a party member", "the group's leader" describe persons).
 * Returns where to go on, or null.
 */
export function namedBeforeGroupApposition(s: DiscoveryState, i: number, end: number): number | null {
  const { tokens } = s;
  const sentence = tokens[i]!.sentence;
  if (end - i > 6 || !appositionMark(tokens, end) || !ARTICLES.has(tokens[end + 1]?.norm ?? '')) return null;
  const start = end + 2;
  const last = phraseEnd(tokens, start, sentence);
  // The head is the last noun before a word that is no noun: "an insurgent group active in ...".
  for (let e = start + 1; e <= last; e++) {
    const next = tokens[e];
    if (next?.sentence === sentence && (next.norm === "'s" || wordClass(next) === 'NOUN' || wordClass(next) === 'PROPN')) continue;
    const kind = groupNounEndingAt(tokens, start, e);
    if (!kind) return null;
    const id = s.upsert(s.slice(i, end), kind, `named before an apposition with a group noun: "${s.slice(i, e)}"`);
    s.supersedeInside(i, end);
    s.addMention(id, i, end, 'discovered');
    return end;
  }
  return null;
}


/** The initials of a body's name, its connectors left out ("Moro Islamic Liberation Front" → "MILF"). */
function initials(label: string): string {
  return label
    .split(/[\s-]+/)
    .filter((w) => w && !LEXICON.nameConnectors.has(w.toLowerCase()))
    .map((w) => w[0]!)
    .join('');
}

/**
 * An acronym of three letters or more the text never defines, spelling the initials of exactly one
 * group or organisation the document named before: that body. Returns its id, or undefined.
 */
export function impliedAcronym(s: DiscoveryState, t: Token): string | undefined {
  if (!isAcronym(t) || t.text.length < 3) return undefined;
  const bodies = [...s.actors.values()].filter((e) => (e.kind === 'group' || e.kind === 'organization') && /\s/.test(e.label) && initials(e.label) === t.text);
  return bodies.length === 1 ? bodies[0]!.id : undefined;
}

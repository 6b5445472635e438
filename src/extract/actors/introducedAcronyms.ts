// Acronyms the dictionary lacks and the text never spells out, introduced as the name of a group it
// describes: "Hutu militias known as the FDLR". The acronym names a body (a group when the noun
// before it is an armed group's), and every use of it in the document is a mention of that body.
import { LEXICON } from '../lexicon';
import type { Token } from '../types';
import { ACTOR_WORDS } from './actorWords';
import { isAcronym, type DiscoveryState } from './discoveryState';

const MIN_LETTERS = 3;

/** The index of the noun a "known as" introduction at `i` describes ("militias" in "militias known as the FDLR"), or -1. */
function describedNoun(tokens: Token[], i: number): number {
  let k = i - 1;
  if (tokens[k]?.norm === 'the') k--;
  if (tokens[k]?.norm !== 'as' || tokens[k - 1]?.norm !== 'known') return -1;
  // "militias, known as the FDLR,": a comma may stand between the noun and its name.
  const at = tokens[k - 2]?.norm === ',' ? k - 3 : k - 2;
  const noun = tokens[at];
  return noun && noun.sentence === tokens[i]!.sentence && (ACTOR_WORDS.armedGroupNouns.has(noun.norm) || LEXICON.groupNouns.has(noun.norm)) ? at : -1;
}

/** Takes the lone acronym at `i` as a body when a group noun introduces it; returns the token to go on from, or null. */
export function introducedAcronym(s: DiscoveryState, i: number, end: number): number | null {
  const t = s.tokens[i]!;
  if (end - i !== 1 || !isAcronym(t) || t.text.length < MIN_LETTERS) return null;
  const at = describedNoun(s.tokens, i);
  if (at < 0) return null;
  const noun = s.tokens[at]!;
  const kind = ACTOR_WORDS.armedGroupNouns.has(noun.norm) ? 'group' : (LEXICON.groupNouns.get(noun.norm) ?? 'organization');
  const id = s.upsert(t.text, kind, `acronym introduced as the name of "${noun.text}": "${s.slice(at, end)}"`);
  s.byAcronym.set(t.text, id);
  for (let k = 0; k < s.tokens.length; k++) if (s.tokens[k]!.text === t.text && !s.covered[k]) s.addMention(id, k, k + 1, 'discovered');
  return end;
}

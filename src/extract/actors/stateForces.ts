// A state's own forces are the state: "Police in Kenya", "the Belarusian riot police" (the gold
// conventions code "Israeli forces" as the state, test/gold/news/README.md).
import type { Mention } from '../types';
import { ACTOR_WORDS } from './actorWords';
import type { DiscoveryState } from './discoveryState';

/** Where a group noun phrase lies ([start, end)) and its canonical noun ("police", "riot police"). */
export interface ForcesPhrase {
  start: number;
  end: number;
  noun: string;
}

/**
 * "Police in Kenya arrested ...": a state's police named by the state after "in" or "of" are the state,
 * as "Kenyan police" are; the tree must hang the state on the noun. Soldiers and troops in a state may
 * be another state's, so only domesticForceNouns read this way.
 */
export function policeOfState(s: DiscoveryState, phrase: ForcesPhrase): void {
  const { tokens } = s;
  const noun = tokens[phrase.end - 1]!;
  const link = tokens[phrase.end];
  if (!ACTOR_WORDS.domesticForceNouns.has(phrase.noun) || (link?.norm !== 'in' && link?.norm !== 'of')) return;
  const state = s.covered[phrase.end + 1];
  if (!state || state.tokenStart !== phrase.end + 1 || state.sentence !== noun.sentence || !s.isKnown(state) || state.form !== 'name' || s.kindOf(state.actorId) !== 'state') return;
  if (!tokens.slice(state.tokenStart, state.tokenEnd).some((w) => w.head === phrase.end - 1)) return;
  s.supersede(state);
  const m = s.addMention(state.actorId, phrase.start, state.tokenEnd, 'role');
  m.note = `"${m.surface}" read as ${s.dict.get(state.actorId)?.label ?? state.surface}: a state's police are the state`;
}

/**
 * "the Belarusian riot police": a state's forces named by a two-word noun are the state over the whole
 * phrase, so a parse hanging the nationality on the first noun ("riot") still gives the clause its actor.
 */
export function stateForcesPhrase(s: DiscoveryState, phrase: ForcesPhrase, state: Mention): void {
  if (!s.isKnown(state) || s.kindOf(state.actorId) !== 'state') return;
  // "Malian and French security forces": a list of owners is read by the relation stage, owner by owner.
  const before = s.tokens[phrase.start - 1];
  if (before && before.sentence === s.tokens[phrase.start]!.sentence && (before.norm === 'and' || before.norm === 'or' || before.norm === ',')) return;
  s.supersede(state);
  const m = s.addMention(state.actorId, phrase.start, phrase.end, 'role');
  m.note = `"${m.surface}" read as ${s.dict.get(state.actorId)?.label ?? state.surface}: a state's own forces are the state`;
}

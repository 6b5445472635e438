// "Rebels in the Ivory Coast", "protesters in Egypt": a group noun with nothing in front, followed by
// "in" or "of" and a state the tree hangs on it, is the group of that state, as "Ivorian rebels" is.
// A state's own forces ("troops in Somalia" may be anyone's) are left alone.
import type { Mention } from '../types';
import { ACTOR_WORDS } from './actorWords';
import type { DiscoveryState } from './discoveryState';

/** The parts of a group phrase this reading changes. */
export interface LocatablePhrase {
  start: number;
  end: number;
  state?: Mention;
  modifiers: string[];
  noun: string;
}

// "students throughout Indonesia", "protesters across Kenya" name the state's people as "in" does.
const LINKS = new Set(['in', 'of', 'throughout', 'across']);

/** Extends a bare group phrase over "in/of (the) <state>", with that state as its nationality; true when it did. */
export function locateInState(s: DiscoveryState, phrase: LocatablePhrase): boolean {
  const { tokens } = s;
  if (phrase.state || phrase.modifiers.length > 0 || ACTOR_WORDS.stateGroupNouns.has(phrase.noun) || ACTOR_WORDS.unlocatedGroupNouns.has(phrase.noun)) return false;
  // "Taliban militants in Pakistan", "Ansar Dine militants in Mali": a name in front, known or not, already says whose the group is.
  const before = tokens[phrase.start - 1];
  if (before && before.sentence === tokens[phrase.start]!.sentence && (s.covered[phrase.start - 1] || /^\p{Lu}/u.test(before.text))) return false;
  const noun = phrase.end - 1;
  const link = tokens[phrase.end];
  if (!link || link.sentence !== tokens[noun]!.sentence || !LINKS.has(link.norm)) return false;
  const at = tokens[phrase.end + 1]?.norm === 'the' ? phrase.end + 2 : phrase.end + 1;
  const state = s.covered[at];
  if (!state || state.tokenStart !== at || state.sentence !== link.sentence || !s.isKnown(state) || state.form !== 'name' || s.kindOf(state.actorId) !== 'state') return false;
  // The tree must hang the state on the group noun, not on a verb ("protesters marched in Cairo").
  if (!tokens.slice(state.tokenStart, state.tokenEnd).some((w) => w.head === noun)) return false;
  phrase.state = state;
  phrase.end = state.tokenEnd;
  return true;
}

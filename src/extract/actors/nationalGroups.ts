// A nationality used as a plural noun: "Iranians", "Afghans" are the people of a state, read as the
// state; "more than 100 Palestinians", "168 Liberians" are people counted, a group of that
// nationality, as are "Afghans who worked with the U.S." (a relative clause picks them out); "ethnic
// Albanians" and "Kosovo Albanians" are a people, not the state that shares their name.
import type { Mention } from '../types';
import { ACTOR_WORDS } from './actorWords';
import { isCapitalized, type DiscoveryState } from './discoveryState';
import { wordClass } from '../wordClass';
import { phraseHead } from './nameParts';

// Where a plural noun stands as a participant rather than a modifier or a predicate.
const PARTICIPANT_DEPS = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj', 'obl', 'obl:agent', 'nmod', 'conj', 'appos', 'root']);

export interface NationalsReading {
  /** The state the plural names. */
  state: Mention;
  /** Set when the people are a group of their own: counted ("100 Palestinians") or an ethnic people ("ethnic Albanians"). */
  group?: { start: number; label: string; affiliated: boolean; why: string; replaces?: Mention };
}

/** The nationality plural at `i`: the state it names, and the group it stands for when it is no state. */
export function nationalsAt(s: DiscoveryState, i: number): NationalsReading | null {
  const t = s.tokens[i]!;
  if (!isCapitalized(t) || !t.norm.endsWith('s') || s.covered[i]) return null;
  const match = s.dict.matchAt([{ text: t.text.slice(0, -1), norm: t.norm.slice(0, -1) }], 0);
  if (!match || match.form !== 'demonym') return null;
  const next = s.tokens[i + 1];
  if (next && next.sentence === t.sentence && (wordClass(next) === 'NOUN' || wordClass(next) === 'PROPN')) return null;
  const state: Mention = { actorId: match.actorId, form: 'demonym', tokenStart: i, tokenEnd: i + 1, sentence: t.sentence, surface: t.text };
  const prev = s.tokens[i - 1];
  const before = prev && prev.sentence === t.sentence ? prev : undefined;
  const participant = t.dep === undefined || PARTICIPANT_DEPS.has(t.dep);
  // "ethnic Albanians": a people that may live anywhere, affiliated with no state.
  if (before && ACTOR_WORDS.peopleModifiers.has(before.norm) && !s.covered[i - 1]) {
    if (!participant) return null;
    const label = s.slice(i - 1, i + 1);
    return { state, group: { start: i - 1, label, affiliated: false, why: `a people named by their ethnicity: "${label}"` } };
  }
  // "Kosovo Albanians", "Turkish Cypriots": a people named with another state's name or demonym, neither state.
  const place = s.covered[i - 1];
  if (place && place.tokenEnd === i && place.sentence === t.sentence && place.actorId !== match.actorId && place.modifierOf === undefined && s.kindOf(place.actorId) === 'state') {
    // The parse often hangs the plural on the name before it ("Kosovo" ← flat "Albanians"): the phrase's head decides.
    const head = phraseHead(s.tokens, place.tokenStart, i + 1);
    if (head?.dep !== undefined && !PARTICIPANT_DEPS.has(head.dep)) return null;
    const label = s.slice(place.tokenStart, i + 1);
    const states = [place.actorId, match.actorId].map((id) => s.dict.get(id)?.label ?? id);
    const why = `a people named with a second nation's name ("${label}"): a people of its own, neither ${states[0]} nor ${states[1]}`;
    return { state, group: { start: place.tokenStart, label, affiliated: false, why, replaces: place } };
  }
  // "14 Palestinians", "many Iranians", "dozens of Iranians": people counted, not the state; a group of that nationality.
  const counter = before?.norm === 'of' ? s.tokens[i - 2] : before;
  const counting = counter !== undefined && counter.sentence === t.sentence && (wordClass(counter) === 'NUM' || counter.dep === 'nummod' || ACTOR_WORDS.countingWords.has(counter.norm));
  if (before && counting) {
    if (!participant) return null;
    return { state, group: { start: i, label: t.text, affiliated: true, why: `people counted by nationality: "${s.slice(i - 1, i + 1)}"` } };
  }
  // "Afghans who worked with the U.S.": people a relative clause picks out, not the state.
  if (next && next.sentence === t.sentence && ACTOR_WORDS.personRelatives.has(next.norm)) {
    if (!participant) return null;
    return { state, group: { start: i, label: t.text, affiliated: true, why: `people of that nationality a relative clause picks out: "${t.text} ${next.text} ..."` } };
  }
  return { state };
}

/** Records the group a nationality plural stands for and its mention. */
export function addNationalsGroup(s: DiscoveryState, reading: NationalsReading, end: number): void {
  const group = reading.group!;
  const label = group.label.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  if (group.replaces) s.supersede(group.replaces);
  const id = s.upsert(label, 'group', group.why, group.affiliated ? { affiliations: [{ actor: reading.state.actorId }] } : {});
  s.addMention(id, group.start, end, 'discovered');
}

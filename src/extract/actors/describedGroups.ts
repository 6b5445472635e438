// Groups described rather than named: "276 schoolgirls", "two suspected insurgents", "dozens of
// civilians", "Tibetan monks", "three aid workers", "villagers". A plural people noun (peopleNouns.ts)
// standing as a participant in its clause, with what the parse hangs on it (numbers, quantifiers,
// adjectives, nouns, a nationality), is a group actor labelled by its head and modifiers; a
// nationality affiliates it with its state. Such a group is kept only when it takes part in an
// extracted relation (onlyAsParticipant; extractEvents.ts drops the others): no node for every plural.
import relationsData from '../../../data/relations.json';
import { LEXICON } from '../lexicon';
import { slugify } from '../slugify';
import type { Mention } from '../types';
import { wordClass } from '../wordClass';
import { ACTOR_WORDS } from './actorWords';
import type { DiscoveryState } from './discoveryState';
import { PEOPLE_NOUNS } from './peopleNouns';

const PARTICIPANT_DEPS = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj', 'obl', 'obl:agent', 'nmod', 'conj', 'appos']);
/** Dependents inside the noun phrase that describe the group (label) or count it (mention only). */
const LABEL_DEPS = new Set(['amod', 'compound']);
const COUNT_DEPS = new Set(['nummod', 'det', 'advmod', 'nmod:poss']);

interface Described {
  start: number;
  state?: Mention;
  modifiers: string[];
  definite: boolean;
  /** Counted or quantified: "276 schoolgirls", "dozens of civilians", "several villagers". */
  counted: boolean;
}

/** Each word of a relation cue phrase ("exchange of prisoners") → the phrases holding it, as words. */
const PHRASES_BY_WORD = (() => {
  const out = new Map<string, string[][]>();
  for (const r of relationsData.relations) for (const p of Object.keys(r.cues.phrases)) {
    const words = p.toLowerCase().split(/\s+/);
    for (const w of new Set(words)) out.set(w, [...(out.get(w) ?? []), words]);
  }
  return out;
})();

/** Whether the noun at `i` is a word of a relation cue phrase around it ("an exchange of prisoners"): the cue's, no group. */
function inCuePhrase(s: DiscoveryState, i: number): boolean {
  const { tokens } = s;
  const matches = (words: string[], at: number) =>
    at >= 0 && words.every((w, k) => tokens[at + k] !== undefined && tokens[at + k]!.sentence === tokens[i]!.sentence && (tokens[at + k]!.norm === w || tokens[at + k]!.lemma === w));
  return (PHRASES_BY_WORD.get(tokens[i]!.norm) ?? []).some((words) => words.some((w, p) => w === tokens[i]!.norm && matches(words, i - p)));
}

/** Whether token `j` hangs on `head` inside its phrase, directly or through one word between. */
function hangsOn(s: DiscoveryState, j: number, head: number): boolean {
  const t = s.tokens[j]!;
  if (t.head === head) return true;
  const up = t.head !== undefined && t.head >= 0 ? s.tokens[t.head] : undefined;
  return up !== undefined && t.head! > j && t.head! < head && up.head === head;
}

/** "dozens of", "hundreds of": a counting noun and "of" before `start`, in the sentence. */
function countedOf(s: DiscoveryState, start: number): number {
  const of = s.tokens[start - 1];
  const count = s.tokens[start - 2];
  return of?.norm === 'of' && count && count.sentence === of.sentence && ACTOR_WORDS.countingWords.has(count.norm) ? start - 2 : start;
}

/** The words before the noun at `i` that describe or count it. */
function describedAt(s: DiscoveryState, i: number): Described | null {
  const { tokens } = s;
  let start = i;
  let state: Mention | undefined;
  const modifiers: string[] = [];
  let definite = false;
  let counted = false;
  for (let j = i - 1; j >= 0 && tokens[j]!.sentence === tokens[i]!.sentence && hangsOn(s, j, i); j--) {
    const w = tokens[j]!;
    const cover = s.covered[j];
    if (cover) {
      // "Nigerian schoolgirls": a nationality is the group's state; any other actor's name ends the phrase.
      if (cover.form !== 'demonym' || state || !s.isKnown(cover) || s.kindOf(cover.actorId) !== 'state') return null;
      state = cover;
      start = j = cover.tokenStart;
      continue;
    }
    if (ACTOR_WORDS.countingWords.has(w.norm) || wordClass(w) === 'NUM') counted = true;
    else if (LABEL_DEPS.has(w.dep ?? '') && (wordClass(w) === 'ADJ' || wordClass(w) === 'NOUN' || wordClass(w) === 'PROPN' || wordClass(w) === 'VERB')) modifiers.unshift(w.text.toLowerCase() === w.text ? w.norm : w.text);
    else if (COUNT_DEPS.has(w.dep ?? '')) definite ||= ACTOR_WORDS.definiteDeterminers.has(w.norm);
    else break;
    start = j;
  }
  const from = modifiers.length || state ? start : countedOf(s, start);
  return { start: from, ...(state ? { state } : {}), modifiers, definite, counted: counted || countedOf(s, start) < start };
}

/** "the girls" after "276 schoolgirls": a definite plain noun is the described group of the document whose noun ends the same. */
function earlierDescribed(s: DiscoveryState, noun: string, described: string[]): string | undefined {
  for (let k = described.length - 1; k >= 0; k--) if (s.actors.get(described[k]!)?.label.toLowerCase().endsWith(noun)) return described[k];
  return undefined;
}

/**
 * Whether the noun at `i` is no group of its own: the audience of what is said ("told reporters",
 * "spoke to residents"), someone's own ("its citizens", "withdraw aid workers"), or members of an actor named after it
 * ("workers of the United Bus Company", "activists from the Fatah Party").
 */
function notOwnGroup(s: DiscoveryState, i: number): boolean {
  const { tokens } = s;
  // "its aid workers and nurses": a conjunct stands where the first one does.
  const first = tokens[i]!.dep === 'conj' && tokens[i]!.head !== undefined && tokens[i]!.head! >= 0 && tokens[i]!.head! < i ? tokens[i]!.head! : undefined;
  if (first !== undefined && notOwnGroup(s, first)) return true;
  const t = tokens[i]!;
  const head = t.head !== undefined && t.head >= 0 ? tokens[t.head] : undefined;
  if (head && t.dep !== 'nsubj' && t.dep !== 'nsubj:pass' && (LEXICON.speechVerbs.has(head.lemma) || ACTOR_WORDS.audienceLemmas.has(head.lemma))) return true;
  if (head && t.dep === 'obj' && ACTOR_WORDS.personnelLemmas.has(head.lemma)) return true;
  for (let k = s.sentenceBounds(i)[0]; k < s.sentenceBounds(i)[1]; k++) {
    if (tokens[k]!.head !== i) continue;
    if (tokens[k]!.dep === 'nmod:poss') return true;
    // A state after "of" or "in" is where they live ("residents of Syria"), read by placeAfter.
    if (k > i && tokens[k]!.dep === 'nmod' && s.covered[k] && s.kindOf(s.covered[k]!.actorId) !== undefined && s.kindOf(s.covered[k]!.actorId) !== 'state') return true;
  }
  return false;
}

/**
 * "inhabitants of the Golan Heights", "villagers in Darfur": where the group lives, after "of" or
 * "in" on the noun at `i`; the end of that phrase, and the state it names, if any.
 */
function placeAfter(s: DiscoveryState, i: number): { end: number; state?: Mention } {
  const { tokens } = s;
  const [, sentenceEnd] = s.sentenceBounds(i);
  const k = tokens.findIndex((t, j) => j > i && j < sentenceEnd && t.head === i && t.dep === 'nmod');
  const prep = k > 0 ? tokens.find((t, j) => j > i && j < k && t.head === k && t.dep === 'case') : undefined;
  if (k < 0 || !prep || (prep.norm !== 'of' && prep.norm !== 'in')) return { end: i + 1 };
  let end = k + 1;
  const under = (j: number): boolean => j === k || (tokens[j]!.head !== undefined && tokens[j]!.head! > i && tokens[j]!.head! !== j && under(tokens[j]!.head!));
  while (end < sentenceEnd && under(end)) end++;
  const covers = [...new Set(tokens.slice(i + 1, end).map((_, o) => s.covered[i + 1 + o]).filter((m): m is Mention => m !== undefined))];
  // Only a place or one state: a person or body there makes them its people, not a place's.
  if (covers.some((m) => s.kindOf(m.actorId) !== 'state') || covers.length > 1) return { end: i + 1 };
  return { end, ...(covers[0] && s.isKnown(covers[0]) ? { state: covers[0] } : {}) };
}

/**
 * "the girls kidnapped by X" in a caption before "276 schoolgirls" in the story: a definite plain noun
 * that found no group described before it refers to the first group described after it whose label ends
 * the same; its mentions move there when nothing else names its own group, which then goes.
 */
function foldForwardReferences(s: DiscoveryState, pending: Mention[], described: string[]): void {
  for (const own of new Set(pending.map((m) => m.actorId))) {
    const mentions = s.mentions.filter((x) => x.actorId === own);
    if (!mentions.every((x) => pending.includes(x))) continue;
    const noun = s.tokens[mentions[0]!.tokenEnd - 1]!.norm;
    // The first described after it: none before it ends the same, or it would have referred back to that one.
    const next = described.find((id) => id !== own && s.actors.get(id)?.label.toLowerCase().endsWith(noun));
    if (next === undefined) continue;
    const label = s.actors.get(next)!.label;
    for (const m of mentions) {
      m.actorId = next;
      m.note = `"${m.surface}" refers to ${label}, the group the document describes after it`;
    }
    s.actors.delete(own);
  }
}

/** Described groups of one document. */
export function discoverDescribedGroups(s: DiscoveryState, quiet: Uint8Array): void {
  const { tokens } = s;
  const described: string[] = [];
  const pending: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (s.covered[i] || quiet[i] || !PEOPLE_NOUNS.has(t.norm) || wordClass(t) !== 'NOUN' || !PARTICIPANT_DEPS.has(t.dep ?? '')) continue;
    if (notOwnGroup(s, i) || inCuePhrase(s, i)) continue;
    const d = describedAt(s, i);
    if (!d) continue;
    const plain = d.modifiers.length === 0 && !d.state;
    const before = plain && d.definite ? earlierDescribed(s, t.norm, described) : undefined;
    if (before) {
      const m = s.addMention(before, d.start, i + 1, 'role');
      m.note = `"${m.surface}" refers back to ${s.actors.get(before)!.label}, the group described before it`;
      continue;
    }
    const place = placeAfter(s, i);
    // A bare plural ("cracked down on Serbian nationalists", "attacks on civilians") names a kind of people, no group
    // one can follow: a group is counted, definite, or placed ("residents of the Jaffna peninsula").
    if (!d.counted && !d.definite && place.end === i + 1) continue;
    if (!d.state && place.state) d.state = place.state;
    // "citizens of Liberia", "Kenyan nationals": the state itself.
    if (d.state && ACTOR_WORDS.stateCitizenNouns.has(t.norm)) continue;
    const demonym = d.state ? (s.dict.get(d.state.actorId)?.demonyms[0] ?? d.state.surface) : undefined;
    const words = [...(demonym ? [demonym] : []), ...d.modifiers, t.norm];
    const label = words.join(' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    const id = s.upsert(label, 'group', `group described by what its people are: "${s.slice(d.start, i + 1)}" (${PEOPLE_NOUNS.get(t.norm)})`, d.state ? { affiliations: [{ actor: d.state.actorId }] } : {}, slugify(words.join(' ')));
    const entry = s.actors.get(id)!;
    entry.onlyAsParticipant = true;
    if (!d.state) entry.scope = 'document';
    if (d.state && s.isKnown(d.state)) s.supersede(d.state);
    const mention = s.addMention(id, d.start, place.end, 'discovered');
    if (plain && d.definite && place.end === i + 1) pending.push(mention);
    i = place.end - 1;
    described.push(id);
  }
  foldForwardReferences(s, pending, described);
}

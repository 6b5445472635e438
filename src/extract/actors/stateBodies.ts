// A state's legislature or court named by a common noun: "the Russian parliament",
// "Kenya's supreme court", "the parliament of Ghana", "Nigerian lawmakers", "Congress". Each is an
// organisation affiliated with its state (gold rule 5), not the state itself; its army, police and
// government stay the state (groupActors.ts, homeState.ts). The noun lists are in data/actorWords.json.
import type { ActorDictionary } from '../actorDictionary';
import { LEXICON } from '../lexicon';
import type { ActorEntry, Mention, Token } from '../types';
import { ACTOR_WORDS } from './actorWords';
import { isCapitalized, type DiscoveryState } from './discoveryState';
import { TITLE_WORDS } from './nameParts';
import { wordClass } from '../wordClass';

interface BodyNoun {
  start: number;
  end: number;
  /** How a label writes the body ("parliament", "Supreme Court"); empty for members of a legislature. */
  display: string;
  /** "lawmakers", "MPs": the members, standing for their legislature. */
  legislator: boolean;
}

function bodyNounAt(tokens: Token[], i: number): BodyNoun | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const two = next && next.sentence === t.sentence ? ACTOR_WORDS.stateBodyNouns.get(`${t.norm} ${next.norm}`) : undefined;
  if (two) return { start: i, end: i + 2, display: two, legislator: false };
  const one = ACTOR_WORDS.stateBodyNouns.get(t.norm);
  if (one) return { start: i, end: i + 1, display: one, legislator: false };
  return ACTOR_WORDS.legislatorNouns.has(t.norm) ? { start: i, end: i + 1, display: '', legislator: true } : null;
}

/** "parliament speaker", "Congress Party", "the regional parliament": the noun qualifies another, or names no state's body. */
function qualifiesOther(tokens: Token[], noun: BodyNoun): boolean {
  const last = tokens[noun.end - 1]!;
  const next = tokens[noun.end];
  const modifier = (last.dep === 'compound' || last.dep === 'amod') && last.head === noun.end;
  // "the Foreign Ministry spokesperson X", "the parliament speaker": part of a person's title.
  const title = next !== undefined && (TITLE_WORDS.has(next.norm) || ACTOR_WORDS.relationalNouns.has(next.norm));
  if (next && next.sentence === last.sentence && (modifier || title || (isCapitalized(next) && wordClass(next) === 'PROPN'))) return true;
  const prev = tokens[noun.start - 1];
  return prev !== undefined && prev.sentence === last.sentence && ACTOR_WORDS.subStateModifiers.has(prev.norm);
}

/** The state mention right before the noun ("Russian", "Kenya's", "U.S."), with where the phrase starts. */
function stateBefore(s: DiscoveryState, start: number): Mention | undefined {
  let k = start - 1;
  if (s.tokens[k]?.norm === "'s" || s.tokens[k]?.norm === "'") k--;
  const m = s.covered[k];
  if (!m || m.tokenEnd !== k + 1 || m.sentence !== s.tokens[start]!.sentence || m.form === 'capital' || m.form === 'pronoun') return undefined;
  return s.isKnown(m) && s.kindOf(m.actorId) === 'state' ? m : undefined;
}

/** "the parliament of Ghana": the state named after "of", ending the phrase. */
function stateAfter(s: DiscoveryState, end: number): Mention | undefined {
  if (s.tokens[end]?.norm !== 'of') return undefined;
  const k = s.tokens[end + 1]?.norm === 'the' ? end + 2 : end + 1;
  const m = s.covered[k];
  if (!m || m.tokenStart !== k || m.sentence !== s.tokens[end]!.sentence || m.form !== 'name') return undefined;
  return s.isKnown(m) && s.kindOf(m.actorId) === 'state' ? m : undefined;
}

const isLegislature = (names: readonly string[]) => names.some((n) => n.toLowerCase().split(/\s+/).some((w) => ACTOR_WORDS.legislatureWords.has(w)));

/** Whether an actor with these names is the body the noun names. */
function fits(names: readonly string[], noun: BodyNoun): boolean {
  if (noun.legislator) return isLegislature(names);
  const wanted = noun.display.toLowerCase();
  return names.some((n) => ` ${n.toLowerCase()} `.includes(` ${wanted} `));
}

/** The gazetteer's organisations affiliated with each state, in gazetteer order. */
const bodiesByDictionary = new WeakMap<ActorDictionary, Map<string, ActorEntry[]>>();

function gazetteerBodies(dict: ActorDictionary, state: string): readonly ActorEntry[] {
  let byState = bodiesByDictionary.get(dict);
  if (!byState) {
    byState = new Map();
    for (const e of dict.entries.values()) {
      if (e.kind !== 'organization') continue;
      for (const a of e.affiliations) byState.set(a.actor, [...(byState.get(a.actor) ?? []), e]);
    }
    bodiesByDictionary.set(dict, byState);
  }
  return byState.get(state) ?? [];
}

/** The state's body the noun names: one this document named already, else the gazetteer's; undefined if neither. */
function knownBody(s: DiscoveryState, state: string, noun: BodyNoun): string | undefined {
  for (const a of s.actors.values()) if (a.kind === 'organization' && a.affiliations.some((x) => x.actor === state) && fits([a.label, ...a.aliases], noun)) return a.id;
  return gazetteerBodies(s.dict, state).find((e) => fits([e.label ?? '', ...e.aliases], noun))?.id;
}

const labelOf = (s: DiscoveryState, id: string) => s.actors.get(id)?.label ?? s.dict.get(id)?.label ?? id;

/** "Nigerian lawmakers", "Kenya's supreme court": the body of the state named with the noun. */
function readQualified(s: DiscoveryState, noun: BodyNoun, state: Mention, start: number, end: number): void {
  const stateEntry = s.dict.get(state.actorId);
  const known = knownBody(s, state.actorId, noun);
  const surface = s.slice(start, end);
  let id = known;
  if (!id) {
    const demonym = stateEntry?.demonyms[0] ?? stateEntry?.label ?? state.surface;
    const label = `${demonym} ${noun.legislator ? 'legislature' : noun.display}`;
    const aliases = surface.toLowerCase() !== label.toLowerCase() && !noun.legislator ? [surface] : [];
    id = s.upsert(label, 'organization', `a body of ${stateEntry?.label ?? state.surface} named by a common noun: "${surface}"`, { affiliations: [{ actor: state.actorId }], aliases });
  }
  s.supersede(state);
  const m = s.addMention(id, start, end, known && s.dict.get(known) ? 'role' : 'discovered');
  if (known) m.note = `"${surface}" read as ${labelOf(s, id)}: the body of ${stateEntry?.label ?? state.surface} its noun names`;
}

/** The nearest mention before token i of a body the noun names ("Congress ... Lawmakers urged"). */
function earlierBody(s: DiscoveryState, i: number, noun: BodyNoun): Mention | undefined {
  let best: Mention | undefined;
  for (const m of [...s.known, ...s.mentions]) {
    if (m.tokenStart >= i || (best && m.tokenStart <= best.tokenStart) || s.isSuperseded(m) || s.kindOf(m.actorId) !== 'organization') continue;
    const entry = s.actors.get(m.actorId) ?? s.dict.get(m.actorId);
    if (entry && fits([entry.label ?? '', ...entry.aliases], noun)) best = m;
  }
  return best;
}

/** "Lawmakers", "Congress", "parliament" alone: the body named before, or the one English news means by a capitalised noun. */
function readBare(s: DiscoveryState, noun: BodyNoun): void {
  const surface = s.slice(noun.start, noun.end);
  const before = earlierBody(s, noun.start, noun);
  const fallback = isCapitalized(s.tokens[noun.start]!) ? ACTOR_WORDS.bareBodyDefaults.get(surface.toLowerCase()) : undefined;
  // Only where the text names the body's state: "Congress" in an article on India is its party.
  const owner = fallback ? s.dict.get(fallback)?.affiliations[0]?.actor : undefined;
  const ownerNamed = owner !== undefined && s.known.some((m) => m.actorId === owner && !s.isSuperseded(m));
  const id = before?.actorId ?? (fallback && ownerNamed ? fallback : undefined);
  if (!id) return;
  const m = s.addMention(id, noun.start, noun.end, 'role');
  m.note = before
    ? `"${surface}" read as ${labelOf(s, id)}, the body of that kind the text named before`
    : `"${surface}" alone read as ${labelOf(s, id)}, the body English news means by it when no other is named and the text names its state`;
}

/** "Kurdish parliament", "Iraqi Kurdish lawmakers": a capitalised qualifier the gazetteer does not know makes the body no state's. */
function unknownNameBefore(tokens: Token[], start: number): boolean {
  const prev = tokens[start - 1];
  return prev !== undefined && prev.sentence === tokens[start]!.sentence && isCapitalized(prev) && (wordClass(prev) === 'PROPN' || wordClass(prev) === 'ADJ');
}

/** Legislatures and courts of states named by common nouns, as organisations of their state. */
export function discoverStateBodies(s: DiscoveryState, quiet: Uint8Array): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    if (s.covered[i] || quiet[i]) continue;
    const noun = bodyNounAt(tokens, i);
    if (!noun || s.covered[noun.end - 1] || qualifiesOther(tokens, noun)) continue;
    const before = stateBefore(s, noun.start);
    const after = before || noun.legislator ? undefined : stateAfter(s, noun.end);
    const state = before ?? after;
    if (state) readQualified(s, noun, state, before ? before.tokenStart : noun.start, after ? after.tokenEnd : noun.end);
    else if (!unknownNameBefore(tokens, noun.start)) readBare(s, noun);
    i = noun.end - 1;
  }
}

/**
 * "Colombia's Supreme Court", "Honduras' National Assembly": a capitalised body of the state that owns it
 * by a possessive is that state's, labelled with its demonym ("Colombian Supreme Court"); the state's
 * army, police or government are left to the state nouns. Returns the token after the name, or null.
 */
export function possessedStateBody(s: DiscoveryState, i: number, end: number): number | null {
  const words = s.tokens.slice(i, end).map((w) => w.norm);
  const last = words[words.length - 1]!;
  const stateOwn = ACTOR_WORDS.homeInstitutionNouns.has(last) || ACTOR_WORDS.stateGroupNouns.has(words.join(' ')) || ACTOR_WORDS.stateGroupNouns.has(last);
  if (!ACTOR_WORDS.governmentBodies.has(last) || stateOwn || (s.tokens[i - 1]?.norm !== "'s" && s.tokens[i - 1]?.norm !== "'")) return null;
  const state = stateBefore(s, i);
  if (!state || state.form !== 'name') return null;
  const entry = s.dict.get(state.actorId);
  const surface = s.slice(state.tokenStart, end);
  const label = `${entry?.demonyms[0] ?? entry?.label ?? state.surface} ${s.slice(i, end)}`;
  const id = s.upsert(label, 'organization', `a body its state owns by a possessive: "${surface}"`, { affiliations: [{ actor: state.actorId }], aliases: [surface] });
  s.supersede(state);
  s.addMention(id, state.tokenStart, end, 'discovered');
  return end;
}

/** Tokens a body's name may hold between its owner and its noun ("arbitration", "fact - finding"). */
const MAX_BODY_TOKENS = 4;

/** A lowercase noun or adjective ("refugee", "fact-finding"), or a hyphen joining two without spaces. */
function nameWordOfBody(tokens: Token[], k: number): boolean {
  const w = tokens[k]!;
  if (w.norm === '-') return tokens[k - 1]?.end === w.start && tokens[k + 1]?.start === w.end;
  const joined = tokens[k - 1]?.norm === '-' && tokens[k - 1]!.end === w.start;
  return /^\p{Ll}/u.test(w.text) && (wordClass(w) === 'NOUN' || wordClass(w) === 'ADJ' || (joined && wordClass(w) === 'VERB'));
}

/**
 * "the U.N. arbitration court", "a Kenyan court", "the UN refugee agency": a state or organisation
 * named before lowercase words ending in a body noun is the owner of a body of its own, labelled as
 * the text writes it and affiliated with the owner; the owner's mention gives way to the body.
 */
export function discoverOwnedBodies(s: DiscoveryState, quiet: Uint8Array): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (s.covered[i] || quiet[i] || !ACTOR_WORDS.ownedBodyNouns.has(t.norm) || wordClass(t) !== 'NOUN') continue;
    let k = i;
    while (k > 0 && i - k < MAX_BODY_TOKENS && !s.covered[k - 1] && tokens[k - 1]!.sentence === t.sentence && nameWordOfBody(tokens, k - 1)) k--;
    // "the Armenian news agency": an outlet speaks for nobody's state.
    if (tokens.slice(k, i).some((w) => LEXICON.mediaKeywords.has(w.norm))) continue;
    const owner = s.covered[k - 1];
    if (!owner || owner.tokenEnd !== k || owner.sentence !== t.sentence || !s.isKnown(owner) || (owner.form !== 'name' && owner.form !== 'demonym')) continue;
    const kind = s.kindOf(owner.actorId);
    const next = tokens[i + 1];
    if ((kind !== 'state' && kind !== 'organization') || (next && next.sentence === t.sentence && (wordClass(next) === 'NOUN' || wordClass(next) === 'PROPN' || next.norm === "'s"))) continue;
    const label = s.slice(owner.tokenStart, i + 1);
    const id = s.upsert(label, 'organization', `a body named by its owner, ${labelOf(s, owner.actorId)}, and a body noun: "${label}"`, { affiliations: [{ actor: owner.actorId }] });
    s.supersede(owner);
    s.addMention(id, owner.tokenStart, i + 1, 'discovered');
  }
}

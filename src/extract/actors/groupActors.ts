// Groups named by nationality or role: "Sudanese rebels", "Palestinian youths", "Liberian riot
// police", "Islamist militants", "protesters", "Iranians". Each is a group actor, affiliated with
// the state its nationality names, and named the same way in every document ("sudanese-rebels").
import { LEXICON } from '../lexicon';
import { slugify } from '../slugify';
import type { Mention, Token } from '../types';
import { ACTOR_WORDS } from './actorWords';
import { FORCE_WORDS } from './forceWords';
import { isForcesLabel, salientAntecedent } from './definiteReferences';
import { isCapitalized, type DiscoveryState } from './discoveryState';
import { addNationalsGroup, nationalsAt } from './nationalGroups';
import { locateInState } from './locatedGroups';
import { policeOfState, stateForcesPhrase } from './stateForces';
import { wordClass } from '../wordClass';
import { anonymousLabel, foldArmedGroups, introducesGroup, isHyphenQualifier, unarmedLabel } from './armedGroupFolding';

// Where a group noun stands as a participant rather than a modifier or a predicate.
const PARTICIPANT_DEPS = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj', 'obl', 'obl:agent', 'nmod', 'conj', 'appos', 'root']);

interface GroupPhrase {
  start: number;
  end: number;
  /** The state a nationality word names. */
  state?: Mention;
  modifiers: string[];
  noun: string;
  /** Where the label starts when an actor backing the group stands before the mention ("Russia-backed rebels"). */
  labelStart?: number;
  /** The actor named before "-backed", kept as its own mention. */
  backer?: Mention;
  /** The noun modifies a place the group holds ("rebel positions"): the group is named by its plural. */
  held?: boolean;
}

/** "pro-Russian", "anti-Japan": a stance on an actor, in one token. */
const STANCE = /^(pro|anti)-\p{L}[\p{L}'’-]*$/iu;

/** "Russia-backed", "Iranian-funded": the actor mention before "-" and a backing participle ending at token j. */
function backerBefore(s: DiscoveryState, j: number): Mention | undefined {
  if (!ACTOR_WORDS.backerQualifiers.has(s.tokens[j]!.norm) || s.tokens[j - 1]?.norm !== '-') return undefined;
  const m = s.covered[j - 2];
  const kind = m && m.tokenEnd === j - 1 ? s.kindOf(m.actorId) : undefined;
  return m && m.sentence === s.tokens[j]!.sentence && (kind === 'state' || kind === 'organization' || kind === 'group') ? m : undefined;
}

/** The group noun at `i` (one or two words, "riot police"), as [canonical plural, words]. */
function groupNounAt(tokens: Token[], i: number): [string, number] | null {
  const two = tokens[i + 1] ? `${tokens[i]!.norm} ${tokens[i + 1]!.norm}` : '';
  const twoWords = ACTOR_WORDS.groupNouns.get(two);
  if (twoWords) return [twoWords, 2];
  const one = ACTOR_WORDS.groupNouns.get(tokens[i]!.norm) ?? ACTOR_WORDS.qualifiedGroupNouns.get(tokens[i]!.norm);
  return one ? [one, 1] : null;
}

/**
 * "police dispersed the demonstrations", "the protest was broken up": a gathering acted on by one of
 * gatheringVerbs stands for the people gathered ("protesters"); elsewhere it is an event, no actor.
 */
function gatheringAt(tokens: Token[], i: number): [string, number] | null {
  const t = tokens[i]!;
  const group = ACTOR_WORDS.gatheringNouns.get(t.norm);
  if (!group || (t.dep !== 'obj' && t.dep !== 'nsubj:pass') || t.head === undefined || t.head < 0) return null;
  const verb = tokens[t.head]!;
  return wordClass(verb) === 'VERB' && ACTOR_WORDS.gatheringVerbs.has(verb.lemma) ? [group, 1] : null;
}

/** "Saudi-led", "U.S.-led": the state mention before "-led" ending at token j. */
function leadingState(s: DiscoveryState, j: number): Mention | undefined {
  if (s.tokens[j]!.norm !== 'led' || s.tokens[j - 1]?.norm !== '-') return undefined;
  const m = s.covered[j - 2];
  return m && m.tokenEnd === j - 1 && s.isKnown(m) && s.kindOf(m.actorId) === 'state' ? m : undefined;
}

/** Modifiers in front of the noun: a nationality, "Islamist", "Shiite", "pro-democracy", "human rights". */
function phraseAt(s: DiscoveryState, i: number, noun: string, words: number): GroupPhrase | null {
  const { tokens } = s;
  const last = tokens[i + words - 1]!;
  // "a militant attack", "rebel positions": the noun modifies another noun.
  const next = tokens[i + words];
  // With a tree, only a noun the group noun hangs on: "militants hiding out" is no "militant attack".
  // Nor does a subject: "protesters march" with "march" misread as a noun.
  const nominalNext = next && next.sentence === last.sentence && (wordClass(next) === 'NOUN' || wordClass(next) === 'PROPN') && (last.head === undefined || (last.head === i + words && !last.dep?.startsWith('nsubj')));
  // The parse's compound or amod on a noun a verb follows is a misreading ("the Saudi-led coalition struck").
  const modifierDep = last.dep === 'compound' || last.dep === 'amod';
  const misreadModifier = modifierDep && next?.sentence === last.sentence && (wordClass(next) === 'VERB' || wordClass(next) === 'AUX');
  // "rebel positions", "militant camps": a place the group holds stands for the group, as "Taliban positions" does.
  const heldPlace = nominalNext && FORCE_WORDS.heldPlaceNouns.has(next.norm) && ACTOR_WORDS.armedGroupNouns.has(noun);
  // "suspected British militant Haroon Aswad": a singular group noun before a name describes the person, whatever the parse.
  const namedNext = words === 1 && last.norm !== noun && next?.sentence === last.sentence && wordClass(next) === 'PROPN' && isCapitalized(next);
  if (!heldPlace && ((modifierDep && !misreadModifier) || namedNext || (nominalNext && !LEXICON.governmentNouns.has(noun)))) return null;
  if (!heldPlace && last.dep !== undefined && !misreadModifier && !PARTICIPANT_DEPS.has(last.dep)) return null;
  let start = i;
  let state: Mention | undefined;
  const modifiers: string[] = [];
  for (let j = i - 1; j >= 0 && i - j <= 4 && tokens[j]!.sentence === last.sentence; j--) {
    const w = tokens[j]!;
    // "Russia-backed rebels": the backer stays its own mention; the label keeps it.
    const backer = state ? undefined : backerBefore(s, j);
    if (backer) {
      modifiers.unshift(`${s.slice(backer.tokenStart, backer.tokenEnd)}-${w.norm}`.toLowerCase());
      return { start, end: i + words, modifiers, noun, labelStart: backer.tokenStart, backer };
    }
    const leader = state ? undefined : leadingState(s, j);
    if (leader) {
      state = leader;
      modifiers.unshift('led');
      start = j = leader.tokenStart;
      continue;
    }
    const cover = s.covered[j];
    const known = cover && cover.tokenEnd === j + 1 && s.isKnown(cover) ? cover : undefined;
    if (known) {
      if (known.form !== 'demonym' || state) break;
      state = known;
      start = known.tokenStart;
      j = known.tokenStart;
      continue;
    }
    if (s.covered[j]) return null;
    const pair = j > 0 ? `${tokens[j - 1]!.norm} ${w.norm}` : '';
    if (ACTOR_WORDS.groupModifiers.has(pair)) {
      modifiers.unshift(pair);
      start = --j;
      continue;
    }
    if (ACTOR_WORDS.groupModifiers.has(w.norm) || STANCE.test(w.text) || (isCapitalized(w) && wordClass(w) === 'ADJ') || (wordClass(w) === 'PROPN' && /(i|ian|ese|ish)$/.test(w.norm))) {
      modifiers.unshift(w.norm);
      start = j;
      continue;
    }
    break;
  }
  return { start, end: i + words, modifiers, noun, ...(state ? { state } : {}), ...(heldPlace ? { held: true } : {}) };
}

/**
 * The earlier actor of the document a group noun refers back to: one whose name ends in the same
 * noun ("the militants" after "Islamist militants"), else, for armed nouns, the armed group the
 * nearest sentence naming one makes most salient ("the rebels" after "the FARC"); null when two
 * armed groups fit equally ("Hamas and Islamic Jihad ... the militants").
 */
function earlierGroup(s: DiscoveryState, phrase: GroupPhrase, mode: Reference): string | null | undefined {
  const armed = ACTOR_WORDS.armedGroupNouns.has(phrase.noun) && mode !== 'sameName';
  const kinds = new Set<string>(ACTOR_WORDS.referenceKinds.armed);
  const candidates: { id: string; mention: Mention }[] = [];
  // "Separatist rebels" after "Houthi rebels": a qualifier the earlier name lacks makes another group.
  const qualifiers = [...(phrase.state ? [phrase.state.surface.toLowerCase()] : []), ...phrase.modifiers];
  for (let k = s.groupTrail.length - 1; k >= 0; k--) {
    const m = s.groupTrail[k]!;
    if (m.tokenStart >= phrase.start) continue;
    const label = s.actors.get(m.actorId)?.label.toLowerCase() ?? '';
    if (label.endsWith(phrase.noun) && qualifiers.every((q) => label.split(/\s+/).includes(q))) return m.actorId;
    if (mode === 'sameName') continue;
    // "coalition forces" after "the Saudi-led coalition".
    if (ACTOR_WORDS.coalitionNouns.has(phrase.noun) && [...ACTOR_WORDS.coalitionNouns].some((n) => label.endsWith(n))) return m.actorId;
    // The nearest group decides for other nouns; a same-noun group further back still wins for armed ones.
    if (!armed) return undefined;
    // A state's or coalition's forces are no armed group "the militants" could be.
    if (isForcesLabel(label) || isHyphenQualifier(s, m) || !kinds.has(s.kindOf(m.actorId) ?? '') || unarmedLabel(label)) continue;
    // Anonymous "gunmen" are who nobody knows: only "the militants", "those gunmen" refer back to them.
    if (mode === 'only' && anonymousLabel(label)) continue;
    candidates.push({ id: m.actorId, mention: m });
  }
  if (candidates.length === 0 || (mode === 'only' && new Set(candidates.map((c) => c.id)).size > 1)) return undefined;
  return salientAntecedent(candidates, s.tokens, phrase.start, Number.POSITIVE_INFINITY, true)?.id ?? null;
}

/**
 * How a group noun with nothing in front refers back: "the militants" to the most salient group
 * ('salient'); "rebels" only to the one armed group named before, "protesters" to the group of that
 * noun named just before ('only'); "some militants", "two rebels" and an anonymous "gunmen" to none
 * before them ('counted': a group of their own, or the one the whole article names); "freedom
 * fighters" to nobody ('none': the noun in front says what kind they are, not who).
 */
type Reference = 'salient' | 'only' | 'counted' | 'none' | 'sameName';

function bareReference(s: DiscoveryState, phrase: GroupPhrase): Reference {
  const opener = s.tokens[phrase.start - 1];
  const inSentence = opener !== undefined && opener.sentence === s.tokens[phrase.start]!.sentence;
  if (inSentence && ACTOR_WORDS.definiteDeterminers.has(opener.norm)) return 'salient';
  // "freedom fighters", "drug militias": a noun in front says what kind they are; who they are, it does not.
  if (inSentence && wordClass(opener) === 'NOUN' && !isCapitalized(opener)) return 'none';
  // "some protesters" after "Kenyan protesters" are some of them; "some militants" may be anyone's.
  const counted = inSentence && (wordClass(opener) === 'NUM' || wordClass(opener) === 'DET' || ACTOR_WORDS.countingWords.has(opener.norm));
  if (counted && ACTOR_WORDS.armedGroupNouns.has(phrase.noun)) return 'counted';
  return ACTOR_WORDS.anonymousGroupNouns.has(phrase.noun) ? 'counted' : 'only';
}

/**
 * How a qualified armed group noun refers back: "the Islamist militants", "30 Marxist rebels" or "a
 * number of armed rebels" to the most salient armed group before it; "separatist rebels", with no
 * determiner, only to a group named the same way before ("Maoist rebels" ... "Maoist rebels"),
 * else it introduces a group of its own.
 */
function qualifiedReference(s: DiscoveryState, phrase: GroupPhrase): Reference {
  return introducesGroup(s, phrase.labelStart ?? phrase.start) ? 'sameName' : 'salient';
}

/** Whether an organisation or group is named right after the phrase, in its sentence ("the militant group Hamas"). */
function describesNameAfter(s: DiscoveryState, phrase: GroupPhrase): boolean {
  const next = s.covered[phrase.end];
  if (!next || next.tokenStart !== phrase.end || next.sentence !== s.tokens[phrase.start]!.sentence) return false;
  const kind = s.kindOf(next.actorId);
  return kind === 'group' || kind === 'organization';
}

/** Whether an actor's name (a state, organisation or group) ends right before token `start`, in its sentence. */
function ownerBefore(s: DiscoveryState, start: number): boolean {
  const m = s.covered[start - 1];
  if (!m || m.tokenEnd !== start || m.sentence !== s.tokens[start]!.sentence) return false;
  const kind = s.kindOf(m.actorId);
  return kind === 'state' || kind === 'organization' || kind === 'group';
}

/** An acronym the dictionary lacks: two to six capitals ("FARC", "FDLR", "RUF"). */
const ACRONYM = /^[A-Z]{2,6}$/;

/**
 * "the FARC rebels", "FDLR militias": an acronym in front of an armed group noun names that group.
 * The acronym becomes the group's mention (its name), the noun stays a description of it.
 */
function acronymGroup(s: DiscoveryState, i: number, noun: string): boolean {
  const w = s.tokens[i - 1];
  if (!ACTOR_WORDS.armedGroupNouns.has(noun) || !w || w.sentence !== s.tokens[i]!.sentence || !ACRONYM.test(w.text) || s.covered[i - 1]) return false;
  const id = s.upsert(w.text, 'group', `an acronym naming an armed group: "${s.slice(i - 1, i + 1)}"`);
  s.addMention(id, i - 1, i, 'discovered');
  return true;
}

/** A new group actor for a phrase naming a group by nationality, backer or role; its id. */
function addRoleGroup(s: DiscoveryState, phrase: GroupPhrase, bare: boolean): string {
  const { tokens } = s;
  const words = [...(phrase.state ? [s.dict.get(phrase.state.actorId)?.demonyms[0] ?? phrase.state.surface] : []), ...phrase.modifiers, phrase.noun];
  // "dispersed the demonstrations": the group is named by the people gathered, not the gathering.
  // A bare "rebel group" or "rebel leaders" is named by its plural, "Rebels", as "rebels" is.
  const gathering = ACTOR_WORDS.gatheringNouns.has(tokens[phrase.end - 1]!.norm) || phrase.held === true || bare;
  const named = gathering ? words.join(' ') : s.slice(phrase.labelStart ?? phrase.start, phrase.end);
  const label = named.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  const canonical = slugify(words.join(' '));
  const why = phrase.state ? 'group named by nationality' : phrase.backer ? 'group named by who backs it' : 'group named by its role';
  s.upsert(label, 'group', `${why}: "${label}"`, {
    ...(phrase.state ? { affiliations: [{ actor: phrase.state.actorId }] } : {}),
  }, canonical);
  // Nothing ties a group named by its role to a state or backer: it is its article's (documentScope.ts).
  if (!phrase.state && !phrase.backer) s.actors.get(canonical)!.scope = 'document';
  if (phrase.state && s.isKnown(phrase.state)) s.supersede(phrase.state);
  // "rebels" of "Russia-backed rebels" is no name of the group on its own: the label names it.
  const m = s.addMention(canonical, phrase.start, phrase.end, phrase.backer ? 'role' : 'discovered');
  if (phrase.backer) m.note = `"${m.surface}" read as ${label}: the group the backer before it backs`;
  return canonical;
}

/** Group actors named by nationality or role, and bare group nouns referring to a group named before. */
export function discoverGroups(s: DiscoveryState, quiet: Uint8Array): void {
  const { tokens } = s;
  const qualifiedArmed = new Set<string>();
  const bareArmed = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (s.covered[i] || quiet[i]) continue;
    const noun = groupNounAt(tokens, i) ?? gatheringAt(tokens, i);
    const nationals = noun ? null : nationalsAt(s, i);
    // "more than 100 Palestinians", "ethnic Albanians": a group of their own (nationalGroups.ts).
    if (nationals?.group) {
      addNationalsGroup(s, nationals, i + 1);
      continue;
    }
    // "Iranians", "Americans": the people of a state, read as the state.
    if (nationals) {
      s.addMention(nationals.state.actorId, i, i + 1, 'name');
      continue;
    }
    if (noun && acronymGroup(s, i, noun[0])) continue;
    const phrase = noun ? phraseAt(s, i, noun[0], noun[1]) : null;
    if (!phrase) continue;
    // "Rebels in the Ivory Coast": the group of the state after "in" (locatedGroups.ts).
    locateInState(s, phrase);
    // "Israeli troops", "Iraqi security forces": a state's own forces are the state.
    const bare = !phrase.state && phrase.modifiers.length === 0;
    // "riot police" (definiteStateNouns) is the state as "police" is.
    if (phrase.modifiers.length === 0 && (ACTOR_WORDS.stateGroupNouns.has(phrase.noun) || ACTOR_WORDS.definiteStateNouns.has(phrase.noun))) {
      if (!phrase.state) policeOfState(s, phrase);
      else if (phrase.noun.includes(' ')) stateForcesPhrase(s, phrase, phrase.state);
      i = phrase.end - 1;
      continue;
    }
    const armed = ACTOR_WORDS.armedGroupNouns.has(phrase.noun);
    const reference = bare ? bareReference(s, phrase) : armed ? qualifiedReference(s, phrase) : 'none';
    if (bare && armed && reference === 'none') continue;
    // "the Lebanese militant group Hezbollah": the noun describes the name after it, so it refers back to nobody.
    if (armed && describesNameAfter(s, phrase)) {
      i = phrase.end - 1;
      continue;
    }
    const before = reference === 'counted' || reference === 'none' ? undefined : earlierGroup(s, phrase, reference);
    if (before) {
      const m = s.addMention(before, phrase.start, phrase.end, 'role');
      m.note = `"${m.surface}" refers back to ${s.actors.get(before)?.label ?? s.dict.get(before)?.label ?? before}, the group named before it`;
      i = phrase.end - 1;
      continue;
    }
    // A bare "students" or "the coalition" names a group only through one named before: alone it could be any.
    if (bare && ACTOR_WORDS.qualifiedGroupNouns.has(phrase.noun)) continue;
    // "UN peacekeepers", "NATO allied forces": the forces of the actor named in front, which its name stands for.
    // As a direct object they are the forces an actor sends or withdraws ("refused to deploy peacekeepers"), no party.
    if (bare && ACTOR_WORDS.ownedForceNouns.has(phrase.noun) && (ownerBefore(s, phrase.start) || tokens[phrase.end - 1]!.dep === 'obj')) {
      i = phrase.end - 1;
      continue;
    }
    // Two armed groups fit "the militants" equally: it names neither.
    if (bare && armed && before === null) continue;
    const canonical = addRoleGroup(s, phrase, bare);
    // An anonymous "gunmen" stays a group of its own: nothing says whose they are.
    if (armed && !ACTOR_WORDS.anonymousGroupNouns.has(phrase.noun)) (bare ? bareArmed : qualifiedArmed).add(canonical);
    i = phrase.end - 1;
  }
  foldArmedGroups(s, qualifiedArmed, bareArmed);
}


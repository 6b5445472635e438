// Definite descriptions that name an actor of the document without its name. State nouns ("the
// government", "the authorities", "the army", "the military government", "security forces",
// "government troops") are the forces named just before, else the state the article is about
// (homeState.ts), else the one state named before with the same noun, else the one state the
// sentences just before make most salient. Generic group
// nouns ("the militants", "the rebels") are read at discovery (groupActors.ts) with the same
// salience ranking, from here. Where two actors fit equally, nothing is resolved.
import type { ActorLookup } from '../actorLookup';
import type { MentionIndex } from '../mentionIndex';
import type { Mention, Token } from '../types';
import { ACTOR_WORDS } from './actorWords';
import { homeInstitutionAt, homeStateOf, institutionPhrase, type HomeState } from './homeState';
import { wordClass } from '../wordClass';

/** What the discourse pass knows of the document; discourse.ts's context satisfies it. */
export interface ReferenceContext {
  tokens: Token[];
  mentions: Mention[];
  index: MentionIndex;
  dict: ActorLookup;
  published: string | null;
  home?: HomeState | null;
  /** State phrases this pass read before, which later ones may stand for in turn. */
  stateTrail?: Mention[];
}

/** Subject: the mention is (or modifies, or is coordinated with) a clause's subject; argument: anything else. */
export type Salience = 'subject' | 'argument';

// Arcs that make a mention part of a larger noun phrase whose own arc decides its salience.
const INNER_DEPS = new Set(['amod', 'compound', 'nmod:poss', 'flat', 'nmod', 'conj', 'appos', 'det']);

/** How prominent the mention spanning [start, end) is in its clause, read from the parse. */
export function salienceOf(tokens: Token[], start: number, end: number): Salience {
  let k = start;
  for (let j = start; j < end; j++) {
    const h = tokens[j]!.head;
    if (h === undefined || h < start || h >= end) {
      k = j;
      break;
    }
  }
  // Climb through the noun phrase: "Kenyan officials said", "Peru and Ecuador clashed", "Iran's envoy".
  for (let steps = 0; steps < 4; steps++) {
    const t = tokens[k]!;
    if (t.dep?.startsWith('nsubj')) return 'subject';
    // A name the parser made the root ("The PKK and the YPG attacked ..." read with "attacked" as its conjunct) is the subject it misread.
    if (t.dep === 'root' && (wordClass(t) === 'PROPN' || wordClass(t) === 'NOUN')) return 'subject';
    if (!t.dep || !INNER_DEPS.has(t.dep) || t.head === undefined || t.head < 0) break;
    k = t.head;
  }
  return 'argument';
}

export interface Antecedent {
  id: string;
  salience: Salience;
}

/**
 * The one actor the text just before token i makes most salient, subjects first: among the
 * candidates of the nearest sentence naming one (at most `reach` sentences back; the reference's own
 * sentence only when `ownSentence`) and of the referenceLookBack sentences before that one. Null when
 * none is named, or when two different actors share the top rank ("Sudan criticized Chad. Chad
 * criticized Sudan. The army ...").
 */
export function salientAntecedent(candidates: readonly { id: string; mention: Mention }[], tokens: Token[], i: number, reach: number, ownSentence: boolean): Antecedent | null {
  const sentence = tokens[i]!.sentence;
  const before = candidates.filter((c) => c.mention.tokenEnd <= i && c.mention.sentence >= sentence - reach && (ownSentence || c.mention.sentence < sentence));
  if (before.length === 0) return null;
  const nearest = Math.max(...before.map((c) => c.mention.sentence));
  const ranked = before
    .filter((c) => c.mention.sentence >= nearest - ACTOR_WORDS.referenceLookBack)
    .map((c) => ({ id: c.id, salience: salienceOf(tokens, c.mention.tokenStart, c.mention.tokenEnd) }));
  const top = ranked.some((c) => c.salience === 'subject') ? ranked.filter((c) => c.salience === 'subject') : ranked;
  return new Set(top.map((c) => c.id)).size === 1 ? top[0]! : null;
}

const labelOf = (c: ReferenceContext, id: string) => c.dict.get(id)?.label ?? id;

/** The party an actor stands for among "the two sides": an organisation of a state is that state's side. */
export function sideOf(dict: ActorLookup, published: string | null, id: string): string {
  if (dict.get(id)?.kind !== 'organization') return id;
  const state = dict.affiliationOn(id, published);
  return state && dict.get(state)?.kind === 'state' ? state : id;
}

/** Whether no two of the actors belong to one state ("both sides" is never a president and his negotiator). */
export function apartSides(dict: ActorLookup, published: string | null, ids: readonly string[]): boolean {
  // Armed groups keep their own side even where the gazetteer ties them to a state (the Taliban, Afghanistan).
  const stateOf = (id: string) => {
    const kind = dict.get(id)?.kind;
    return kind === 'state' ? id : kind === 'person' || kind === 'organization' ? dict.affiliationOn(id, published) : undefined;
  };
  const states = ids.map(stateOf).filter((s): s is string => s !== undefined);
  return new Set(states).size === states.length;
}

/** Group actors whose label names forces ("coalition forces", "Israeli troops"): a state's or coalition's forces. */
export function isForcesLabel(label: string): boolean {
  const l = label.toLowerCase();
  return [...ACTOR_WORDS.stateGroupNouns, ...ACTOR_WORDS.coalitionNouns].some((n) => l.endsWith(n));
}

/** The forces group named last before token i, its own sentence and the two before (the older "the army" rule). */
function forcesBefore(c: ReferenceContext, i: number): string | undefined {
  const sentence = c.tokens[i]!.sentence;
  for (let s = sentence; s >= sentence - 2 && s >= 0; s--) {
    const list = c.index.inSentence(s).filter((m) => (s < sentence || m.tokenEnd <= i) && m.modifierOf === undefined);
    for (const m of [...list].reverse()) {
      for (const id of m.members ?? [m.actorId]) if (c.dict.get(id)?.kind === 'group' && isForcesLabel(labelOf(c, id))) return id;
    }
  }
  return undefined;
}

/** Whether a token can open a definite state phrase: "the", or nothing that counts or names. */
function opensBare(t: Token | undefined, sentence: number): boolean {
  if (!t || t.sentence !== sentence) return true;
  if (t.norm === 'the') return true;
  return !(wordClass(t) === 'ADJ' || wordClass(t) === 'PROPN' || wordClass(t) === 'NOUN' || wordClass(t) === 'NUM' || wordClass(t) === 'DET' || wordClass(t) === 'PRON' || ACTOR_WORDS.countingWords.has(t.norm) || t.norm === "'s");
}

/** Whether token i is a clause's subject or passive agent, or a conjunct of one ("Police and soldiers fired"). */
function isAgent(tokens: Token[], i: number): boolean {
  let t = tokens[i]!;
  if (t.dep === 'conj' && t.head !== undefined && t.head >= 0) t = tokens[t.head]!;
  return t.dep === 'nsubj' || t.dep === 'obl:agent';
}

/** Last words of the phrases statePhrase reads, to pass over every other token at once. */
const STATE_PHRASE_HEADS = new Set(['government', ...ACTOR_WORDS.homeInstitutionNouns, ...ACTOR_WORDS.bareStateNouns, ...ACTOR_WORDS.subjectStateNouns, ...[...ACTOR_WORDS.definiteStateNouns].map((n) => n.split(' ').pop()!)]);

/**
 * [start, end) of a definite state phrase at token i (its head noun): the home-institution phrases
 * ("the army", "government troops"), "the authorities", a government noun after modifiers of
 * government ("the military government"), and "security forces" with or without "the".
 */
export function statePhrase(tokens: Token[], i: number): [number, number] | null {
  if (!STATE_PHRASE_HEADS.has(tokens[i]!.norm)) return null;
  const known = institutionPhrase(tokens, i);
  if (known) return known;
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const owned = next && next.sentence === t.sentence && (wordClass(next) === 'NOUN' || wordClass(next) === 'PROPN' || next.norm === 'of' || next.norm === 'in' || next.norm === "'s");
  if (owned) return null;
  const pair = i > 0 ? `${tokens[i - 1]!.norm} ${t.norm}` : '';
  if (ACTOR_WORDS.definiteStateNouns.has(pair) && tokens[i - 1]!.sentence === t.sentence) {
    const before = tokens[i - 2];
    if (!opensBare(before, t.sentence)) return null;
    return before?.norm === 'the' && before.sentence === t.sentence ? [i - 2, i + 1] : [i - 1, i + 1];
  }
  // "Police fired shots": a one-word state noun needs no "the".
  const bare = ACTOR_WORDS.bareStateNouns.has(t.norm) || (ACTOR_WORDS.subjectStateNouns.has(t.norm) && isAgent(tokens, i));
  if (bare && opensBare(tokens[i - 1], t.sentence)) return tokens[i - 1]?.norm === 'the' && tokens[i - 1]!.sentence === t.sentence ? [i - 1, i + 1] : [i, i + 1];
  if (!ACTOR_WORDS.definiteStateNouns.has(t.norm) && !ACTOR_WORDS.homeInstitutionNouns.has(t.norm)) return null;
  let j = i - 1;
  while (j >= 0 && i - j <= 2 && tokens[j]!.sentence === t.sentence && ACTOR_WORDS.governmentModifiers.has(tokens[j]!.norm) && tokens[j]!.norm !== t.norm) j--;
  const opener = tokens[j];
  if (!opener || opener.sentence !== t.sentence || opener.norm !== 'the') return null;
  return [j, i + 1];
}

/** The one state the sentences just before make most salient: states themselves, or the states of persons. */
function salientState(c: ReferenceContext, i: number): Antecedent | null {
  const kinds = new Set(ACTOR_WORDS.referenceKinds.state);
  const candidates: { id: string; mention: Mention }[] = [];
  const first = c.tokens[i]!.sentence - 2 * ACTOR_WORDS.referenceLookBack;
  for (const m of [...c.mentions, ...(c.stateTrail ?? [])]) {
    if (m.sentence < first || m.tokenEnd > i) continue;
    for (const id of m.members ?? [m.actorId]) {
      const kind = c.dict.get(id)?.kind;
      if (kind && kinds.has(kind)) candidates.push({ id, mention: m });
      else if (kind === 'person') {
        const state = c.dict.affiliationOn(id, c.published);
        if (state && kinds.has(c.dict.get(state)?.kind ?? '')) candidates.push({ id: state, mention: m });
      }
    }
  }
  return salientAntecedent(candidates, c.tokens, i, ACTOR_WORDS.referenceLookBack, false);
}

/** Whether state mention m is named with `noun` as its head: "Myanmar's junta", "the Peruvian government", "the government of Peru". */
function namesWithNoun(tokens: Token[], m: Mention, noun: string): boolean {
  const sentence = m.sentence;
  let j = m.tokenEnd;
  if (tokens[j]?.norm === "'s") j++;
  for (let k = 0; k < 3 && tokens[j] && tokens[j]!.sentence === sentence; k++, j++) {
    if (tokens[j]!.norm === noun) return true;
    if (wordClass(tokens[j]!) !== 'ADJ' && wordClass(tokens[j]!) !== 'NOUN') break;
  }
  return tokens[m.tokenStart - 1]?.norm === 'of' && tokens[m.tokenStart - 2]?.norm === noun;
}

/** The one state the document named before token i with the same head noun ("Myanmar's junta ... the junta"). */
function stateNamedWithNoun(c: ReferenceContext, i: number, noun: string): string | undefined {
  const kinds = new Set(ACTOR_WORDS.referenceKinds.state);
  const ids = new Set<string>();
  for (const m of c.mentions) {
    if (m.tokenStart >= i) break;
    if (kinds.has(c.dict.get(m.actorId)?.kind ?? '') && namesWithNoun(c.tokens, m, noun)) ids.add(m.actorId);
  }
  return ids.size === 1 ? [...ids][0] : undefined;
}

/**
 * "the army", "the authorities", "government troops", "security forces": the forces named just
 * before (not for "the government"), else the state the article is about, else the one state named
 * before with the same noun ("Myanmar's junta ... the junta"), else the state named most saliently
 * in the sentences just before, when one is.
 */
export function stateReference(c: ReferenceContext, i: number): Mention | null {
  const t = c.tokens[i]!;
  const span = statePhrase(c.tokens, i);
  if (!span) return null;
  for (let k = span[0]; k < span[1]; k++) if (c.index.at(k)) return null;
  const surface = c.tokens
    .slice(span[0], span[1])
    .map((w) => w.text)
    .join(' ');
  const base = { form: 'role' as const, tokenStart: span[0], tokenEnd: span[1], sentence: t.sentence, surface };
  // "coalition forces detained ... The military says": the forces named just before, not the home state.
  const forces = t.norm === 'government' ? undefined : forcesBefore(c, i);
  if (forces) return { ...base, actorId: forces, note: `"${surface}" read as ${labelOf(c, forces)}: the forces named just before it` };
  if (c.home === undefined) c.home = homeStateOf(c.mentions, c.dict);
  if (c.home) return homeInstitutionAt(c.tokens, span, c.home, labelOf(c, c.home.id));
  const named = stateNamedWithNoun(c, i, t.norm);
  if (named) return { ...base, actorId: named, note: `"${surface}" read as ${labelOf(c, named)}: the one state named before with "${t.text}"` };
  const state = salientState(c, i);
  if (!state) return null;
  const how = state.salience === 'subject' ? 'the one state a subject names' : 'the one state named';
  const m: Mention = { ...base, actorId: state.id, note: `"${surface}" read as ${labelOf(c, state.id)}: ${how} in the text just before it` };
  (c.stateTrail ??= []).push(m);
  return m;
}

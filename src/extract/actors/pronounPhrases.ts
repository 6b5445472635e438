// What the pronoun resolver reads about a document's noun phrases: the parse's children and quotations
// (the context), a phrase's grammatical number, the actor mention it stands for, and its rank as an
// antecedent (main subject, other subject, object, other attachment). Used by actorPronouns.ts.
import data from '../../../data/pronounWords.json';
import type { ActorLookup } from '../actorLookup';
import { MentionIndex } from '../mentionIndex';
import { ROLE_FRAMES } from '../relations/roleFrames';
import type { Mention, Token } from '../types';
import { ACTOR_WORDS } from './actorWords';
import { wordClass } from '../wordClass';

export type PronounNumber = 'singular' | 'plural';
export type PhraseNumber = PronounNumber | 'either';

export const WORDS = {
  singular: ACTOR_WORDS.neuterPronouns,
  plural: ACTOR_WORDS.collectivePronouns,
  possessives: new Set(data.possessives),
  lookBack: data.lookBack,
  pleonasticPredicates: new Set(data.pleonasticPredicates),
  reportingVerbs: new Set(data.reportingVerbs),
  propositionObjectVerbs: new Set(data.propositionObjectVerbs),
  argumentDeps: new Set(data.argumentDeps),
  subjectDeps: new Set(data.subjectDeps),
  objectDeps: new Set(data.objectDeps),
  noAntecedents: new Set(data.noAntecedents),
  hostileVerbs: new Set(data.hostileVerbs),
};

const SINGULAR_VERBS = new Set(['is', 'was', 'has', 'does', "'s"]);
const PLURAL_VERBS = new Set(['are', 'were', 'have', 'do', "'re", "'ve"]);
export const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

/** A noun phrase before a pronoun that it may stand for: actors, or none for a thing ("the proposal"). */
export interface Antecedent {
  head: number;
  actors: string[];
  number: PhraseNumber;
  /** 0 subject of the main clause, 1 another subject, 2 object, 3 other attachment. */
  rank: number;
  person: boolean;
  /** One conjunct of a coordination ("Iran" in "Iran and Iraq"): the coordination is "they", none of its parts "it". */
  conjunct: boolean;
  /** Two actors that met ("A met B"), the antecedent of a "they" split over both. */
  met?: boolean;
}

export interface Context {
  tokens: Token[];
  index: MentionIndex;
  dict: ActorLookup;
  children: Map<number, number[]>;
  /** Per token: 0 in narration, else the number of the quotation it stands in. */
  quote: number[];
  /** Pronouns read so far, antecedents of the ones after them ("It said ... It added"). */
  resolved: Map<number, Mention>;
}

export const depOf = (t: Token) => (t.dep ?? '').split(':')[0]!;
export const childrenOf = (c: Context, i: number) => c.children.get(i) ?? [];
export const mentionAt = (c: Context, i: number) => c.index.at(i) ?? c.resolved.get(i);

export function buildContext(tokens: Token[], mentions: Mention[], dict: ActorLookup): Context {
  const children = new Map<number, number[]>();
  const quote: number[] = [];
  let open = 0;
  let quotes = 0;
  tokens.forEach((t, i) => {
    if (t.head !== undefined && t.head >= 0) {
      const list = children.get(t.head);
      if (list) list.push(i);
      else children.set(t.head, [i]);
    }
    if (t.norm === '"') open = open ? 0 : ++quotes;
    quote.push(t.norm === '"' ? 0 : open);
  });
  return { tokens, index: new MentionIndex(mentions, tokens.length), dict, children, quote, resolved: new Map() };
}

/** The number a finite verb agrees with ("has" singular, "have" plural), if its form or auxiliary shows it. */
export function verbNumber(c: Context, v: number): PronounNumber | undefined {
  const forms = [...childrenOf(c, v).filter((k) => depOf(c.tokens[k]!) === 'aux' || depOf(c.tokens[k]!) === 'cop'), v];
  for (const k of forms) {
    const w = c.tokens[k]!;
    if (SINGULAR_VERBS.has(w.norm)) return 'singular';
    if (PLURAL_VERBS.has(w.norm)) return 'plural';
    if (wordClass(w) === 'AUX') return undefined;
  }
  const w = c.tokens[v]!;
  if (wordClass(w) !== 'VERB' || w.norm === w.lemma) return undefined;
  return w.norm === `${w.lemma}s` || w.norm === `${w.lemma}es` ? 'singular' : undefined;
}

/** The mention standing for node `h`: its own (not a modifier), or an owner of a stand-in noun ("Ethiopian troops"). */
export function actorMention(c: Context, h: number): Mention | undefined {
  const own = mentionAt(c, h);
  if (own) return own.modifierOf === undefined ? own : undefined;
  const t = c.tokens[h]!;
  if (!ROLE_FRAMES.standInNouns.has(t.norm) && !ROLE_FRAMES.standInNouns.has(t.lemma)) return undefined;
  for (const k of childrenOf(c, h)) {
    const dep = c.tokens[k]!.dep;
    if (dep === 'nmod' && childrenOf(c, k).some((j) => c.tokens[j]!.dep === 'case' && c.tokens[j]!.norm === 'of')) return ownersOf(c, k);
    if (dep !== 'nmod:poss' && dep !== 'amod' && dep !== 'compound') continue;
    const m = mentionAt(c, k);
    if (m) return m;
  }
  return undefined;
}

/** "the leaders of France, Germany and Russia": the actors after "of", one mention standing for all of them. */
function ownersOf(c: Context, k: number): Mention | undefined {
  const parts = [k, ...childrenOf(c, k).filter((j) => c.tokens[j]!.dep === 'conj')].map((j) => mentionAt(c, j));
  if (!parts.every((m) => m !== undefined && m.modifierOf === undefined)) return undefined;
  const ids = [...new Set(parts.flatMap((m) => m!.members ?? [m!.actorId]))];
  return ids.length > 1 ? { ...parts[0]!, members: ids } : parts[0];
}

export function phraseNumber(c: Context, h: number, m: Mention | undefined): PhraseNumber {
  if (m?.members && m.members.length > 1) return 'plural';
  const t = c.tokens[h]!;
  if (WORDS.singular.has(t.norm)) return 'singular';
  if (WORDS.plural.has(t.norm)) return 'plural';
  const kind = m && m.tokenStart <= h && h < m.tokenEnd ? c.dict.get(m.actorId)?.kind : undefined;
  if (kind === 'state' || kind === 'organization' || kind === 'person') return 'singular';
  const agreed = t.dep?.startsWith('nsubj') && t.head !== undefined && t.head >= 0 ? verbNumber(c, t.head) : undefined;
  // "soldiers" (lemma "soldier"); a capitalised "Soldiers" opening a sentence keeps its lemma, so it may be either.
  const endsPlural = t.norm.endsWith('s') && !t.norm.endsWith('ss');
  if (endsPlural && t.norm !== t.lemma) return 'plural';
  if (kind === 'group' || (endsPlural && wordClass(t) !== 'NOUN')) return agreed ?? 'either';
  return agreed ?? 'singular';
}

/** The first conjunct of a coordination `h` stands in, or `h`. */
export function firstConjunct(c: Context, h: number): number {
  let k = h;
  while (c.tokens[k]!.dep === 'conj' && c.tokens[k]!.head !== undefined && NOMINAL.has(wordClass(c.tokens[c.tokens[k]!.head!]!))) k = c.tokens[k]!.head!;
  return k;
}

export function rankOf(c: Context, h: number): number | undefined {
  const t = c.tokens[firstConjunct(c, h)]!;
  if (!t.dep) return undefined;
  // "Sudanese rebels attacked Chad": a parse that heads the sentence with the noun keeps it first.
  if (t.dep === 'root') return childrenOf(c, firstConjunct(c, h)).some((k) => c.tokens[k]!.dep === 'cop') ? undefined : 0;
  if (WORDS.subjectDeps.has(t.dep)) {
    let v = t.head ?? -1;
    // A "subject" of a noun without a copula is a misparse, not a clause's subject.
    if (v >= 0 && NOMINAL.has(wordClass(c.tokens[v]!)) && !childrenOf(c, v).some((k) => c.tokens[k]!.dep === 'cop')) return 3;
    while (v >= 0 && c.tokens[v]!.dep === 'conj') v = c.tokens[v]!.head ?? -1;
    return v >= 0 && c.tokens[v]!.head === -1 ? 0 : 1;
  }
  if (WORDS.objectDeps.has(t.dep)) return 2;
  return WORDS.argumentDeps.has(t.dep) && t.dep !== 'nmod:poss' ? 3 : undefined;
}

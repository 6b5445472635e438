// "it", "its", "they", "them", "their" standing for states, organisations and groups, anywhere in a
// text. The antecedent is searched on the dependency tree: nearest sentence first; in the pronoun's
// own sentence the nearest clause around it; then subject before object before other attachments;
// then the nearer. It must agree in number ("it" is never a person, a plural group or one conjunct
// of a coordination) and be none of the other arguments of the pronoun's verb. A pronoun the tree
// reads as no argument or as pleonastic ("it is likely that", "it was reported that"), one whose
// best antecedent is a thing ("the blockade ... It"), and a possessive of its own clause's subject
// ("agreed to scrap its programme") are left alone. Each resolution says why in `note`. Word lists:
// data/pronounWords.json (the pronouns themselves: neuterPronouns and collectivePronouns in data/actorWords.json).
import type { ActorLookup } from '../actorLookup';
import { LEXICON } from '../lexicon';
import { ROLE_FRAMES } from '../relations/roleFrames';
import type { Mention, Token } from '../types';
import { mayMeet, meetingPairAt } from './meetingPairs';
import { reasonOwner } from './reasonOwner';
import { jointAntecedent } from './jointSubjects';
import { clauseChain, clauseDistance, clauseOf } from './pronounClauses';
import { wordClass } from '../wordClass';
import { NOMINAL, WORDS, actorMention, buildContext, childrenOf, depOf, firstConjunct, mentionAt, phraseNumber, rankOf, verbNumber, type Antecedent, type Context, type PronounNumber } from './pronounPhrases';

const RANK_WORDS = ['the main subject', 'a subject', 'the object', 'an actor named'];
/** Links to the clause above whose own subject, when they have none, is the one above ("agreed to scrap its programme"). */
const SUBJECT_SHARING_LINKS = new Set(['xcomp', 'advcl', 'conj']);
const labelOf = (c: Context, id: string) => c.dict.get(id)?.label ?? id;
const listed = (labels: string[]) => (labels.length < 3 ? labels.join(' and ') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`);

/** The noun phrases of sentence `s` (before token `before`) a pronoun may stand for, coordinations as one plural phrase besides their conjuncts. */
function antecedentsIn(c: Context, s: number, first: number, before: number): Antecedent[] {
  const out: Antecedent[] = [];
  for (let h = first; h < before && c.tokens[h]!.sentence === s; h++) {
    const t = c.tokens[h]!;
    if (wordClass(t) === 'VERB' || mayMeet(t)) {
      const met = metAntecedent(c, h, before);
      if (met) out.push(met);
      continue;
    }
    if (!NOMINAL.has(wordClass(t))) continue;
    const own = mentionAt(c, h);
    // A mention counts once, at its head: the token whose parent lies outside it.
    if (own && t.head !== undefined && t.head >= own.tokenStart && t.head < own.tokenEnd) continue;
    // A pronoun read as no actor is a thing ("others"); first and second persons and relative pronouns are no antecedents.
    if (wordClass(t) === 'PRON' && !own && WORDS.noAntecedents.has(t.norm)) continue;
    const rank = rankOf(c, h);
    if (rank === undefined) continue;
    const m = actorMention(c, h);
    const actors = m ? (m.members ?? [m.actorId]) : [];
    const conjuncts = childrenOf(c, h).filter((k) => c.tokens[k]!.dep === 'conj' && NOMINAL.has(wordClass(c.tokens[k]!)) && k < before);
    const conjunct = conjuncts.length > 0 || firstConjunct(c, h) !== h;
    out.push({ head: h, actors, number: phraseNumber(c, h, m), rank, person: actors.some((id) => c.dict.get(id)?.kind === 'person'), conjunct });
    if (conjuncts.length === 0 || t.dep === 'conj') continue;
    const parts = [h, ...conjuncts].map((k) => actorMention(c, k));
    const all = parts.every((p) => p !== undefined);
    const members = all ? [...new Set(parts.flatMap((p) => p!.members ?? [p!.actorId]))] : [];
    out.push({ head: h, actors: members, number: 'plural', rank, person: false, conjunct: false });
  }
  return out;
}

/** "A met B": the two of them as one plural antecedent, ranked as the clause's subject. */
function metAntecedent(c: Context, verb: number, before: number): Antecedent | null {
  if (verb >= before || !mayMeet(c.tokens[verb]!)) return null;
  const s = c.tokens[verb]!.sentence;
  let first = verb;
  while (first > 0 && c.tokens[first - 1]!.sentence === s) first--;
  let end = verb;
  while (end < c.tokens.length && c.tokens[end]!.sentence === s) end++;
  const pair = meetingPairAt({ tokens: c.tokens, dict: c.dict, mentionAt: (i) => mentionAt(c, i) }, verb, first, end);
  const subject = pair ? childrenOf(c, verb).find((k) => c.tokens[k]!.dep === 'nsubj') : undefined;
  const rank = subject === undefined ? 0 : (rankOf(c, subject) ?? 1);
  return pair ? { head: subject ?? verb, actors: pair, number: 'plural', rank, person: false, conjunct: false, met: true } : null;
}

/** Why the pronoun at `i` stands for no actor, if the tree says so. */
function vetoed(c: Context, i: number, number: PronounNumber): boolean {
  const t = c.tokens[i]!;
  if (!t.dep || !WORDS.argumentDeps.has(t.dep)) return true;
  const possessive = WORDS.possessives.has(t.norm);
  if (possessive !== (t.dep === 'nmod:poss')) return true;
  const head = t.head ?? -1;
  if (head < 0) return true;
  const h = c.tokens[head]!;
  if (t.dep.startsWith('nsubj')) {
    if (number === 'singular' && WORDS.pleonasticPredicates.has(h.lemma)) return true;
    if (t.dep === 'nsubj:pass' && number === 'singular' && WORDS.reportingVerbs.has(h.lemma)) return true;
    if (childrenOf(c, head).some((k) => depOf(c.tokens[k]!) === 'csubj')) return true;
    // "It was Libya that attacked first": a cleft names its actor itself.
    const copular = childrenOf(c, head).some((k) => c.tokens[k]!.dep === 'cop');
    if (copular && (c.index.at(head) || childrenOf(c, head).some((k) => c.tokens[k]!.dep === 'acl:relcl'))) return true;
    const agreed = verbNumber(c, head);
    if (agreed && agreed !== number) return true;
  }
  return number === 'singular' && t.dep === 'obj' && WORDS.propositionObjectVerbs.has(h.lemma);
}

function fits(a: Antecedent, number: PronounNumber): boolean {
  if (a.number !== 'either' && a.number !== number) return false;
  // One conjunct of "Israel and Hamas" is no antecedent: the coordination is, as a plural.
  return !a.conjunct && !(number === 'singular' && a.person);
}

function firstOfSentence(tokens: Token[], i: number): number {
  let k = i;
  while (k > 0 && tokens[k - 1]!.sentence === tokens[i]!.sentence) k--;
  return k;
}

/**
 * Actors the other arguments of the pronoun's verb stand for: "its troops shelled Kenyan police posts"
 * is not Kenya, "Russia urged it" not Russia. A possessive may be its own verb's subject ("Israel withdrew its forces").
 */
function coArguments(c: Context, i: number): Set<string> {
  const out = new Set<string>();
  const t = c.tokens[i]!;
  const possessive = t.dep === 'nmod:poss';
  const phrase = possessive ? (t.head ?? -1) : i;
  if (phrase < 0) return out;
  const head = c.tokens[phrase]!.head ?? -1;
  const argument = WORDS.argumentDeps.has(c.tokens[phrase]!.dep ?? '');
  // "its troops shelling Kenyan posts": a participle on the phrase has it for subject.
  const verbs = [...(argument && head >= 0 && !NOMINAL.has(wordClass(c.tokens[head]!)) ? [head] : []), ...childrenOf(c, phrase).filter((k) => c.tokens[k]!.dep === 'acl')];
  for (const verb of verbs) {
    for (const k of childrenOf(c, verb)) {
      const dep = c.tokens[k]!.dep ?? '';
      if (k === phrase || dep === 'nmod:poss' || !WORDS.argumentDeps.has(dep) || (possessive && WORDS.subjectDeps.has(dep) && !onHostileObject(c, i))) continue;
      for (const j of [k, ...childrenOf(c, k).filter((x) => c.tokens[x]!.dep === 'conj')]) {
        const m = actorMention(c, j);
        for (const id of m ? (m.members ?? [m.actorId]) : []) out.add(id);
      }
    }
  }
  return out;
}

/** "Ethiopia's decision to withdraw its troops": the actor owning the noun the pronoun's clause completes, who does what it says. */
function controllingPossessor(c: Context, i: number): Mention | undefined {
  const clause = clauseOf(c, i);
  if (childrenOf(c, clause).some((k) => WORDS.subjectDeps.has(c.tokens[k]!.dep ?? ''))) return undefined;
  // "Kenya urged Uganda to withdraw its troops": the one asked does the act, with its own troops.
  const asker = c.tokens[clause]!.dep === 'xcomp' ? (c.tokens[clause]!.head ?? -1) : -1;
  if (asker >= 0 && ROLE_FRAMES.objectControlVerbs.has(c.tokens[asker]!.lemma)) {
    const asked = childrenOf(c, asker).find((k) => k < clause && WORDS.objectDeps.has(c.tokens[k]!.dep ?? ''));
    return asked === undefined ? undefined : actorMention(c, asked);
  }
  if (c.tokens[clause]!.dep !== 'acl') return undefined;
  const noun = c.tokens[clause]!.head ?? -1;
  const owner = noun < 0 ? undefined : childrenOf(c, noun).find((k) => c.tokens[k]!.dep === 'nmod:poss');
  return owner === undefined ? undefined : actorMention(c, owner);
}

/** "Togo attacked its border posts": a possessive on the object of a hostile verb, whose subject owns none of it. */
function onHostileObject(c: Context, i: number): boolean {
  const t = c.tokens[i]!;
  const phrase = t.dep === 'nmod:poss' ? (t.head ?? -1) : -1;
  if (phrase < 0 || !WORDS.objectDeps.has(c.tokens[phrase]!.dep ?? '') && depOf(c.tokens[phrase]!) !== 'obl') return false;
  const verb = c.tokens[phrase]!.head ?? -1;
  return verb >= 0 && wordClass(c.tokens[verb]!) === 'VERB' && WORDS.hostileVerbs.has(c.tokens[verb]!.lemma);
}

interface Found {
  best: Antecedent;
  /** Sentences back from the pronoun's own. */
  back: number;
  /** Clauses out from the pronoun's own, in its sentence. */
  out: number;
}

/** The best antecedent of the pronoun at `i`: nearest sentence, then (in its own) nearest clause around it, then rank, then recency. */
function antecedentOf(c: Context, i: number, number: PronounNumber): Found | null {
  const t = c.tokens[i]!;
  // "Russia urged it": an object is not its own verb's subject.
  const verb = t.dep === 'nmod:poss' || WORDS.subjectDeps.has(t.dep ?? '') ? undefined : t.head;
  // "troops firing on them": a participle's subject is the noun it modifies.
  const participleOf = verb !== undefined && depOf(c.tokens[verb]!) === 'acl' ? c.tokens[verb]!.head : undefined;
  const sameClauseSubject = (a: Antecedent) => {
    const first = firstConjunct(c, a.head);
    const k = c.tokens[first]!;
    return verb !== undefined && ((k.head === verb && WORDS.subjectDeps.has(k.dep ?? '')) || first === participleOf);
  };
  const chain = clauseChain(c, i);
  const others = coArguments(c, i);
  // "its troops", "their officials": only an actor has them, so no thing competes.
  const owned = t.dep === 'nmod:poss' && t.head !== undefined ? c.tokens[t.head]! : undefined;
  const actorsOnly = owned !== undefined && (ROLE_FRAMES.standInNouns.has(owned.norm) || ROLE_FRAMES.standInNouns.has(owned.lemma));
  let first = firstOfSentence(c.tokens, i);
  for (let back = 0; back <= WORDS.lookBack && first >= 0; back++) {
    const s = c.tokens[first]!.sentence;
    const list = antecedentsIn(c, s, first, back === 0 ? i : c.tokens.length)
      .filter((a) => fits(a, number) && !sameClauseSubject(a) && !a.actors.some((id) => others.has(id)) && (!actorsOnly || a.actors.length > 0))
      // Narration and each quotation speak of their own: "We might meet with them" is not the narration's actors.
      .filter((a) => c.quote[a.head] === c.quote[i]);
    if (list.length > 0) {
      const key = (a: Antecedent) => (back === 0 ? clauseDistance(c, chain, a.head) * 10 : 0) + a.rank;
      const top = Math.min(...list.map(key));
      const best = list.filter((a) => key(a) === top);
      // Of two ranked alike, the nearer one.
      return { best: best[best.length - 1]!, back, out: Math.floor(top / 10) };
    }
    first = first > 0 ? firstOfSentence(c.tokens, first - 1) : -1;
  }
  return null;
}

/**
 * Whether the subject `out` clauses around token `i` is the subject of the pronoun's own clause:
 * the clauses between take theirs from it ("to negotiate", "after seizing") and say nothing reported.
 */
function reflexive(c: Context, i: number, out: number): boolean {
  const chain = clauseChain(c, i).slice(0, out);
  return chain.every((k) => SUBJECT_SHARING_LINKS.has(depOf(c.tokens[k]!)) && !childrenOf(c, k).some((j) => WORDS.subjectDeps.has(c.tokens[j]!.dep ?? '')));
}

function resolve(c: Context, i: number): Mention | null {
  const t = c.tokens[i]!;
  if (wordClass(t) !== 'PRON' && wordClass(t) !== 'DET') return null;
  const number: PronounNumber | undefined = WORDS.singular.has(t.norm) ? 'singular' : WORDS.plural.has(t.norm) ? 'plural' : undefined;
  if (!number || vetoed(c, i, number)) return null;
  const owner = WORDS.possessives.has(t.norm) ? reasonOwner({ tokens: c.tokens, children: (k) => childrenOf(c, k), actorAt: (k) => actorMention(c, k), kindOf: (id) => c.dict.get(id)?.kind, labelOf: (id) => labelOf(c, id) }, i, number) : null;
  if (owner) return owner;
  // "Ethiopia's decision to withdraw its troops": the owner of the decision withdraws its own troops.
  const controller = WORDS.possessives.has(t.norm) && !onHostileObject(c, i) ? controllingPossessor(c, i) : undefined;
  if (controller) return ownedByController(c, i, controller);
  const joint = number === 'plural' ? jointAntecedent({ tokens: c.tokens, lookBack: WORDS.lookBack, antecedentsIn: (s, first, before) => antecedentsIn(c, s, first, before) }, i) : null;
  const nearest = antecedentOf(c, i, number);
  // A nearer subject ("The leaders of A, B and C failed ... But they agreed") still stands before the two who met.
  const found = joint && !(nearest && nearest.best.rank <= 1 && nearest.back < joint.back) ? { ...joint, out: 0 } : nearest;
  if (!found || found.best.actors.length === 0) return null;
  const { best, back, out } = found;
  const actors = best.actors;
  // "its forces": the possessive and the government noun after it are the actor (as "Israeli forces" is).
  const next = c.tokens[i + 1];
  const withNoun = WORDS.possessives.has(t.norm) && next !== undefined && next.sentence === t.sentence && wordClass(next) === 'NOUN' && LEXICON.governmentNouns.has(next.norm) && !c.index.at(i + 1);
  // "Iran contacted the U.S. to negotiate over its programme": the subject's own thing, no party of its own.
  if (WORDS.possessives.has(t.norm) && !withNoun && back === 0 && best.rank <= 1 && reflexive(c, i, out) && !onHostileObject(c, i)) return null;
  const surface = withNoun ? `${t.text} ${next.text}` : t.text;
  const where = back === 1 ? 'in the sentence before' : back > 1 ? `${back} sentences before` : out === 0 ? 'in its own clause' : 'in a clause around it';
  const agreement = number === 'singular' ? 'singular and no person' : best.met ? 'plural: the two who met there' : actors.length > 1 ? 'plural: the actors coordinated there' : 'plural';
  const role = RANK_WORDS[best.rank]!;
  const note = `"${surface}" read as ${listed(actors.map((id) => labelOf(c, id)))}${withNoun ? "'s" : ''}: ${role} ${where}, the nearest antecedent that agrees (${agreement})`;
  return { actorId: actors[0]!, ...(actors.length > 1 ? { members: actors } : {}), form: 'pronoun', tokenStart: i, tokenEnd: withNoun ? i + 2 : i + 1, sentence: t.sentence, surface, note };
}

/** "its troops" in a clause an actor's noun controls: that actor's forces; a bare "its" there is its own thing, no actor. */
function ownedByController(c: Context, i: number, controller: Mention): Mention | null {
  const t = c.tokens[i]!;
  const next = c.tokens[i + 1];
  if (!next || next.sentence !== t.sentence || wordClass(next) !== 'NOUN' || !LEXICON.governmentNouns.has(next.norm) || c.index.at(i + 1)) return null;
  const actors = controller.members ?? [controller.actorId];
  const surface = `${t.text} ${next.text}`;
  const note = `"${surface}" read as ${listed(actors.map((id) => labelOf(c, id)))}'s: the one whose act its clause names (the owner of the noun it completes, or the one asked to act)`;
  return { actorId: actors[0]!, ...(actors.length > 1 ? { members: actors } : {}), form: 'pronoun', tokenStart: i, tokenEnd: i + 2, sentence: t.sentence, surface, note };
}

/** Mentions for the document's "it", "its", "they", "them" and "their" that stand for actors named before them. */
export function findActorPronouns(tokens: Token[], mentions: Mention[], dict: ActorLookup): Mention[] {
  const c = buildContext(tokens, mentions, dict);
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (c.index.at(i)) continue;
    const m = resolve(c, i);
    if (!m) continue;
    out.push(m);
    for (let k = m.tokenStart; k < m.tokenEnd; k++) c.resolved.set(k, m);
    i = m.tokenEnd - 1;
  }
  return out;
}

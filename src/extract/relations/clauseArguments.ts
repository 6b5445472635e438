// The logical subject, passive agent and patient of a verb in the tree, looking through what hides
// them: relative clauses ("Qatar, which mediated..."), control ("Iran agreed to meet the US",
// "urged Washington to refrain"), shared subjects of coordinated verbs ("met X and thanked him"),
// participles (", accusing Caracas of ...") and passives ("was attacked by", "a truce proposed by").
import type { DependencyTree } from './dependencyTree';
import { ROLE_FRAMES } from './roleFrames';

const MAX_DEPTH = 6;
const PARTICIPLE_DEPS = new Set(['acl', 'amod']);

function isParticiple(tree: DependencyTree, v: number, suffixes: RegExp): boolean {
  return suffixes.test(tree.token(v).norm);
}

const CLAUSE_DEPS = new Set(['ccomp', 'advcl', 'parataxis', 'csubj']);
// Arcs by which a noun hangs on the verb of its clause or on another noun there.
const NOMINAL_ATTACHMENTS = new Set(['obj', 'obl', 'nmod', 'iobj', 'conj', 'appos']);
const NOUN_POS = new Set(['NOUN', 'PROPN']);

/**
 * A noun the parser made the head of a clause (the sentence's root, or a clausal complement) with no
 * copula: the participle hanging on it is the clause's own verb, and the noun its subject
 * ("Pakistani troops fired on Indian posts, India said" read as "troops [who were] fired on").
 */
function clauseNoun(tree: DependencyTree, n: number): boolean {
  if (n < 0 || !NOUN_POS.has(tree.token(n).pos) || tree.children(n, 'cop').length > 0) return false;
  return tree.head(n) < 0 || CLAUSE_DEPS.has(tree.baseDep(n));
}

/** A participle on a clause noun, with no "by" agent: the clause's finite verb. */
function finiteOnNoun(tree: DependencyTree, v: number): boolean {
  return tree.baseDep(v) === 'acl' && clauseNoun(tree, tree.head(v)) && !tree.children(v, 'obl', 'nmod').some((c) => tree.caseOf(c) === 'by');
}

/**
 * "Routed by the army, the rebels fled", "Backed by Moscow, separatists seized ...": a past participle
 * opening an adverbial clause of its own, with a "by" agent and no subject, object or marker, is passive;
 * what it is done to is the main clause's subject.
 */
function adverbialPassive(tree: DependencyTree, v: number): boolean {
  if (tree.dep(v) !== 'advcl' || tree.token(v).pos !== 'VERB' || !/(ed|en|wn|nt)$/.test(tree.token(v).norm)) return false;
  if (tree.children(v, 'nsubj', 'obj', 'mark', 'aux').length > 0) return false;
  return tree.children(v, 'obl:agent', 'obl').some((c) => tree.caseOf(c) === 'by');
}

/** A passive verb: it has a passive subject or auxiliary, or is a past participle modifying a noun ("a truce proposed by"). */
export function isPassive(tree: DependencyTree, v: number): boolean {
  if (tree.children(v, 'nsubj:pass', 'aux:pass', 'csubj:pass').length > 0) return true;
  if (tree.children(v, 'nsubj').length > 0 || finiteOnNoun(tree, v)) return false;
  if (adverbialPassive(tree, v)) return true;
  // A participle with an object of its own is active ("troops attacked Russian forces" read as a modifier).
  return PARTICIPLE_DEPS.has(tree.baseDep(v)) && isParticiple(tree, v, /(ed|en|wn|nt)$/) && tree.children(v, 'obj').length === 0;
}

/** The "by" agent of a passive verb ("attacked by Russia"), or the modifier of a hyphenated participle ("Türkiye-brokered"). */
export function agentOf(tree: DependencyTree, v: number): number | undefined {
  const agent = tree.children(v, 'obl:agent')[0] ?? tree.children(v, 'obl', 'nmod').find((c) => tree.caseOf(c) === 'by');
  if (agent !== undefined) return agent;
  if (tree.baseDep(v) === 'amod') return tree.children(v, 'compound', 'obl:npmod', 'nsubj').find((c) => c < v) ?? hyphenatedAgent(tree, v);
  return undefined;
}

/** "Qatar-mediated talks" read with "Qatar" on the noun: the word hyphenated to the participle is its agent. */
export function hyphenatedAgent(tree: DependencyTree, v: number): number | undefined {
  const a = v - 2;
  if (!tree.contains(a) || tree.token(v - 1).text !== '-' || tree.baseDep(v) !== 'amod') return undefined;
  return tree.head(a) === v || tree.head(a) === tree.head(v) ? a : undefined;
}

/** Who undergoes a passive verb: its passive subject, the noun a participle modifies, or a governing verb's. */
export function patientOf(tree: DependencyTree, v: number, depth = 0): number | undefined {
  const subject = tree.children(v, 'nsubj:pass')[0];
  if (subject !== undefined) return relativeAntecedent(tree, v, subject);
  const h = tree.head(v);
  if (h < 0 || depth > MAX_DEPTH) return undefined;
  if (PARTICIPLE_DEPS.has(tree.baseDep(v))) return h;
  if (tree.dep(v) === 'conj') return patientOf(tree, h, depth + 1);
  if (adverbialPassive(tree, v)) return activeSubject(tree, h, depth + 1);
  return undefined;
}

/** A relative pronoun as subject stands for the noun the clause hangs on ("Switzerland, which ..."). */
function relativeAntecedent(tree: DependencyTree, v: number, subject: number): number {
  if (tree.dep(v) === 'acl:relcl' && ROLE_FRAMES.relativePronouns.has(tree.token(subject).norm)) return tree.head(v);
  return subject;
}

/**
 * "X declared a siege, arresting opponents, a spokeswoman said": a participle the parse hung on a
 * trailing attribution, though it stands before the attribution's subject, belongs to the clause the
 * attribution is hung on; that clause's verb, or undefined when the participle is the attribution's own.
 */
function trailingAttributionHost(tree: DependencyTree, v: number, h: number): number | undefined {
  const subject = tree.children(h, 'nsubj')[0];
  const host = tree.head(h);
  return tree.dep(h) === 'parataxis' && subject !== undefined && v < subject && subject < h && host >= 0 && host < v ? host : undefined;
}

/** The subject a verb's action is done by, as the text states or implies it; undefined when none. */
export function activeSubject(tree: DependencyTree, v: number, depth = 0): number | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const subject = tree.children(v, 'nsubj')[0];
  if (subject !== undefined) return relativeAntecedent(tree, v, subject);
  if (isPassive(tree, v)) return agentOf(tree, v);
  const h = tree.head(v);
  if (h < 0) return undefined;
  switch (tree.dep(v)) {
    case 'xcomp': {
      // Object control: "urged Washington to refrain" (Washington refrains); "was asked to" (the passive subject).
      const controller = tree.children(h, 'obj', 'iobj', 'nsubj:pass')[0] ?? (ROLE_FRAMES.objectControlVerbs.has(tree.token(h).lemma) ? tree.children(h, 'obl').find((c) => c < v) : undefined);
      return controller ?? activeSubject(tree, h, depth + 1);
    }
    case 'conj':
      return activeSubject(tree, h, depth + 1);
    case 'advcl': {
      // "accused Israel of attacking Syria", "blamed Kyiv for shelling": the accused does it.
      const mark = tree.token(tree.children(v, 'mark')[0] ?? v).norm;
      const accused = tree.children(h, 'obj', 'iobj')[0];
      if (accused !== undefined && (ROLE_FRAMES.chargeMarks.has(mark) || ROLE_FRAMES.verbChargeMarks.get(mark)?.has(tree.token(h).lemma))) return accused;
      // "warned Russia against attacking Ukraine", "prevented Iran from building": the one kept from the act would do it.
      const dissuaded = dissuadedObject(tree, v);
      if (dissuaded !== undefined) return dissuaded;
      // "called on Israel to negotiate", "invited Iran to meet": the asked one acts.
      const asked = tree.token(h).lemma;
      if (mark === 'to' && ROLE_FRAMES.objectControlVerbs.has(asked)) {
        const object = tree.children(h, 'obj', 'iobj', 'obl')[0];
        if (object !== undefined && object < v) return object;
      }
      // ", accusing Caracas of ...", "before meeting Putin": an open adverbial clause shares the main subject.
      if (!(isParticiple(tree, v, /ing$/) || tree.token(tree.children(v, 'mark')[0] ?? v).norm === 'to')) return undefined;
      return activeSubject(tree, trailingAttributionHost(tree, v, h) ?? h, depth + 1);
    }
    case 'acl': {
      // "is accused by Chad of backing X" with the clause hung on the accuser: the accused does it.
      const charged = tree.dep(h) === 'obl:agent' && ROLE_FRAMES.chargeMarks.has(tree.token(tree.children(v, 'mark')[0] ?? v).norm) ? tree.children(tree.head(h), 'nsubj:pass')[0] : undefined;
      if (charged !== undefined) return charged;
      // "Iran's plans to strike", "no plans to invade": the noun's owner, or nobody named.
      // "urged Colombia's neighbors to help": a relational noun's owner is not who acts, the noun is.
      const relational = ROLE_FRAMES.notOwners.has(tree.token(h).norm) || ROLE_FRAMES.notOwners.has(tree.token(h).lemma);
      if (tree.children(v, 'mark').some((m) => tree.token(m).norm === 'to')) return relational ? h : (nounOwner(tree, h) ?? heldEventDoer(tree, h, depth));
      // "held talks with negotiators before meeting Mugabe": a clause opened by "before" or "after" hung on a noun is the clause's own.
      const opened = isParticiple(tree, v, /ing$/) && tree.children(v, 'mark').some((m) => ROLE_FRAMES.clauseOpeningPrepositions.has(tree.token(m).norm));
      if (opened) return subjectAbove(tree, h, depth + 1);
      // "maintained a policy of turning away boats", "began a campaign of arresting": the noun's owner, or whoever holds the course it names.
      if (isParticiple(tree, v, /ing$/) && tree.token(h).pos === 'NOUN' && tree.children(v, 'mark').some((m) => tree.token(m).norm === 'of')) {
        const holder = nounOwner(tree, h) ?? heldEventDoer(tree, h, depth);
        if (holder !== undefined) return holder;
      }
      // "issued a statement deploring X", "in a letter urging X": whoever issues the statement says it.
      const said = ROLE_FRAMES.utteranceNouns.has(tree.token(h).lemma) && tree.head(h) >= 0 && (tree.baseDep(h) === 'obj' || tree.baseDep(h) === 'obl');
      if (said && isParticiple(tree, v, /ing$/)) return activeSubject(tree, tree.head(h), depth + 1);
      // "forces attacking Kyiv"; "fighters attacked southern Israel" read as a reduced relative, its object kept.
      return isParticiple(tree, v, /ing$/) || tree.children(v, 'obj').length > 0 || finiteOnNoun(tree, v) ? h : undefined;
    }
    case 'acl:relcl':
      return h;
    default:
      return undefined;
  }
}

/** The object of the verb a gerund clause at `v` hangs on by a dissuading mark ("warned Russia [against attacking]"), or undefined. */
export function dissuadedObject(tree: DependencyTree, v: number): number | undefined {
  const h = tree.head(v);
  if (h < 0 || tree.dep(v) !== 'advcl' || !tree.children(v, 'mark').some((m) => ROLE_FRAMES.dissuadingMarks.has(tree.token(m).norm))) return undefined;
  return tree.children(h, 'obj', 'iobj').find((o) => o < v);
}

/** The subject of the clause whose verb the noun `n` is an argument of, through nominal attachments; a passive verb's own subject. */
function subjectAbove(tree: DependencyTree, n: number, depth: number): number | undefined {
  let node = n;
  for (let steps = 0; steps < 4 && NOMINAL_ATTACHMENTS.has(tree.baseDep(node)) && tree.head(node) >= 0 && tree.token(tree.head(node)).pos !== 'VERB'; steps++) node = tree.head(node);
  const verb = tree.head(node);
  if (verb < 0 || tree.token(verb).pos !== 'VERB' || !NOMINAL_ATTACHMENTS.has(tree.baseDep(node))) return undefined;
  return tree.children(verb, 'nsubj:pass')[0] ?? activeSubject(tree, verb, depth);
}

/** A noun's owner before it: a possessor, or a compound that can name an actor ("Iran plans", "police fire"), not a plain word ("hunger strike"). */
function nounOwner(tree: DependencyTree, h: number): number | undefined {
  const actorLike = (c: number) => /^\p{Lu}/u.test(tree.token(c).text) || ROLE_FRAMES.standInNouns.has(tree.token(c).norm) || ROLE_FRAMES.standInNouns.has(tree.token(c).lemma);
  return tree.children(h, 'nmod:poss', 'compound').find((c) => c < h && (tree.baseDep(c) === 'nmod:poss' || actorLike(c)));
}

/** "began a hunger strike to protest", "held a rally to demand": who holds the event does what it is for. */
function heldEventDoer(tree: DependencyTree, h: number, depth: number): number | undefined {
  const verb = tree.head(h);
  // "used batons to disperse the crowd": the means' user acts, as a light verb's subject holds its event.
  const lemma = verb >= 0 ? tree.token(verb).lemma : '';
  return verb >= 0 && tree.baseDep(h) === 'obj' && (ROLE_FRAMES.lightVerbs.has(lemma) || ROLE_FRAMES.instrumentVerbs.has(lemma)) ? activeSubject(tree, verb, depth + 1) : undefined;
}

const NOMINAL_DEPS = new Set(['amod', 'compound', 'nmod', 'appos', 'obj', 'iobj', 'nsubj', 'flat', 'obl']);

/**
 * A parse that cannot be right around a verb the tagger saw: the verb hanging on a noun as a
 * modifier or argument ("Russia bombed Ukraine" read as "bombed Ukraine" with Russia its subject),
 * a clause head with two subjects, or a sentence rooted on a name.
 */
export function brokenAround(tree: DependencyTree, v: number): boolean {
  // "the Egyptian-brokered truce": a participle modifying a noun with its hyphenated agent is read right.
  const hyphenated = tree.contains(v - 1) && tree.token(v - 1).text === '-' && agentOf(tree, v) !== undefined;
  if (tree.token(v).pos === 'VERB' && NOMINAL_DEPS.has(tree.baseDep(v)) && !hyphenated) return true;
  // "demanded that Ukraine withdraw" read with "withdraw" as an object noun.
  if (tree.children(v, 'obj', 'iobj', 'nsubj').some((c) => tree.token(c).pos === 'VERB')) return true;
  // "According to X, Y attacked Z" read with X as the subject: a subject never takes a preposition.
  const marked = (n: number) => tree.children(n, 'case').length > 0;
  if (tree.children(v, 'nsubj', 'nsubj:pass').some((c) => marked(c) || tree.children(c, 'compound', 'flat').some(marked))) return true;
  for (let n = v, steps = 0; n >= 0 && steps < 4; n = tree.head(n), steps++) {
    if (tree.children(n, 'nsubj', 'nsubj:pass').length > 1) return true;
    if (tree.head(n) < 0 && tree.token(n).pos === 'PROPN') return true;
  }
  return false;
}

/**
 * "accused Rwanda of backing the rebels", "thanked Egypt for opening the crossing": a charge clause
 * on a verb with someone accused (its object, or a passive subject) is what the verb's subject says
 * that one did. Returns the sayer's node (subject or "by" agent), -1 when it is unnamed, undefined
 * when the clause is no charge.
 */
export function chargeClauseSayer(tree: DependencyTree, v: number): number | undefined {
  const h = chargingVerb(tree, v);
  if (h === undefined) return undefined;
  return (isPassive(tree, h) ? agentOf(tree, h) : tree.children(h, 'nsubj')[0]) ?? -1;
}

/** The verb whose charge clause `v` is ("accused" in "accused Rwanda of backing the rebels"), or undefined. */
export function chargingVerb(tree: DependencyTree, v: number): number | undefined {
  // "accused Eritrea of continuing to arm al-Shabab": the charge is the clause the control verb heads.
  for (let steps = 0; tree.dep(v) === 'xcomp' && tree.head(v) >= 0 && steps < 3; steps++) v = tree.head(v);
  // "accused Somalia of attacks on X": an event noun opened by the mark is the charge as a clause is.
  const nominal = tree.token(v).pos === 'NOUN' && (tree.baseDep(v) === 'nmod' || tree.baseDep(v) === 'obl');
  const mark = tree.token(tree.children(v, 'mark')[0] ?? (nominal ? tree.caseMarkers(v)[0] : undefined) ?? v).norm;
  const verbMarked = ROLE_FRAMES.verbChargeMarks.has(mark);
  if (!ROLE_FRAMES.chargeMarks.has(mark) && !verbMarked) return undefined;
  let h = tree.head(v);
  // The parser often hangs the clause on the accused ("accused Rwanda [of backing ...]") or on the
  // accuser ("is accused by Chad [of backing ...]").
  if ((tree.dep(v) === 'acl' || (nominal && tree.baseDep(v) === 'nmod')) && h >= 0 && (tree.baseDep(h) === 'obj' || tree.dep(h) === 'nsubj:pass' || tree.dep(h) === 'obl:agent')) h = tree.head(h);
  else if (tree.dep(v) !== 'advcl' && !(nominal && tree.baseDep(v) === 'obl')) return undefined;
  if (h < 0 || tree.token(h).pos !== 'VERB' || tree.children(h, 'obj', 'iobj', 'nsubj:pass').length === 0) return undefined;
  // "charged Eritrea with arming the rebels": a mark that charges only after its own verbs.
  if (verbMarked && !ROLE_FRAMES.verbChargeMarks.get(mark)!.has(tree.token(h).lemma)) return undefined;
  // "provided 20,000 tons of aid": a verb giving or holding what the noun names charges no one.
  if (nominal && (ROLE_FRAMES.lightVerbs.has(tree.token(h).lemma) || tree.children(h, 'obj').some((o) => ROLE_FRAMES.amountNouns.has(tree.token(o).lemma)))) return undefined;
  return h;
}

/** Who a helped act is for: the indirect object of the clause, or the first of its two objects ("helping build Syria a reactor"). */
export function helpedParty(tree: DependencyTree, x: number): number | undefined {
  const objects = tree.children(x, 'obj');
  return tree.children(x, 'iobj')[0] ?? (objects.length >= 2 ? objects[0] : undefined);
}

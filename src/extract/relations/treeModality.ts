// What the text commits to about a cue, read from the tree rather than from nearby words: a negation
// on the cue or on the verb that governs it ("did not attack", "no plans to invade", "refused to
// meet"), a conditional clause ("if Iran attacks"), a modal or future auxiliary ("could strike",
// "will meet"), or a governor of intention or request ("threatened to strike", "urged X to stop").
// Climbs from the cue through open complements, the noun a "to" clause hangs on and the light verb
// taking an event noun; it stops at a clausal complement, whose speaker frame says "reported", unless
// the complement is what a demand wants ("demanded that X withdraw": hypothetical).
import { LEXICON } from '../lexicon';
import { askedSubject } from './askedClause';
import { dissuadedObject } from './clauseArguments';
import type { DependencyTree } from './dependencyTree';
import { ROLE_FRAMES } from './roleFrames';

/** How many governors above the cue are read: "said it did not plan to try to attack" is as deep as news goes. */
const MAX_STEPS = 4;
const CLIMB_DEPS = new Set(['xcomp', 'acl', 'advcl', 'obj', 'obl', 'nmod']);

const HOPING_AUXILIARIES: ReadonlySet<string> = new Set([...LEXICON.hypotheticalMarkers, ...LEXICON.plannedMarkers]);

type Verdict = 'negated' | 'hypothetical' | 'planned';
const RANK: Record<Verdict, number> = { negated: 3, hypothetical: 2, planned: 1 };

function stronger(a: Verdict | null, b: Verdict | null): Verdict | null {
  if (!a) return b;
  if (!b) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

/** What the node's own dependents say: "not"/"never", "no" on a noun, "if"/"unless" on it or on a clause it takes, a modal or future auxiliary. */
function ownMarks(tree: DependencyTree, n: number): Verdict | null {
  let verdict: Verdict | null = null;
  for (const c of tree.children(n)) {
    const dep = tree.baseDep(c);
    const t = tree.token(c);
    if ((dep === 'advmod' || dep === 'det' || dep === 'cc:preconj') && LEXICON.negators.has(t.norm)) return 'negated';
    if (dep === 'mark' && LEXICON.hypotheticalMarkers.has(t.norm)) verdict = stronger(verdict, 'hypothetical');
    // "would attack Y if Z agreed": a condition on the act.
    if (dep === 'advcl' && tree.children(c, 'mark').some((m) => LEXICON.hypotheticalMarkers.has(tree.token(m).norm))) verdict = stronger(verdict, 'hypothetical');
    if (dep === 'aux') {
      if (LEXICON.hypotheticalMarkers.has(t.norm)) verdict = stronger(verdict, 'hypothetical');
      else if (LEXICON.plannedMarkers.has(t.norm)) verdict = stronger(verdict, 'planned');
    }
  }
  return verdict;
}

/** What a governor says of the clause or noun under it: "refused to", "threatened to", "plans to", "urged X to". */
function governorMark(tree: DependencyTree, g: number): Verdict | null {
  const lemma = tree.token(g).lemma;
  if (LEXICON.negatingVerbs.has(lemma)) return 'negated';
  if (LEXICON.hypotheticalGovernors.has(lemma) || LEXICON.requestGovernors.has(lemma)) return 'hypothetical';
  if (LEXICON.plannedGovernors.has(lemma) || LEXICON.plannedMarkers.has(tree.token(g).norm) || LEXICON.inviteGovernors.has(lemma)) return 'planned';
  return null;
}

/** "had no plans to ask X", "has no intention to" read with the clause on the verb: a negated intention noun as its object negates the clause. */
function negatedIntention(tree: DependencyTree, g: number): Verdict | null {
  const intention = tree.children(g, 'obj').find((o) => LEXICON.plannedGovernors.has(tree.token(o).lemma) || LEXICON.hypotheticalGovernors.has(tree.token(o).lemma) || LEXICON.intentionNouns.has(tree.token(o).lemma));
  if (intention === undefined) return null;
  return tree.children(intention, 'det', 'advmod').some((d) => LEXICON.negators.has(tree.token(d).norm)) ? 'negated' : null;
}

/** "no choice but to V", "no option but to V": the "to" of the clause follows "but". */
function butTo(tree: DependencyTree, n: number): boolean {
  const to = tree.children(n, 'mark').find((m) => tree.token(m).norm === 'to');
  return to !== undefined && tree.contains(to - 1) && tree.token(to - 1).norm === 'but';
}

const toMarked = (tree: DependencyTree, n: number): boolean => tree.children(n, 'mark').some((m) => tree.token(m).norm === 'to');

/** A verb whose object is wanted, not had: "demanded a meeting", "sought talks", "proposed a ceasefire". */
const wantsObject = (lemma: string): boolean => LEXICON.wantedClauseGovernors.has(lemma) || LEXICON.hypotheticalGovernors.has(lemma);

/** What governs the verb `g` from above, when `g` is itself an open complement ("offered" in "has offered to send troops to help"). */
function governorOf(tree: DependencyTree, g: number): Verdict | null {
  const own = governorMark(tree, g);
  if (own) return own;
  const above = tree.head(g);
  return above >= 0 && tree.baseDep(g) === 'xcomp' ? governorMark(tree, above) : null;
}

/**
 * "turned down an offer by Nigeria to attack the rebels", "rejected calls from Chad to withdraw" read
 * with the infinitive on the verb: the act the verb's object asks for or offers, right before it, has
 * not happened ('hypothetical'), or is planned ("a plan to strike").
 */
function askedObject(tree: DependencyTree, g: number, n: number): Verdict | null {
  const to = tree.children(n, 'mark').find((m) => tree.token(m).norm === 'to');
  const object = tree.children(g, 'obj').find((o) => to !== undefined && o < to && tree.token(o).pos === 'NOUN');
  if (object === undefined || to === undefined) return null;
  for (let k = object + 1; k < to; k++) if (tree.token(k).pos === 'VERB' || tree.token(k).pos === 'AUX') return null;
  return governorMark(tree, object) ?? (wantsObject(tree.token(object).lemma) ? 'hypothetical' : null);
}

/** Whether clause `c` on noun `g` is what a request or hope noun asks for ("its demand that X V", "the hope that X will V"). */
function wantedByNoun(tree: DependencyTree, g: number, c: number): boolean {
  const lemma = tree.token(g).lemma;
  if (LEXICON.hopedClauseNouns.has(lemma)) return askedSubject(tree, g, c, HOPING_AUXILIARIES) !== undefined;
  return LEXICON.wantedClauseNouns.has(lemma) && askedSubject(tree, g, c) !== undefined;
}

const PERFECT_AUXILIARIES = new Set(['have', 'has', 'had', "'ve"]);

/**
 * "An Israeli strike on Iran would be disastrous", "talks will resume on Monday", "talks will be held":
 * an event noun as the subject of a clause with a modal or future auxiliary is as unrealised as that
 * clause (negated too with it: "talks will not resume"); not after a perfect ("may have been planned"),
 * nor of a passive verb other than a light verb ("the attack will be investigated" happened).
 */
function subjectClauseMarks(tree: DependencyTree, n: number): Verdict | null {
  const g = tree.head(n);
  if (g < 0 || tree.baseDep(n) !== 'nsubj' || tree.token(n).pos !== 'NOUN') return null;
  const aux = tree.children(g, 'aux').map((a) => tree.token(a).norm);
  if (aux.length === 0 || aux.some((a) => PERFECT_AUXILIARIES.has(a))) return null;
  if (tree.dep(n) === 'nsubj:pass' && !ROLE_FRAMES.lightVerbs.has(tree.token(g).lemma)) return null;
  const marks = ownMarks(tree, g);
  const modal = aux.some((a) => LEXICON.hypotheticalMarkers.has(a) || LEXICON.plannedMarkers.has(a));
  // "An attack on Iran would be disastrous": an act judged by what it would be is imagined, not planned.
  if (marks === 'planned' && aux.includes('would') && tree.children(g, 'cop').length > 0) return 'hypothetical';
  return modal ? marks : null;
}

/**
 * The modality the tree gives a cue headed by `head`, or null when the tree marks nothing (the
 * statement stands as asserted or, inside a speech frame, reported).
 */
export function treeModality(tree: DependencyTree, head: number): Verdict | null {
  let verdict = stronger(ownMarks(tree, head), subjectClauseMarks(tree, head));
  let n = head;
  for (let step = 0; step < MAX_STEPS && verdict !== 'negated'; step++) {
    const dep = tree.baseDep(n);
    const g = tree.head(n);
    // "demanded that Hamas renounce ...": what a 'that' clause under a demand wants has not happened.
    if (g >= 0 && dep === 'ccomp' && LEXICON.wantedClauseGovernors.has(tree.token(g).lemma)) return stronger(verdict, 'hypothetical');
    // "demanded a meeting", "sought talks with": an event noun a demand or wish takes as its object has not happened.
    if (g >= 0 && dep === 'obj' && tree.token(n).pos === 'NOUN' && wantsObject(tree.token(g).lemma)) return stronger(verdict, 'hypothetical');
    // "it was not clear if X attacked", "will not talk if X attacks": a clause under "if" or "whether" keeps its own modality; the main clause's negation is not its.
    if (g >= 0 && (dep === 'advcl' || dep === 'ccomp') && tree.children(n, 'mark').some((m) => LEXICON.hypotheticalMarkers.has(tree.token(m).norm))) break;
    // "warned Russia against attacking", "prevented Iran from building": the act the object is kept from has not happened.
    if (g >= 0 && dissuadedObject(tree, n) !== undefined) return stronger(verdict, 'hypothetical');
    // "refrained from attacking": a negating verb's gerund clause did not happen ("did not refrain from": it did).
    if (g >= 0 && dep === 'advcl' && LEXICON.negatingVerbs.has(tree.token(g).lemma) && tree.children(n, 'mark').some((m) => ROLE_FRAMES.dissuadingMarks.has(tree.token(m).norm)))
      return ownMarks(tree, g) === 'negated' ? verdict : 'negated';
    // "offered its troops to help him oust Y": the purpose of an offer, threat or plan is as unrealised as the act it serves.
    if (g >= 0 && dep === 'advcl' && toMarked(tree, n)) {
      verdict = stronger(verdict, stronger(stronger(governorOf(tree, g), ownMarks(tree, g)), negatedIntention(tree, g)));
      // "accepted an invitation to meet Y", "rejected calls from Chad to withdraw" read with the clause on the verb.
      verdict = stronger(verdict, askedObject(tree, g, n));
      n = g;
      continue;
    }
    if (g < 0 || !CLIMB_DEPS.has(dep)) break;
    // "had no choice but to attack": the act is what is left, not what is denied.
    if (butTo(tree, n)) break;
    // "renewed its demand that Israel withdraw": what a request noun's content clause asks for has not happened.
    // "expressed the hope that X will V": a hope noun's clause asks with a modal too.
    if (g >= 0 && (dep === 'acl' || dep === 'ccomp') && wantedByNoun(tree, g, n)) return stronger(verdict, 'hypothetical');
    // "a truce that Hamas rejected": a relative clause says something of its own about the noun, whatever was done with it.
    if (tree.dep(n) === 'acl:relcl') break;
    // "agreed to provide 70 million dollars of aid": the amount stands in the noun's place.
    if (dep === 'nmod' && tree.token(n).pos === 'NOUN' && ROLE_FRAMES.amountNouns.has(tree.token(g).lemma)) {
      n = g;
      continue;
    }
    // "announced plans for talks": an event noun an intention noun is for is planned; the clause above says more.
    if (dep === 'nmod' && tree.token(n).pos === 'NOUN' && tree.caseOf(n) === 'for' && LEXICON.intentionNouns.has(tree.token(g).lemma)) {
      verdict = stronger(verdict, stronger('planned', ownMarks(tree, g)));
      n = g;
      continue;
    }
    // An object or attachment only climbs from an event noun to the light verb taking it ("did not launch strikes"),
    // never to a verb that merely mentions it ("would not comment on charges of support").
    const denied = dep === 'obj' && tree.token(n).pos !== 'VERB' && ROLE_FRAMES.denialVerbs.has(tree.token(g).lemma);
    if ((dep === 'obj' || dep === 'obl' || dep === 'nmod') && !denied && (tree.token(n).pos === 'VERB' || !ROLE_FRAMES.lightVerbs.has(tree.token(g).lemma))) break;
    // "denied attacks on X": the act its subject is said to have done did not happen, in its words.
    if (denied) verdict = 'negated';
    const toClause = (dep === 'xcomp' || dep === 'acl') && toMarked(tree, n);
    if (dep === 'xcomp' || toClause) verdict = stronger(verdict, stronger(governorMark(tree, g), negatedIntention(tree, g)));
    verdict = stronger(verdict, ownMarks(tree, g));
    n = g;
  }
  return verdict;
}

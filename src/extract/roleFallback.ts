// Which reading of a cue's roles stands: the dependency tree's, or the positional one (assignRoles)
// where the tree gave no pair. A positional pair is kept only when the tree does not contradict it:
// the tree may have lost the cue's arguments, but what it did read (a clause boundary, a place, a
// subject that is no actor) still says who cannot be the source or the target.
import type { CueMatch, RolePair } from './assignRoles';
import { LEXICON } from './lexicon';
import { brokenAround, chargeClauseSayer, helpedParty, hyphenatedAgent } from './relations/clauseArguments';
import type { DependencyTree } from './relations/dependencyTree';
import { cueHead, type FrameReading } from './relations/frameContext';
import { ROLE_FRAMES } from './relations/roleFrames';
import { hostileAct, JUDGING_RELATIONS, VICTIM_CASES } from './relations/hostileActs';
import { lightVerbOfEvent } from './relations/verbalFrame';
import type { Mention } from './types';

/** Dependents that open a clause of their own: what lies inside is said of that clause's predicate. */
const CLAUSE_DEPS = new Set(['acl', 'advcl', 'parataxis', 'csubj', 'ccomp', 'list']);
const NOMINAL_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const SUBJECT_DEPS = new Set(['nsubj', 'csubj', 'expl']);
/** Clauses a demand or appeal may take, whatever label the parser gave them: their subject is who is asked. */
const ASKED_CLAUSE_DEPS = new Set(['ccomp', 'advcl', 'xcomp']);

/** The token of a mention that heads it in the tree (its head lies outside the mention). */
function mentionHead(tree: DependencyTree, m: Mention): number {
  for (let i = m.tokenStart; i < m.tokenEnd; i++) {
    const h = tree.head(i);
    if (h < m.tokenStart || h >= m.tokenEnd) return i;
  }
  return m.tokenStart;
}

const insideCue = (cue: CueMatch, i: number) => i >= cue.tokenStart && i < cue.tokenEnd;

/**
 * "condemned attacks on Somalia", "praised strikes on the Islamic State", "condemned the detention of
 * activist X": the one a hostile act noun names as done to (hung on the noun, or on the judging verb
 * right after the noun) is not who the judgement targets.
 */
function victimOfJudgedAct(tree: DependencyTree, n: number, h: number, cue: CueMatch): boolean {
  if (!JUDGING_RELATIONS.has(cue.relation) || h < 0) return false;
  const prep = tree.caseOf(n);
  if (insideCue(cue, h)) {
    const act = tree.children(h, 'obj').find((o) => o < n);
    return act !== undefined && VICTIM_CASES.has(prep ?? '') && hostileAct(tree, act);
  }
  // An attachment with no preposition of its own on a patient noun is its patient in apposition ("of activist Ana Souza").
  if (prep === undefined) return ROLE_FRAMES.eventPatientNouns.has(tree.token(h).lemma) && tree.children(h, 'nmod').some((c) => c < n && tree.caseOf(c) === 'of');
  return VICTIM_CASES.has(prep) && hostileAct(tree, h);
}

/**
 * A node the parser cannot have read right, so nothing on its path says anything: a name or noun
 * labelled as a clause without a copula ("the Democratic People's Republic" as an advcl), a subject
 * with a case marker ("Jordan's visiting king" with "Jordan's" as a subject), a "to"-infinitive
 * with a subject of its own ("gave in to Iceland over" with "over" as a verb), a vocative in news prose.
 */
function misparsed(tree: DependencyTree, n: number): boolean {
  const dep = tree.baseDep(n);
  if (dep === 'vocative') return true;
  if (CLAUSE_DEPS.has(dep) && NOMINAL_POS.has(tree.token(n).pos) && tree.children(n, 'cop').length === 0) return true;
  if (SUBJECT_DEPS.has(dep) && tree.children(n, 'case').length > 0) return true;
  const h = tree.head(n);
  return SUBJECT_DEPS.has(dep) && h >= 0 && tree.children(h, 'mark').some((m) => tree.token(m).norm === 'to');
}

/**
 * Why the tree rules out `node` as an argument reached from `top` (an ancestor): the path crosses
 * a clause of its own, a subject of another predicate, a place, or the owner of a noun that is not
 * theirs to own ("Colombia's neighbors"); null when nothing on the path forbids it.
 */
function pathObstacle(tree: DependencyTree, node: number, top: number, cue: CueMatch, targets: ReadonlySet<string>): string | null {
  let previous = -1;
  const asks = ROLE_FRAMES.complementSubjectTargets.has(cue.relation);
  for (let n = node, steps = 0; n >= 0 && n !== top && !insideCue(cue, n) && steps < 40; previous = n, n = tree.head(n), steps++) {
    const dep = tree.baseDep(n);
    const h = tree.head(n);
    const attachedToCue = h === top || (h >= 0 && insideCue(cue, h));
    // "demanded that the US cancel the sale": the complement's subject is who is asked.
    const askedSubject = ASKED_CLAUSE_DEPS.has(dep) && attachedToCue && asks && previous >= 0 && SUBJECT_DEPS.has(tree.baseDep(previous));
    if (misparsed(tree, n)) return null;
    if (CLAUSE_DEPS.has(dep) && !askedSubject) return `inside a ${tree.dep(n)} clause`;
    // "helped fight al-Shabaab": what the help is for names whom it fights, not whom it helps.
    // The clause's indirect object is who is helped ("helping build Syria a reactor").
    if (dep === 'xcomp' && attachedToCue && ROLE_FRAMES.helpingRelations.has(cue.relation) && helpedParty(tree, n) !== previous) return 'inside what the help is for';
    if (SUBJECT_DEPS.has(dep) && !attachedToCue && !(ASKED_CLAUSE_DEPS.has(tree.baseDep(h)) && asks && (tree.head(h) === top || insideCue(cue, tree.head(h))))) return 'subject of another predicate';
    // "China discussed Taiwan's election": what a topic verb's object names is talked about, not talked to.
    if ((dep === 'obj' || dep === 'iobj') && attachedToCue && ROLE_FRAMES.topicVerbs.has(tree.token(h).lemma)) return `topic of "${tree.token(h).text}"`;
    if ((dep === 'nmod' || dep === 'obl') && victimOfJudgedAct(tree, n, h, cue)) return 'the one the judged act is done to';
    if (dep === 'nmod' && tree.dep(n) === 'nmod:poss') {
      const owned = tree.token(h);
      if (ROLE_FRAMES.notOwners.has(owned.norm) || ROLE_FRAMES.notOwners.has(owned.lemma)) return `owner of "${owned.text}"`;
    }
    if (dep === 'obl' || dep === 'nmod') {
      const prep = tree.caseOf(n) ?? '';
      const own = attachedToCue && (targets.has(prep) || (cue.placeTarget && ROLE_FRAMES.placeTargets.has(prep)));
      if (LEXICON.locativePrepositions.has(prep) && !own) return `a place ("${prep}")`;
    }
  }
  return null;
}

/** The subject the tree states for a cue verb: its own, or its governing verb's through an infinitive ("want to attack"). */
function statedSubject(tree: DependencyTree, v: number): number | undefined {
  for (let n = v, steps = 0; n >= 0 && steps < 4; n = tree.head(n), steps++) {
    const own = tree.children(n, 'nsubj', 'nsubj:pass')[0];
    if (own !== undefined) {
      if (!ROLE_FRAMES.relativePronouns.has(tree.token(own).norm)) return own;
      return tree.dep(n) === 'acl:relcl' ? tree.head(n) : undefined;
    }
    // A conjunct of a relative clause shares its subject ("a statement that called ... and asked ..."); other
    // coordinations are too often misparsed (", saying ..., and blamed Israel" hung inside the complement).
    if (tree.dep(n) === 'conj' && tree.head(n) >= 0 && tree.head(n) < n && tree.dep(tree.head(n)) === 'acl:relcl') continue;
    // Object control ("urged Iran to talk") hands the infinitive another subject: leave it to the frames.
    if (tree.dep(n) !== 'xcomp' || tree.children(tree.head(n), 'obj', 'iobj').length > 0) return undefined;
  }
  return undefined;
}

/**
 * A coordinator the parse hung on something that is no conjunct ("A and B began ..." with "and"
 * under the verb): the coordination was lost, so the tree cannot say who the parties are. A
 * sentence-opening "And"/"But" is not one.
 */
function lostCoordination(tree: DependencyTree, from: number, to: number): boolean {
  for (let i = Math.max(from, tree.sentence.firstToken + 1); i <= to; i++) {
    if (tree.dep(i) !== 'cc') continue;
    const h = tree.head(i);
    if (h >= 0 && tree.baseDep(h) !== 'conj') return true;
  }
  return false;
}

/**
 * "rejected a call by Ethiopia to withdraw its troops", "Kenya's offer to mediate": a "to"-infinitive
 * with no subject of its own on a claim noun names the act asked for or offered, not one done, and its
 * doer is no neighbour in the sentence (the one asked, or the owner of an offer).
 */
function claimedAct(tree: DependencyTree, v: number): boolean {
  const noun = tree.head(v);
  if (tree.baseDep(v) !== 'acl' || noun < 0 || tree.children(v, 'nsubj', 'nsubj:pass').length > 0) return false;
  const t = tree.token(noun);
  // "Human Rights Watch plans to accuse" read with "Watch" as the verb: a noun hung on a capitalised word of a name is a misreading.
  const governor = tree.head(noun);
  if (governor >= 0 && governor > tree.sentence.firstToken && /^\p{Lu}/u.test(tree.token(governor).text)) return false;
  const claim = ROLE_FRAMES.claimNouns.has(t.lemma) || ROLE_FRAMES.claimNouns.has(t.norm);
  return claim && tree.children(v, 'mark').some((m) => tree.token(m).norm === 'to');
}

export interface RoleChoice {
  pairs: RolePair[];
  /** Why positional pairs were dropped, one line each (for tracing rules). */
  vetoes: string[];
}

/** Why the tree rules out this positional pair, or null when it does not. */
export function treeVeto(tree: DependencyTree, cue: CueMatch, pair: RolePair, targets: ReadonlySet<string>): string | null {
  const v = cueHead(tree, cue);
  if (brokenAround(tree, v)) return null;
  if (cue.kind !== 'noun' && lightVerbOfEvent(tree, v)) return 'the verb only says who did the event noun it hangs on ("the deal the two sides struck")';
  // "X accused Y of continuing to arm Z": the accuser does not do what the charge says.
  const accuser = chargeClauseSayer(tree, v);
  if (accuser !== undefined && accuser >= 0 && tree.dominates(accuser, mentionHead(tree, pair.source))) return 'source is the accuser of the charge the cue is in';
  // "European-mediated talks": the word hyphenated to the participle is its doer, known or not.
  const doer = tree.baseDep(v) === 'amod' ? hyphenatedAgent(tree, v) : undefined;
  if (doer !== undefined && mentionHead(tree, pair.source) !== doer) return 'source is not the doer hyphenated to the participle';
  if (cue.kind !== 'noun' && claimedAct(tree, v)) return 'the act a call, demand or offer names ("a call to withdraw"): the tree names nobody who would do it';
  const target = mentionHead(tree, pair.target);
  const source = mentionHead(tree, pair.source);
  const reciprocal = cue.symmetric || cue.mutual || cue.betweenParties;
  const lost = (m: number) => lostCoordination(tree, Math.min(m, cue.tokenStart), Math.max(m, cue.tokenEnd - 1));
  if (tree.dominates(v, target) && !lost(target)) {
    const why = pathObstacle(tree, target, v, cue, targets);
    if (why) return `target ${why}`;
  } else if (tree.baseDep(v) === 'advcl' && tree.children(v, 'nsubj', 'nsubj:pass').length > 0) {
    // "If Kenya agreed, Chad would ...": an adverbial clause with its own subject holds its own parties.
    return 'target outside the adverbial clause the cue heads';
  }
  // "closed its borders because of fighting between A and B": a cue naming its parties acts among them.
  const namesParties = tree.children(v, 'obl', 'nmod').some((c) => ROLE_FRAMES.parties.has(tree.caseOf(c) ?? ''));
  if (namesParties && !cue.betweenParties && !tree.dominates(v, source)) return 'source outside the parties the cue names';
  // The source is checked only against a subject the tree states for the cue: without one, the parse lost it.
  const subject = cue.kind === 'noun' ? undefined : statedSubject(tree, v);
  if (subject === undefined || lost(source)) return null;
  const top = tree.dominates(subject, source) ? subject : tree.dominates(v, source) ? v : undefined;
  if (top === undefined) return reciprocal && tree.dominates(subject, target) ? null : 'source outside the stated subject';
  const why = pathObstacle(tree, source, top, cue, targets);
  return why ? `source ${why}` : null;
}

/**
 * The tree's pairs where it read any; else the positional pairs the tree does not rule out. With
 * no tree (no parser, or an overlong sentence) the positional reading stands alone.
 */
export function chooseRoles(tree: DependencyTree | null, reading: FrameReading | null, cue: CueMatch, positional: () => RolePair[]): RoleChoice {
  if ((reading?.anchored && reading.pairs.length > 0) || reading?.settled) return { pairs: reading.pairs, vetoes: [] };
  const candidates = positional();
  if (!tree) return { pairs: candidates, vetoes: [] };
  const targets = cue.kind === 'noun' ? ROLE_FRAMES.nounTargets(cue.relation) : ROLE_FRAMES.verbTargets(cue.relation);
  const pairs: RolePair[] = [];
  const vetoes: string[] = [];
  for (const p of candidates) {
    const why = treeVeto(tree, cue, p, targets);
    if (why) vetoes.push(`${p.source.actorId} -> ${p.target.actorId}: ${why}`);
    else pairs.push(p);
  }
  return { pairs, vetoes };
}

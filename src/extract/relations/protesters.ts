// Who protests where the parse hides the doer: the subject of the clause an "in protest"
// adjunct qualifies, protest participants doing something during a demonstration, and the subject
// of an act whose purpose infinitive the parser hung on its object (data/protestAims.json).
import aimsData from '../../../data/protestAims.json';
import type { Mention } from '../types';
import { activeSubject, isPassive } from './clauseArguments';
import type { FrameContext } from './frameContext';
import { grievanceTargets, readsAims } from './protestAims';
import { ROLE_FRAMES } from './roleFrames';

const ADJUNCT_NOUNS: ReadonlySet<string> = new Set(aimsData.adjunctNouns);
const PARTICIPANT_CASES: ReadonlySet<string> = new Set(aimsData.participantPrepositions);
const PARTICIPANTS: ReadonlySet<string> = new Set(aimsData.participantNouns);

/**
 * "went on hunger strike in protest at X", "organized a general strike in protest of X": the protest
 * noun of an "in" adjunct is done by the subject of the clause it qualifies (an active verb's, or
 * that of the light verb taking the noun it hangs on); a passive clause names no protester.
 */
export function adjunctProtester(ctx: FrameContext, n: number): Mention[] {
  const { tree } = ctx;
  const t = tree.token(n);
  if (!readsAims(ctx.cue.relation) || tree.caseOf(n) !== 'in' || !(ADJUNCT_NOUNS.has(t.lemma) || ADJUNCT_NOUNS.has(t.norm))) return [];
  let h = tree.head(n);
  if (h >= 0 && tree.token(h).pos === 'NOUN' && tree.baseDep(h) === 'obj') h = tree.head(h);
  if (h < 0 || tree.token(h).pos !== 'VERB' || isPassive(tree, h)) return [];
  return ctx.mentions.group(activeSubject(tree, h));
}

/**
 * "youths threw stones during demonstrations against X": a protest noun in an adjunct of a clause whose
 * subject is named as people who take part in protests (data/protestAims.json participantNouns) is theirs.
 */
export function protestParticipants(ctx: FrameContext, n: number): Mention[] {
  const verb = participatedVerb(ctx, n);
  return verb === undefined ? [] : ctx.mentions.group(activeSubject(ctx.tree, verb));
}

/** The verb of the clause a protest noun is an adjunct of, when its subject names protest participants. */
function participatedVerb(ctx: FrameContext, n: number): number | undefined {
  const { tree } = ctx;
  if (!readsAims(ctx.cue.relation) || !PARTICIPANT_CASES.has(tree.caseOf(n) ?? '')) return undefined;
  const h = tree.head(n);
  if (h < 0 || tree.token(h).pos !== 'VERB' || isPassive(tree, h)) return undefined;
  const subject = activeSubject(tree, h);
  if (subject === undefined) return undefined;
  const t = tree.token(subject);
  return PARTICIPANTS.has(t.norm) || PARTICIPANTS.has(t.lemma) ? h : undefined;
}

/**
 * "boycotted the courts to protest X", "blocked a road to show ...": a purpose infinitive the parser hung
 * on the object of the act is done by the act's subject; not where the verb asks its object to act
 * ("urged students to protest") or the object has an owner of its own ("Kenya's plans to protest").
 */
export function purposeDoer(ctx: FrameContext, v: number): Mention[] {
  const { tree } = ctx;
  if (!readsAims(ctx.cue.relation) || tree.dep(v) !== 'acl' || !tree.children(v, 'mark').some((m) => tree.token(m).norm === 'to')) return [];
  const object = tree.head(v);
  const act = object < 0 ? -1 : tree.head(object);
  if (act < 0 || tree.baseDep(object) !== 'obj' || tree.token(act).pos !== 'VERB' || isPassive(tree, act)) return [];
  if (ROLE_FRAMES.objectControlVerbs.has(tree.token(act).lemma) || tree.children(object, 'nmod:poss').length > 0) return [];
  return ctx.mentions.group(activeSubject(tree, act));
}

/** "threw stones during a demonstration against X" with "against X" hung on the verb: a grievance right after the noun is the protest's. */
export function participatedAims(frame: FrameContext, n: number, sources: readonly Mention[]): Mention[] {
  const verb = participatedVerb(frame, n);
  const next = verb === undefined ? undefined : frame.tree.children(verb, 'obl').find((c) => c > n);
  return next === undefined ? [] : grievanceTargets(frame, next, sources);
}

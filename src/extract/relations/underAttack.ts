// "A Kenyan convoy came under attack by al-Shabab", "Israeli positions came under rocket fire from
// Hezbollah", "the town remained under siege": an act of force after "under" on a verb of being or
// coming (`underVerbs` in data/roleFrames.json), or as the predicate of "be", is suffered by the
// clause's subject; so is the subject of a predicate such as "the target of" (`sufferingNouns`) the
// event noun hangs on ("Mali has been the target of attacks claimed by Islamist insurgents"), and the
// subject of a verb of dying or a passive of harm it is the adjunct of ("12 soldiers died in an ambush").
import type { Mention } from '../types';
import { activeSubject } from './clauseArguments';
import type { FrameContext } from './frameContext';
import { reducedPatient } from './reducedPassive';
import { ROLE_FRAMES } from './roleFrames';

/** "Iran drew criticism", "faced sanctions": the verb of undergoing taking the event noun as its object, or undefined. */
function undergoerVerb(ctx: FrameContext, n: number): number | undefined {
  const { tree } = ctx;
  const verb = tree.head(n);
  return verb >= 0 && tree.baseDep(n) === 'obj' && tree.token(verb).pos === 'VERB' && ROLE_FRAMES.undergoerVerbs.has(tree.token(verb).lemma) ? verb : undefined;
}

/** The verb an event noun after "under" hangs on ("came under fire"), or one of undergoing taking it ("drew criticism"), or undefined. */
function underVerb(ctx: FrameContext, n: number): number | undefined {
  const { tree } = ctx;
  const verb = tree.head(n);
  const undergoing = undergoerVerb(ctx, n);
  if (undergoing !== undefined) return undergoing;
  if (tree.caseOf(n) !== 'under' || verb < 0 || tree.baseDep(n) !== 'obl' || !ROLE_FRAMES.underVerbs.has(tree.token(verb).lemma)) return undefined;
  return verb;
}

/** "X has been the target of a series of attacks": the predicate noun naming who suffers an event after "of", through quantity nouns between. */
function targetPredicate(ctx: FrameContext, n: number): number | undefined {
  const { tree } = ctx;
  let node = n;
  for (let steps = 0; steps < 3 && tree.baseDep(node) === 'nmod' && tree.caseOf(node) === 'of'; steps++) {
    node = tree.head(node);
    if (ROLE_FRAMES.sufferingNouns.has(tree.token(node).lemma) && tree.children(node, 'cop').length > 0) return node;
  }
  return undefined;
}

/** "12 soldiers died in an ambush", "were killed in an attack by X": the subject of a verb of dying or of a passive of harm the event noun is the adjunct of. */
function victimSubject(ctx: FrameContext, n: number): number | undefined {
  const { tree } = ctx;
  const verb = tree.head(n);
  const victims = ROLE_FRAMES.victimVerbs;
  if (verb < 0 || tree.baseDep(n) !== 'obl') return undefined;
  const lemma = tree.token(verb).lemma;
  // "civilians were killed by Russian airstrikes": the event noun as the passive's agent.
  if (tree.caseOf(n) === 'by' && victims.passive.has(lemma)) return tree.children(verb, 'nsubj:pass')[0] ?? reducedPatient(tree, verb);
  if (!victims.prepositions.has(tree.caseOf(n) ?? '')) return undefined;
  if (victims.active.has(lemma)) return tree.children(verb, 'nsubj')[0];
  return victims.passive.has(lemma) ? (tree.children(verb, 'nsubj:pass')[0] ?? reducedPatient(tree, verb)) : undefined;
}

/** The subject exposed to the event noun `n` ("X came under fire", "X was the target of attacks", "X died in an ambush"), or none. */
export function exposedSubjects(ctx: FrameContext, n: number): Mention[] {
  const { tree, mentions } = ctx;
  const predicate = targetPredicate(ctx, n);
  if (predicate !== undefined) return mentions.group(tree.children(predicate, 'nsubj')[0]);
  const victim = victimSubject(ctx, n);
  if (victim !== undefined) return mentions.group(victim);
  const undergoing = undergoerVerb(ctx, n);
  if (undergoing !== undefined) return mentions.group(activeSubject(tree, undergoing));
  if (tree.caseOf(n) !== 'under') return [];
  // "The base was under attack": the noun is the predicate, its subject hangs on it.
  if (tree.children(n, 'cop').length > 0) return mentions.group(tree.children(n, 'nsubj')[0]);
  const verb = underVerb(ctx, n);
  return verb === undefined ? [] : mentions.group(tree.children(verb, 'nsubj')[0]);
}

/** "came under rocket fire from Hezbollah" with the agent hung on the verb: the "by"/"from" phrase after the noun. */
export function exposingAgents(ctx: FrameContext, n: number): Mention[] {
  const { tree, mentions } = ctx;
  const verb = underVerb(ctx, n);
  if (verb === undefined) return [];
  const agent = tree.children(verb, 'obl').find((c) => c > n && ROLE_FRAMES.nounAgents.has(tree.caseOf(c) ?? ''));
  return mentions.group(agent);
}

/** "The Taliban claimed responsibility for the attack": whoever claims the event did it. */
export function responsibleClaimers(ctx: FrameContext, n: number): Mention[] {
  const { tree, mentions } = ctx;
  const noun = tree.head(n);
  if (noun < 0 || tree.caseOf(n) !== 'for' || !ROLE_FRAMES.responsibility.nouns.has(tree.token(noun).lemma) || tree.baseDep(noun) !== 'obj') return [];
  const verb = tree.head(noun);
  if (verb < 0 || !ROLE_FRAMES.responsibility.verbs.has(tree.token(verb).lemma)) return [];
  return mentions.group(activeSubject(tree, verb));
}

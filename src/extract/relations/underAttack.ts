// "A Kenyan convoy came under attack by al-Shabab", "Israeli positions came under rocket fire from
// Hezbollah", "the town remained under siege": an act of force after "under" on a verb of being or
// coming (`underVerbs` in data/roleFrames.json), or as the predicate of "be", is suffered by the
// clause's subject.
import type { Mention } from '../types';
import type { FrameContext } from './frameContext';
import { ROLE_FRAMES } from './roleFrames';

/** The verb an event noun after "under" hangs on ("came under fire"), or undefined. */
function underVerb(ctx: FrameContext, n: number): number | undefined {
  const { tree } = ctx;
  const verb = tree.head(n);
  if (tree.caseOf(n) !== 'under' || verb < 0 || tree.baseDep(n) !== 'obl' || !ROLE_FRAMES.underVerbs.has(tree.token(verb).lemma)) return undefined;
  return verb;
}

/** The subject exposed to the event noun `n` ("X came under fire"), or none. */
export function exposedSubjects(ctx: FrameContext, n: number): Mention[] {
  const { tree, mentions } = ctx;
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

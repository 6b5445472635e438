// Whose claim a claim noun is ("Uganda's offer", "the Rwandan proposal", "demands from the rebels",
// "the demands of the strikers"): read by the verbs that accept or refuse it.
import type { Mention } from '../types';
import type { SentenceMentions } from './argumentMentions';
import type { DependencyTree } from './dependencyTree';
import { ROLE_FRAMES } from './roleFrames';

const OWNER_DEPS = ['nmod:poss', 'amod', 'compound'];

/**
 * The owner of the claim noun `object` taken by verb `v`: its possessor or actor modifier before
 * it, or its "by"/"from"/"of" attachment on the noun ("by"/"from" also on the verb right after it).
 */
export function claimOwner(tree: DependencyTree, mentions: SentenceMentions, v: number, object: number): Mention[] {
  for (const c of tree.children(object, ...OWNER_DEPS)) {
    const m = c < object ? mentions.modifierAt(c) : undefined;
    if (m) return [m];
  }
  const onNoun = tree.children(object, 'nmod').find((c) => c > object && (ROLE_FRAMES.nounAgents.has(tree.caseOf(c) ?? '') || tree.caseOf(c) === 'of'));
  const onVerb = tree.children(v, 'obl').find((c) => ROLE_FRAMES.nounAgents.has(tree.caseOf(c) ?? '') && tree.children(c, 'case')[0] === object + 1);
  return mentions.group(onNoun ?? onVerb);
}

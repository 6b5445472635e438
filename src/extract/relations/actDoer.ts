// The doer of an act named by a clause on its noun: "the plan Egypt drafted", "choices that the
// Russian government has made", "the offer made by Egypt". A verb acting on such an act (rejecting,
// condemning, welcoming it) targets that doer. Verbs declared in data/actDoers.json.
import doersData from '../../../data/actDoers.json';
import { agentOf, isPassive } from './clauseArguments';
import type { DependencyTree } from './dependencyTree';
import { ROLE_FRAMES } from './roleFrames';

export const AUTHORING_VERBS: ReadonlySet<string> = new Set(doersData.authoringVerbs);

const authoring = (tree: DependencyTree, v: number) => AUTHORING_VERBS.has(tree.token(v).lemma) || ROLE_FRAMES.claimVerbs.has(tree.token(v).lemma);

/** Whether the noun at `n` names an act or a claim (data/roleFrames.json eventAnaphors, claimNouns). */
export function namesAct(tree: DependencyTree, n: number): boolean {
  const t = tree.token(n);
  return [t.norm, t.lemma].some((w) => ROLE_FRAMES.eventAnaphors.has(w) || ROLE_FRAMES.claimNouns.has(w));
}

/**
 * The node naming who did the act at `n` through a clause on it: the subject of an active relative
 * clause of authoring ("the plan [that] Egypt drafted"), or the "by" agent of a participle of authoring
 * ("the offer made by Egypt"); undefined when no such clause names one.
 */
export function actClauseDoer(tree: DependencyTree, n: number): number | undefined {
  if (!namesAct(tree, n)) return undefined;
  for (const c of tree.children(n, 'acl')) {
    if (c < n || !authoring(tree, c)) continue;
    if (isPassive(tree, c) || tree.dep(c) !== 'acl:relcl') {
      const agent = agentOf(tree, c);
      if (agent !== undefined && tree.caseOf(agent) === 'by') return agent;
      continue;
    }
    const subject = tree.children(c, 'nsubj')[0];
    if (subject !== undefined && !ROLE_FRAMES.relativePronouns.has(tree.token(subject).norm)) return subject;
  }
  return undefined;
}

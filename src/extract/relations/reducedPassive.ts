// "Five Afghan soldiers killed in Taliban ambush", "villagers killed in a NATO airstrike were buried":
// a headline's or a reduced relative's participle of harm the parser read as an active verb with its
// victims as subject. A verb of harm (data/roleFrames.json victimVerbs.passive) in a past form, with a
// subject but no auxiliary and no object, states what was done to that subject.
import type { DependencyTree } from './dependencyTree';
import { ROLE_FRAMES } from './roleFrames';

/** Whether the verb at `v` is a participle of harm read as active, its subject being its victims. */
export function reducedPassive(tree: DependencyTree, v: number): boolean {
  const t = tree.token(v);
  if (t.pos !== 'VERB' || !ROLE_FRAMES.victimVerbs.passive.has(t.lemma)) return false;
  // "killed", "wounded", "hurt": a past form (not "kills", "killing").
  if (t.norm.endsWith('ing') || (t.norm !== t.lemma && t.norm.endsWith('s'))) return false;
  if (t.norm === t.lemma && !t.norm.endsWith('t')) return false;
  if (tree.children(v, 'nsubj').length === 0) return false;
  // "killed in Boko Haram ambush" with the phrase labelled an object: an object never takes a preposition.
  const objects = tree.children(v, 'obj', 'iobj').filter((o) => tree.caseOf(o) === undefined);
  return objects.length === 0 && tree.children(v, 'aux', 'aux:pass', 'ccomp', 'xcomp', 'cop').length === 0;
}

/** The victims' node of such a participle: its subject. */
export function reducedPatient(tree: DependencyTree, v: number): number | undefined {
  return reducedPassive(tree, v) ? tree.children(v, 'nsubj')[0] : undefined;
}

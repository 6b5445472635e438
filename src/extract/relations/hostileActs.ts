// Hostile acts a judgement may be about ("condemned the strikes against X", "praised the arrest of X"):
// the one such an act is done to is not who the judgement targets; its doer is.
import readingsData from '../../../data/speechReadings.json';
import type { DependencyTree } from './dependencyTree';
import { ROLE_FRAMES } from './roleFrames';

/** Relations judging an act, which target its doer (data/speechReadings.json, actJudgingRelations). */
export const JUDGING_RELATIONS: ReadonlySet<string> = new Set(readingsData.actJudgingRelations);
// Relations of hostile acts, and the attachments of their nouns naming whom the act is done to ("with" names a side).
const HOSTILE = ['force', 'coercion', 'sanction'];
export const VICTIM_CASES: ReadonlySet<string> = new Set(HOSTILE.flatMap((r) => [...ROLE_FRAMES.nounTargets(r)]).filter((p) => p !== 'with'));

/** A noun for a hostile act done to someone: an act of force, coercion or sanction, or an act on a patient ("detention"). */
export function hostileAct(tree: DependencyTree, n: number): boolean {
  const noun = tree.token(n);
  if (noun.pos !== 'NOUN') return false;
  const acts = ROLE_FRAMES.eventAnaphors.get(noun.lemma) ?? ROLE_FRAMES.eventAnaphors.get(noun.norm);
  return ROLE_FRAMES.eventPatientNouns.has(noun.lemma) || (acts !== undefined && acts.some((r) => HOSTILE.includes(r)));
}

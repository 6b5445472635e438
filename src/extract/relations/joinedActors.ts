// Actors who do an act along with its subject: "France joined Germany and the United Nations in
// condemning the offensive" makes Germany and the United Nations condemn it too. The act is an
// "in"-gerund on a joining verb (data/speechReadings.json, joiningVerbs) whose object names them.
import readingsData from '../../../data/speechReadings.json';
import type { Mention } from '../types';
import type { SentenceMentions } from './argumentMentions';
import type { DependencyTree } from './dependencyTree';

const JOINING_VERBS: ReadonlySet<string> = new Set(readingsData.joiningVerbs);

/** The actors the joining verb above the gerund `v` names as its object, or none. */
export function joinedActors(tree: DependencyTree, mentions: SentenceMentions, v: number): Mention[] {
  const joining = tree.head(v);
  if (joining < 0 || tree.baseDep(v) !== 'advcl' || !JOINING_VERBS.has(tree.token(joining).lemma)) return [];
  if (!tree.token(v).norm.endsWith('ing') || !tree.children(v, 'mark').some((m) => tree.token(m).norm === 'in')) return [];
  return mentions.group(tree.children(joining, 'obj')[0]);
}

// Who says what a statement, report or letter says: "A statement from Turkey's Foreign Ministry
// condemned the raid", "a Kremlin statement urged Georgia to withdraw", "Russia issued a statement
// that condemned the raid". An utterance noun (data/roleFrames.json, utteranceNouns) standing as the
// subject of a verb stands for its issuer.
import readingsData from '../../../data/speechReadings.json';
import type { Mention } from '../types';
import type { SentenceMentions } from './argumentMentions';
import { activeSubject } from './clauseArguments';
import type { DependencyTree } from './dependencyTree';
import { ROLE_FRAMES } from './roleFrames';

const ISSUER_CASES = new Set(['from', 'by']);
const ISSUING_VERBS: ReadonlySet<string> = new Set(readingsData.issuingVerbs);

/** The issuers of the utterance noun at `node`: its "from"/"by" attachment, possessor or actor modifier, else whoever issues it; none for another word. */
export function utteranceIssuers(tree: DependencyTree, mentions: SentenceMentions, node: number | undefined): Mention[] {
  if (node === undefined || !ROLE_FRAMES.utteranceNouns.has(tree.token(node).lemma)) return [];
  const issuer = tree.children(node, 'nmod').find((c) => c > node && ISSUER_CASES.has(tree.caseOf(c) ?? '')) ?? tree.children(node, 'nmod:poss')[0];
  if (issuer !== undefined) return mentions.group(issuer);
  for (const c of tree.children(node, 'compound', 'amod')) {
    const m = c < node ? mentions.modifierAt(c) : undefined;
    if (m) return [m];
  }
  // "X issued a statement that called ...": whoever issues it.
  const issuing = tree.head(node);
  return tree.baseDep(node) === 'obj' && issuing >= 0 && ISSUING_VERBS.has(tree.token(issuing).lemma) ? mentions.group(activeSubject(tree, issuing)) : [];
}

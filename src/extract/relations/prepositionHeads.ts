// "meets with German Chancellor Angela Merkel, left, and French President Francois Hollande" read with
// the preposition as the head of its phrase (the parser hangs the titled names under "with"): the
// actors named in that phrase, and in its conjuncts, are the preposition's object. A phrase opened
// by a preposition of its own inside it ("in Moscow") is no part of the object.
import type { Mention } from '../types';
import type { SentenceMentions } from './argumentMentions';
import type { DependencyTree } from './dependencyTree';

/** Whether a node between `k` and the preposition `p` opens a phrase of its own (has a case marker). */
function inOwnPhrase(tree: DependencyTree, k: number, p: number): boolean {
  for (let n = k, steps = 0; n >= 0 && n !== p && steps < 20; n = tree.head(n), steps++) if (tree.children(n, 'case', 'mark').length > 0) return true;
  return false;
}

/** The preposition at `p` when the parser made it head its phrase: a preposition with dependents after it and no head word of its own. */
export function headsPhrase(tree: DependencyTree, p: number): boolean {
  const dep = tree.baseDep(p);
  return tree.token(p).pos === 'ADP' && dep !== 'case' && dep !== 'mark' && dep !== 'fixed' && tree.children(p).some((c) => c > p);
}

/** The actors named in the phrase preposition `p` heads, one mention per actor, in text order. */
export function prepositionObjects(tree: DependencyTree, mentions: SentenceMentions, p: number): Mention[] {
  const out: Mention[] = [];
  for (let k = p + 1; tree.contains(k); k++) {
    if (!tree.dominates(p, k) || inOwnPhrase(tree, k, p)) continue;
    const m = mentions.covering(k);
    if (m && m.tokenStart > p && !out.some((o) => o.actorId === m.actorId)) out.push(m);
  }
  return out;
}

// "thanked Pakistan for the arrest and transfer to the United States of X": a phrase the parser hung
// on the verb right after the reason noun belongs to that noun; with the verb's object already named,
// it names no second target. Prepositions of the reason: data/reasonAttachments.json.
import reasonData from '../../../data/reasonAttachments.json';
import type { DependencyTree } from './dependencyTree';

/** Prepositions opening the reason a verb gives for what it does to its object ("thanked X for its help"). */
export const REASONS: ReadonlySet<string> = new Set(reasonData.prepositions);

/** The last token of the subtree under `n`. */
function rightEdge(tree: DependencyTree, n: number): number {
  for (let i = tree.sentence.endToken - 1; i > n; i--) if (tree.dominates(n, i)) return i;
  return n;
}

/** The first token of the subtree under `n`. */
function leftEdge(tree: DependencyTree, n: number): number {
  for (let i = tree.sentence.firstToken; i < n; i++) if (tree.dominates(n, i)) return i;
  return n;
}

/**
 * Whether attachment `c` of verb `v` continues the reason phrase before it: an earlier sibling opened by
 * a reason preposition, heading a common noun that is nobody (`named` says whether a node names an
 * actor), ends right where `c` begins, and the verb has an object naming an actor.
 */
export function continuesReason(tree: DependencyTree, v: number, c: number, named: (n: number) => boolean): boolean {
  if (!tree.children(v, 'obj').some((o) => o < c && named(o))) return false;
  const start = leftEdge(tree, c);
  return tree.children(v, 'obl').some((s) => s < c && REASONS.has(tree.caseOf(s) ?? '') && tree.token(s).pos === 'NOUN' && !named(s) && rightEdge(tree, s) === start - 1);
}

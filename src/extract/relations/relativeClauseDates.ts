// A date inside a relative clause on another noun dates that clause, not the cue: "is in Bangkok for
// talks aimed at ending clashes that have killed dozens since Friday" (the talks are not since Friday).
import type { DependencyTree } from './dependencyTree';

/** The token of the sentence starting at character `at`, or -1. */
function tokenAt(tree: DependencyTree, at: number): number {
  for (let i = tree.sentence.firstToken; i < tree.sentence.endToken; i++) if (tree.token(i).start === at) return i;
  return -1;
}

/** True when the date written at character `at` lies in a relative clause that does not hold the cue headed by `cue`. */
export function dateInOtherRelativeClause(tree: DependencyTree, at: number, cue: number): boolean {
  const d = tokenAt(tree, at);
  if (d < 0) return false;
  for (let n = d, steps = 0; n >= 0 && steps < 40; n = tree.head(n), steps++) {
    if (tree.dep(n) === 'acl:relcl') return !tree.dominates(n, cue);
  }
  return false;
}

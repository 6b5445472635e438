// A date inside a clause that does not hold the cue dates that clause, not the cue: a relative clause
// on another noun ("talks aimed at ending clashes that have killed dozens since Friday": the talks are
// not since Friday), or a clause on a noun that is not the cue's own argument ("accused Somalia and
// called the truce to be signed Friday meaningless": the truce is signed Friday, the accusation is not).
// Clausal complements and adverbial clauses keep their dates for the cue: the parser labels control
// complements as either, and news often times the main act with them.
import type { DependencyTree } from './dependencyTree';
import { ROLE_FRAMES } from './roleFrames';

/** "accused Kenya of meddling on Saturday" read with the charge on the name: the charge is the cue's own. */
function chargeClause(tree: DependencyTree, n: number): boolean {
  return tree.children(n, 'mark').some((m) => ROLE_FRAMES.chargeMarks.has(tree.token(m).norm));
}

/** The token of the sentence starting at character `at`, or -1. */
function tokenAt(tree: DependencyTree, at: number): number {
  for (let i = tree.sentence.firstToken; i < tree.sentence.endToken; i++) if (tree.token(i).start === at) return i;
  return -1;
}

/** True when the date written at character `at` lies in a clause that does not hold the cue headed by `cue`. */
export function dateInOtherClause(tree: DependencyTree, at: number, cue: number): boolean {
  const d = tokenAt(tree, at);
  if (d < 0) return false;
  for (let n = d, steps = 0; n >= 0 && steps < 40; n = tree.head(n), steps++) {
    if (tree.dominates(n, cue)) return false;
    if (tree.dep(n) === 'acl:relcl') return true;
    // A clause on a noun the cue itself takes is often its misread complement ("urged the rebels to
    // show restraint on Wednesday"): the urging may be Wednesday's.
    if (tree.dep(n) === 'acl' && tree.head(tree.head(n)) !== cue && !chargeClause(tree, n)) return true;
  }
  return false;
}

/**
 * True when the date written at character `at` lies in a relative clause ("a truce that took effect a
 * week ago"): the first verb above the date heads one. Only the nearest verb counts, so a misread
 * "demonstrators who oppose him clashed late Friday" leaves "clashed" the date's own.
 */
export function relativeClauseAt(tree: DependencyTree, at: number): boolean {
  let n = tokenAt(tree, at);
  for (let steps = 0; n >= 0 && steps < 40 && tree.token(n).pos !== 'VERB'; steps++) n = tree.head(n);
  return n >= 0 && tree.dep(n) === 'acl:relcl';
}

// "Hezbollah has been fighting alongside forces loyal to Assad": whoever a companion phrase names acts
// with the doer, so it is never the act's target, whatever label the parser gave the phrase (it often
// reads "alongside" as an adverb and the phrase after it as the verb's object). Markers: data/companionMarkers.json.
import markerData from '../../../data/companionMarkers.json';
import type { Mention, Token } from '../types';
import type { DependencyTree } from './dependencyTree';

const MARKERS: readonly (readonly string[])[] = markerData.markers.map((m) => m.split(' '));
const MAX_STEPS = 8;

/** Whether the words right before token `start` spell one of the markers. */
function markedAt(tokens: readonly Token[], start: number, first: number): boolean {
  return MARKERS.some((words) => {
    const from = start - words.length;
    return from >= first && words.every((w, k) => tokens[from + k]!.norm === w);
  });
}

/** The first token of the subtree under `n`. */
function leftEdge(tree: DependencyTree, n: number): number {
  let left = n;
  for (let i = tree.sentence.firstToken; i < n; i++) {
    if (tree.dominates(n, i)) {
      left = i;
      break;
    }
  }
  return left;
}

const PREMODIFIERS = new Set(['DET', 'ADJ', 'NUM']);

/** Where the words before noun `n` that only modify it begin ("the Malian army"): the parser may hang a marker inside ("the war alongside forces" as one compound). */
function phraseStart(tokens: readonly Token[], n: number, first: number): number {
  let j = n;
  while (j - 1 >= first && PREMODIFIERS.has(tokens[j - 1]!.pos)) j--;
  return j;
}

/**
 * Whether `target` sits in a companion phrase of the cue: some phrase on its path up to the cue's head
 * `cueHead` opens right after a marker. Without a tree only the mention's own first word is checked.
 */
export function companionTarget(tree: DependencyTree | null, tokens: readonly Token[], target: Mention, cueStart: number, cueEnd: number, first: number): boolean {
  if (markedAt(tokens, target.tokenStart, first)) return true;
  if (!tree || !tree.contains(target.tokenStart)) return false;
  let n = target.tokenStart;
  for (let k = target.tokenStart; k < target.tokenEnd; k++) {
    const h = tree.head(k);
    if (h < target.tokenStart || h >= target.tokenEnd) {
      n = k;
      break;
    }
  }
  for (let steps = 0; n >= 0 && steps < MAX_STEPS; n = tree.head(n), steps++) {
    if (n >= cueStart && n < cueEnd) return false;
    if (markedAt(tokens, leftEdge(tree, n), first) || markedAt(tokens, phraseStart(tokens, n, first), first)) return true;
  }
  return false;
}

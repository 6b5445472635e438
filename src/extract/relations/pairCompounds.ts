// "the India-Pakistan talks", "the U.S.-Russia Strategic Stability Dialogue", "Ethiopia-Eritrea
// clashes": actors written together with hyphens in front of an event noun are its sides.
import type { Mention, Token } from '../types';
import type { DependencyTree } from './dependencyTree';
import type { FrameContext } from './frameContext';

// Words the noun phrase may hold between the joined names and the event noun ("Strategic Stability", "peace", "trade").
const PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
// How far up from the joined names the event noun may be in the tree.
const MAX_STEPS = 3;

/** Two tokens written with no space between them. */
function touching(a: Token, b: Token): boolean {
  return a.end === b.start;
}

/** Whether `from` lies under `n` within a few arcs. */
function under(tree: DependencyTree, from: number, n: number): boolean {
  for (let k = from, steps = 0; k >= 0 && steps <= MAX_STEPS; k = tree.head(k), steps++) if (k === n) return true;
  return false;
}

/**
 * The actors joined by hyphens right before event noun `n` ("India-Pakistan talks"), in text order;
 * empty unless there are at least two, every joint is a bare hyphen, and the names hang under the
 * noun. A name hyphenated to a word that is no name ("Iran-backed", "U.S.-led") joins nothing.
 */
export function hyphenatedSides(ctx: FrameContext, n: number): Mention[] {
  const { tree, mentions } = ctx;
  let k = n - 1;
  while (tree.contains(k) && PHRASE_POS.has(tree.token(k).pos) && !mentions.spanAt(k)) k--;
  const last = tree.contains(k) ? mentions.spanAt(k) : undefined;
  if (!last || last.tokenEnd !== k + 1) return [];
  const after = tree.contains(last.tokenEnd) ? tree.token(last.tokenEnd) : undefined;
  if (after?.text === '-' && touching(tree.token(last.tokenEnd - 1), after)) return [];
  const sides: Mention[] = [last];
  let m = last;
  for (;;) {
    const dash = m.tokenStart - 1;
    if (!tree.contains(dash - 1) || tree.token(dash).text !== '-' || !touching(tree.token(dash - 1), tree.token(dash)) || !touching(tree.token(dash), tree.token(m.tokenStart))) break;
    const before = mentions.spanAt(dash - 1);
    if (!before || before.tokenEnd !== dash || sides.some((s) => s.actorId === before.actorId)) break;
    sides.unshift(before);
    m = before;
  }
  if (sides.length < 2) return [];
  return sides.some((s) => under(tree, s.tokenEnd - 1, n) || under(tree, s.tokenStart, n)) ? sides : [];
}

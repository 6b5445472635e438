// A list of names written out in the text ("met President A, Prime Minister B and Foreign Minister
// C") that the parser did not coordinate: long title runs between the names break its conj arcs.
// The words between two names may only be titles (nouns, adjectives, a hyphen, a demonym of the
// next name) or a caption's position word ("A, left, and B"); the list must close with "and".
import type { Mention } from '../types';
import type { DependencyTree } from './dependencyTree';
import { ROLE_FRAMES } from './roleFrames';

const TITLE_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
const MAX_TITLE_WORDS = 7;
const SUBJECT_DEPS = new Set(['nsubj', 'nsubj:pass', 'csubj']);

/** The node heading a name's coordination: up through conj, flat and appos arcs. */
function coordinationRoot(tree: DependencyTree, n: number): number {
  let node = n;
  for (let steps = 0; steps < 8; steps++) {
    const dep = tree.baseDep(node);
    const h = tree.head(node);
    if (h < 0 || (dep !== 'conj' && dep !== 'flat' && dep !== 'appos')) break;
    node = h;
  }
  return node;
}

/** The head token of a mention's span in the tree: the one whose head lies outside it. */
function spanHead(tree: DependencyTree, m: Mention): number {
  for (let i = m.tokenStart; i < m.tokenEnd; i++) {
    const h = tree.head(i);
    if (h < m.tokenStart || h >= m.tokenEnd) return i;
  }
  return m.tokenStart;
}

/** One item of the list from `start`: its name (none for a run of words naming no known actor) and where it ends; undefined when anything but titles and a name stands there. */
function nextItem(tree: DependencyTree, start: number, spanAt: (i: number) => Mention | undefined): { name?: Mention; end: number } | undefined {
  for (let k = start, words = 0; tree.contains(k) && words <= MAX_TITLE_WORDS; k++, words++) {
    const m = spanAt(k);
    if (m && m.tokenStart === k && m.modifierOf === undefined && !m.members) return { name: m, end: m.tokenEnd };
    const t = tree.token(k);
    // "Prime Minister Morgan Tsvangirai" whom the dictionary does not know: a member no relation names.
    if ((t.norm === ',' || t.norm === 'and') && k > start) return { end: k };
    // A word after a hyphen ends a hyphenated title ("minister-designate"), whatever the tagger says.
    const hyphenated = k > start && tree.token(k - 1).text === '-';
    const title = TITLE_POS.has(t.pos) || t.text === '-' || hyphenated || (k === start && t.pos === 'DET') || m?.modifierOf !== undefined;
    if (!title) return undefined;
  }
  return undefined;
}

/**
 * The names listed after `first` ("A, B and C": B and C), when the text lists them with commas
 * and a closing "and", and none of them is the subject of a clause of its own ("hit A, B and C
 * said"); empty otherwise.
 */
export function listedAfter(tree: DependencyTree, first: Mention, spanAt: (i: number) => Mention | undefined): Mention[] {
  if (first.modifierOf !== undefined || first.members) return [];
  const out: Mention[] = [];
  let i = first.tokenEnd;
  let closed = false;
  while (!closed && tree.contains(i)) {
    const norm = tree.token(i).norm;
    if (norm !== ',' && norm !== 'and') break;
    i++;
    if (norm === ',' && tree.contains(i) && tree.token(i).norm === 'and') i++;
    closed = norm === 'and' || tree.token(i - 1).norm === 'and';
    // "A, left, and B": a caption's position word between two names.
    if (!closed && tree.contains(i + 1) && ROLE_FRAMES.captionPositionWords.has(tree.token(i).norm) && tree.token(i + 1).norm === ',') {
      i++;
      continue;
    }
    const item = nextItem(tree, i, spanAt);
    if (!item) return [];
    if (item.name) out.push(item.name);
    i = item.end;
  }
  if (!closed) return [];
  const own = coordinationRoot(tree, spanHead(tree, first));
  const clauseSubject = out.some((m) => {
    const root = coordinationRoot(tree, spanHead(tree, m));
    return root !== own && SUBJECT_DEPS.has(tree.baseDep(root));
  });
  return clauseSubject ? [] : out;
}

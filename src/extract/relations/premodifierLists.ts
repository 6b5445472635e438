// Names and demonyms written as one list right before a noun they own ("Afghan, NATO and U.S. troops",
// "the Cambodian and Thai governments", "French and Malian forces"): each item owns the noun, however
// the parser hung the items (it often makes the first a modifier of the second, or a noun of its own).
// The list is read from the text: items joined by commas and a closing "and", nothing else between.
import type { Mention, Token } from '../types';
import type { DependencyTree } from './dependencyTree';

// Words that may stand between the last item and the noun ("U.S. and Afghan security forces").
const NOUN_MODIFIER_POS = new Set(['NOUN', 'ADJ']);
const MAX_NOUN_MODIFIERS = 2;
// Forms of mention that can own a noun as its modifier.
const OWNER_FORMS = new Set(['name', 'demonym', 'discovered']);

/** Whether a preposition opens the phrase of the item starting at `start` ("with", "between"; a determiner may follow it). */
function openedByPreposition(tokens: readonly Token[], start: number, first: number): boolean {
  let k = start - 1;
  if (k >= first && tokens[k]!.pos === 'DET') k--;
  return k >= first && tokens[k]!.pos === 'ADP';
}

/** The token before a closing "and" at `k` (and before a serial comma: "A, B, and C"), or undefined. */
function closingAnd(tokens: readonly Token[], k: number, first: number): number | undefined {
  if (k < first || tokens[k]!.norm !== 'and') return undefined;
  return k - 1 >= first && tokens[k - 1]!.norm === ',' ? k - 2 : k - 1;
}

/**
 * The items of the list written right before noun `n`, in text order; empty unless there are two or
 * more and the last joint is "and". `at` gives the mention ending at a token, if any. A name reached
 * across a comma after a preposition opens a phrase of its own ("In Syria, Russian and Iranian
 * forces"), so the list stops before it.
 */
export function premodifierList(tree: DependencyTree, n: number, at: (k: number) => Mention | undefined): Mention[] {
  const { tokens } = tree;
  const first = tree.sentence.firstToken;
  const items: Mention[] = [];
  // "the Cambodian and Thai governments" found as one mention of the last demonym and the noun.
  const own = at(n);
  let k = own && own.tokenStart < n && own.form === 'demonym' ? own.tokenStart - 1 : n - 1;
  if (k < n - 1) items.push(own!);
  for (let skipped = 0; items.length === 0 && k >= first && skipped < MAX_NOUN_MODIFIERS && !at(k) && NOUN_MODIFIER_POS.has(tokens[k]!.pos) && /^\p{Ll}/u.test(tokens[k]!.text); skipped++) k--;
  let joint = '';
  let closed = false;
  if (items.length === 1) {
    const step = closingAnd(tokens, k, first);
    if (step === undefined) return [];
    closed = true;
    joint = 'and';
    k = step;
  }
  for (;;) {
    const m = k >= first ? at(k) : undefined;
    if (!m || m.tokenEnd !== k + 1 || !OWNER_FORMS.has(m.form) || items.some((o) => o.actorId === m.actorId)) break;
    if (joint === ',' && m.form !== 'demonym' && openedByPreposition(tokens, m.tokenStart, first)) break;
    items.unshift(m);
    k = m.tokenStart - 1;
    if (k < first) break;
    const norm = tokens[k]!.norm;
    const step = items.length === 1 ? closingAnd(tokens, k, first) : undefined;
    if (step !== undefined) {
      closed = true;
      joint = 'and';
      k = step;
    } else if (norm === ',' && closed) {
      joint = ',';
      k--;
    } else break;
  }
  return closed && items.length >= 2 ? items : [];
}

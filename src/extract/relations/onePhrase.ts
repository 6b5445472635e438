// "hosted by their Brazilian counterpart, Mauro Vieira": a person and the state or body named inside
// the same noun phrase as that person ("Brazilian" on the noun the name is in apposition to) are one
// party, never the two ends of a relation.
import type { Mention } from '../types';
import type { DependencyTree } from './dependencyTree';

/** Arcs that keep a word inside the noun phrase of its head. */
const INSIDE_PHRASE = new Set(['amod', 'compound', 'nmod:poss', 'appos', 'flat', 'det', 'case']);
const MAX_STEPS = 6;
const NOUNS = new Set(['NOUN', 'PROPN']);

/** The word heading the noun phrase a mention is inside: up its head while the arc stays inside the phrase. */
function phraseHead(tree: DependencyTree, m: Mention): number | undefined {
  let node = -1;
  for (let k = m.tokenStart; k < m.tokenEnd; k++) {
    if (!tree.contains(k)) return undefined;
    const h = tree.head(k);
    if (h < m.tokenStart || h >= m.tokenEnd) {
      node = k;
      break;
    }
  }
  if (node < 0) return undefined;
  // Only up to nouns: a verb the parser read as a modifier ("leadership met ...") heads no noun phrase.
  for (let steps = 0; steps < MAX_STEPS && INSIDE_PHRASE.has(tree.baseDep(node)) && tree.head(node) >= 0 && NOUNS.has(tree.token(tree.head(node)).pos); steps++) node = tree.head(node);
  return node;
}

/** Whether a person and a non-person are named inside one noun phrase (one of them a person), so the pair is one party (never the parties of one plural reference). */
export function personInOwnPhrase(tree: DependencyTree | null, source: Mention, target: Mention, kindOf: (id: string) => string | undefined): boolean {
  if (!tree || (kindOf(source.actorId) === 'person') === (kindOf(target.actorId) === 'person')) return false;
  // "The two sides joined ranks": two parties one reference stands for are two, though named by one phrase.
  if (source.tokenStart === target.tokenStart && source.tokenEnd === target.tokenEnd) return false;
  const a = phraseHead(tree, source);
  return a !== undefined && a === phraseHead(tree, target);
}

// "The United Nations Security Council condemned ..." read with "Nations" and "Council" as two
// subjects of the verb: two proper-noun subjects with nothing but name words between them are one
// name, the first a compound of the second. Also "Russian President Vladimir Putin, center, meets ..."
// read with the demonym as a subject of its own: a one-word modifier right before the second
// subject's title words modifies that name.
import type { Sentence, Token } from '../types';
import type { DependentsOf, Rewired } from './dependencyTree';

const TITLE_POS = new Set(['PROPN', 'NOUN']);

/** A one-word adjective or name at `a` with nothing of its own, followed at once by title words hung on the name at `b`. */
function modifierBeforeTitle(tokens: readonly Token[], a: number, b: number, dependentsOf: DependentsOf): boolean {
  if ((tokens[a]!.pos !== 'ADJ' && tokens[a]!.pos !== 'PROPN') || dependentsOf(a).length > 0 || a + 1 >= b) return false;
  for (let k = a + 1; k < b; k++) if (!TITLE_POS.has(tokens[k]!.pos) || tokens[k]!.head !== b) return false;
  return true;
}

/** Arcs joining such a split name into one subject. */
export function splitNameSubject(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let v = sentence.firstToken; v < sentence.endToken; v++) {
    if (dependentsOf(v).length < 2) continue;
    const subjects = dependentsOf(v).filter((c) => tokens[c]!.dep === 'nsubj' && c < v);
    if (subjects.length !== 2) continue;
    const [a, b] = subjects as [number, number];
    if (tokens[b]!.pos !== 'PROPN') continue;
    // Only name words between, each hung on the second subject ("Security" in "Nations Security Council").
    let nameWords = tokens[a]!.pos === 'PROPN';
    for (let k = a + 1; k < b && nameWords; k++) nameWords = tokens[k]!.pos === 'PROPN' && tokens[k]!.head === b;
    if (nameWords) out.set(a, { head: b, dep: 'compound' });
    // "Russian President Vladimir Putin": a lone demonym, then title words hung on the name.
    else if (modifierBeforeTitle(tokens, a, b, dependentsOf)) out.set(a, { head: a + 1, dep: 'amod' });
  }
  return out;
}

// "The United Nations Security Council condemned ..." read with "Nations" and "Council" as two
// subjects of the verb: two proper-noun subjects with nothing but name words between them are one
// name, the first a compound of the second.
import type { Sentence, Token } from '../types';
import type { DependentsOf, Rewired } from './dependencyTree';

/** Arcs joining such a split name into one subject. */
export function splitNameSubject(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let v = sentence.firstToken; v < sentence.endToken; v++) {
    const subjects = dependentsOf(v).filter((c) => tokens[c]!.dep === 'nsubj' && c < v);
    if (subjects.length !== 2) continue;
    const [a, b] = subjects as [number, number];
    if (tokens[a]!.pos !== 'PROPN' || tokens[b]!.pos !== 'PROPN') continue;
    // Only name words between, each hung on the second subject ("Security" in "Nations Security Council").
    let nameWords = true;
    for (let k = a + 1; k < b && nameWords; k++) nameWords = tokens[k]!.pos === 'PROPN' && tokens[k]!.head === b;
    if (nameWords) out.set(a, { head: b, dep: 'compound' });
  }
  return out;
}

// "Eritrea insists that Ethiopian troops opened fire" read with "that" as the object of "insists",
// "troops" as its object and "opened" as a clause on "troops": the conjunction opens a complement
// clause whose subject is that noun and whose verb is the clause on it.
import type { Sentence, Token } from '../types';
import type { DependentsOf, Rewired } from './dependencyTree';

/** Arcs reading such a "that" as the mark of the complement clause it opens. */
export function thatAsObject(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let s = sentence.firstToken + 1; s < sentence.endToken; s++) {
    const t = tokens[s]!;
    const v = t.head ?? -1;
    if (t.norm !== 'that' || t.pos !== 'SCONJ' || t.dep !== 'obj' || v < 0 || v > s || tokens[v]!.pos !== 'VERB') continue;
    const subject = dependentsOf(s).find((c) => c > s && tokens[c]!.dep === 'obj');
    const verb = subject === undefined ? undefined : dependentsOf(subject).find((c) => c > subject && tokens[c]!.dep === 'acl' && tokens[c]!.pos === 'VERB' && !tokens[c]!.norm.endsWith('ing'));
    if (subject === undefined || verb === undefined) continue;
    out.set(s, { head: verb, dep: 'mark' }).set(subject, { head: verb, dep: 'nsubj' }).set(verb, { head: v, dep: 'ccomp' });
  }
  return out;
}

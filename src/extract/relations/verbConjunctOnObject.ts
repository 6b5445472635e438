// "Correa rejected the claims and accused Colombia of lying" read with the second verb (tagged a
// participle) coordinated with the first verb's object noun: a verb after "and" that takes an object
// of its own and names no subject is a second finite verb of the clause, coordinated with the verb
// whose object it follows (it shares that verb's subject). A participle modifying the noun takes no
// object ("the claims and counter-claims made by X", "weapons and equipment seized from X").
import type { Sentence, Token } from '../types';
import type { DependentsOf, Rewired } from './dependencyTree';

const NOMINAL_POS = new Set(['NOUN', 'PROPN']);
const OWN_COMPLEMENTS = new Set(['obj', 'ccomp']);

export function verbConjunctOnObject(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let v2 = sentence.firstToken + 3; v2 < sentence.endToken; v2++) {
    const t = tokens[v2]!;
    const noun = t.head ?? -1;
    if (t.dep !== 'conj' || t.pos !== 'VERB' || noun < sentence.firstToken || noun >= v2 || !NOMINAL_POS.has(tokens[noun]!.pos)) continue;
    const v1 = tokens[noun]!.head ?? -1;
    if (tokens[noun]!.dep !== 'obj' || v1 < sentence.firstToken || tokens[v1]!.pos !== 'VERB') continue;
    // Both past forms or both the same form ("rejected ... and accused", "rejects ... and accuses").
    const past = (w: Token) => w.norm.endsWith('ed') && w.norm !== w.lemma;
    if (past(tokens[v1]!) !== past(t)) continue;
    const deps = dependentsOf(v2).map((c) => tokens[c]!.dep ?? '');
    if (!deps.includes('cc') || deps.some((d) => d.startsWith('nsubj')) || !deps.some((d) => OWN_COMPLEMENTS.has(d))) continue;
    if (tokens[v2 - 1]!.dep !== 'cc' || tokens[v2 - 1]!.head !== v2) continue;
    out.set(v2, { head: v1, dep: 'conj' });
  }
  return out;
}

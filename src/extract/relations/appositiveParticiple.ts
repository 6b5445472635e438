// A repair of the parse (see treeRepairs.ts): "Helicopters from the U.N. mission, known by its
// acronym MONUC, fired on rebels" read with the noun heading the sentence, the participle set off by
// commas as its clause and the main verb as that participle's conjunct. The participle is a reduced
// relative on the noun; the verb after its closing comma heads the sentence with the noun as subject.
import type { Sentence, Token } from '../types';
import type { DependentsOf, Rewired } from './dependencyTree';

const NOMINAL_POS = new Set(['NOUN', 'PROPN']);
const PAST_PARTICIPLE = /(ed|en|wn|nt)$/;

/** The verb after the participle's closing comma, hung on the participle as its conjunct with no coordinator, or undefined. */
function swallowedVerb(tokens: readonly Token[], p: number, dependentsOf: DependentsOf): number | undefined {
  return dependentsOf(p).find((v) => {
    const t = tokens[v]!;
    if (v < p || t.dep !== 'conj' || t.pos !== 'VERB' || t.norm.endsWith('ing') || tokens[v - 1]?.norm !== ',') return false;
    // "known as X and feared for Y": a coordinated participle, no main verb.
    return !dependentsOf(v).some((c) => tokens[c]!.dep === 'cc' || (tokens[c]!.dep ?? '').startsWith('nsubj'));
  });
}

/** The arcs that make the swallowed verb head the sentence, or none when the sentence has not this shape. */
export function appositiveParticiple(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let n = sentence.firstToken; n < sentence.endToken; n++) {
    const noun = tokens[n]!;
    if ((noun.head ?? -1) >= 0 || !NOMINAL_POS.has(noun.pos)) continue;
    for (const p of dependentsOf(n)) {
      const t = tokens[p]!;
      if (p < n || t.dep !== 'acl' || t.pos !== 'VERB' || !PAST_PARTICIPLE.test(t.norm) || tokens[p - 1]?.norm !== ',') continue;
      const v = swallowedVerb(tokens, p, dependentsOf);
      if (v === undefined) continue;
      out.set(v, { head: -1, dep: 'root' }).set(n, { head: v, dep: 'nsubj' });
      // The sentence's closing punctuation and anything the noun held after the verb go to the verb.
      for (const c of dependentsOf(n)) if (c > v) out.set(c, { head: v, dep: tokens[c]!.dep === 'punct' ? 'punct' : 'obl' });
      return out;
    }
  }
  return out;
}

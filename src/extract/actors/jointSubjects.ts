// "Gates met Cameron on Monday. ... They discussed security": a "they" that does something together
// (jointVerbs in data/pronounWords.json: discuss, agree, negotiate) stands for the two who met in the
// last few sentences, before any nearer plural ("the leaders" thanked in between), and across a
// quotation's marks ("“They discussed ...,” the spokesman said" speaks of the meeting narrated before).
import data from '../../../data/pronounWords.json';
import type { Token } from '../types';

const JOINT_VERBS = new Set(data.jointVerbs);

export interface JointView<A> {
  tokens: Token[];
  lookBack: number;
  /** The antecedents of sentence `s` from token `first` up to token `before`. */
  antecedentsIn(s: number, first: number, before: number): A[];
}

const firstOf = (tokens: Token[], i: number) => {
  let k = i;
  while (k > 0 && tokens[k - 1]!.sentence === tokens[i]!.sentence) k--;
  return k;
};

/** The nearest meeting pair before a plural subject `i` of a joint verb, and how many sentences back it lies. */
export function jointAntecedent<A extends { met?: boolean }>(v: JointView<A>, i: number): { best: A; back: number } | null {
  const t = v.tokens[i]!;
  const head = t.head ?? -1;
  if (t.dep !== 'nsubj' || head < 0 || !JOINT_VERBS.has(v.tokens[head]!.lemma)) return null;
  let first = firstOf(v.tokens, i);
  for (let back = 0; back <= v.lookBack && first >= 0; back++) {
    const met = v.antecedentsIn(v.tokens[first]!.sentence, first, back === 0 ? i : v.tokens.length).filter((a) => a.met);
    if (met.length > 0) return { best: met[met.length - 1]!, back };
    first = first > 0 ? firstOf(v.tokens, first - 1) : -1;
  }
  return null;
}

// Clauses of a parsed sentence as the pronoun reader sees them: the clause a token stands in, the
// clauses around it up to the root, and how far out another word's clause lies.
import type { Token } from '../types';
import { wordClass } from '../wordClass';

/** The tokens with their dependents indexed by head. */
export interface ClauseView {
  tokens: Token[];
  children: Map<number, number[]>;
}

const depOf = (t: Token) => (t.dep ?? '').split(':')[0]!;

/** A verb, or a word with a copula ("is a member"): the head of a clause. */
const isPredicate = (c: ClauseView, k: number) => wordClass(c.tokens[k]!) === 'VERB' || (c.children.get(k) ?? []).some((j) => c.tokens[j]!.dep === 'cop');

const CLAUSE_DEPS = new Set(['root', 'ccomp', 'xcomp', 'advcl', 'acl', 'csubj', 'parataxis']);

/** The head of the clause token `k` stands in: the nearest ancestor (or `k`) that heads a clause. */
export function clauseOf(c: ClauseView, k: number): number {
  let j = k;
  while (j >= 0) {
    const t = c.tokens[j]!;
    const up = t.head ?? -1;
    if (CLAUSE_DEPS.has(depOf(t)) || up < 0 || (t.dep === 'conj' && isPredicate(c, up))) return j;
    j = up;
  }
  return k;
}

/** The clauses around token `i`, its own first, up to the sentence's root. */
export function clauseChain(c: ClauseView, i: number): number[] {
  const chain = [clauseOf(c, i)];
  for (let up = c.tokens[chain[0]!]!.head ?? -1; up >= 0 && chain.length < 20; up = c.tokens[chain[chain.length - 1]!]!.head ?? -1) chain.push(clauseOf(c, up));
  return chain;
}

/** How many clauses out from the pronoun's own the one holding `h` lies (0: its own clause). */
export function clauseDistance(c: ClauseView, chain: number[], h: number): number {
  const above = new Set<number>();
  for (let k = h, n = 0; k >= 0 && n < 60; k = c.tokens[k]!.head ?? -1, n++) above.add(k);
  const d = chain.findIndex((k) => above.has(k));
  return d < 0 ? chain.length : d;
}

// "according to X" hung by the parser on a noun before it is re-attached to the main verb: X is where
// the news comes from, not a second name for that noun.
import { describe, expect, it } from 'vitest';
import { accordingToSource } from '../../../src/extract/relations/accordingToSource';
import type { Sentence, Token } from '../../../src/extract/types';

/** Tokens of one sentence from [word, head, dep, upos] rows (heads are token indexes, -1 the root). */
function parsed(rows: [string, number, string, string][]): { tokens: Token[]; sentence: Sentence } {
  const tokens = rows.map(([text, head, dep, upos], i): Token => ({ text, norm: text.toLowerCase(), lemma: text.toLowerCase(), pos: upos, upos, start: i * 10, end: i * 10 + text.length, sentence: 0, head, dep }));
  return { tokens, sentence: { index: 0, start: 0, end: rows.length * 10, firstToken: 0, endToken: rows.length } };
}

const dependentsOf = (tokens: Token[]) => (n: number) => tokens.flatMap((t, i) => (t.head === n ? [i] : []));

describe('accordingToSource', () => {
  it('moves an "according to" phrase hung as an apposition onto the main verb', () => {
    // Japan sent medicine to the clinic , according to the agency
    const { tokens, sentence } = parsed([
      ['Japan', 1, 'nsubj', 'PROPN'], ['sent', -1, 'root', 'VERB'], ['medicine', 1, 'obj', 'NOUN'], ['to', 5, 'case', 'ADP'], ['the', 5, 'det', 'DET'],
      ['clinic', 1, 'obl', 'NOUN'], [',', 10, 'punct', 'PUNCT'], ['according', 10, 'case', 'VERB'], ['to', 7, 'fixed', 'ADP'], ['the', 10, 'det', 'DET'], ['agency', 5, 'appos', 'NOUN'],
    ]);
    expect([...accordingToSource(tokens, sentence, dependentsOf(tokens))]).toEqual([[10, { head: 1, dep: 'obl' }]]);
  });

  it('leaves one already on the main verb', () => {
    const { tokens, sentence } = parsed([
      ['Japan', 1, 'nsubj', 'PROPN'], ['sent', -1, 'root', 'VERB'], ['aid', 1, 'obj', 'NOUN'], ['according', 5, 'case', 'VERB'], ['to', 3, 'fixed', 'ADP'], ['officials', 1, 'obl', 'NOUN'],
    ]);
    expect(accordingToSource(tokens, sentence, dependentsOf(tokens)).size).toBe(0);
  });
});

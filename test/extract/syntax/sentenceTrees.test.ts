// attachTrees tags all of a text's sentences before it parses any: each token must get the head and
// relation it gets when its sentence alone is tagged and parsed.
import { describe, expect, it } from 'vitest';
import { readSyntaxModelFile } from '../../../src/cli/syntaxModelFile';
import { attachTagged, attachTrees, tagSentences } from '../../../src/extract/syntax/sentenceTrees';
import { udWordsOf } from '../../../src/extract/syntax/udWords';
import { tokenize } from '../../../src/extract/tokenize';

const model = readSyntaxModelFile();
const TEXT = [
  "Kenya recalled its ambassador to Uganda on Monday after the border talks collapsed.",
  "The minister, who arrived in Nairobi late, said Uganda's army hadn't withdrawn.",
  'Officials said the two governments would meet again in March.',
].join(' ');

/** Heads and relations of each token with every sentence analysed alone, one after the other. */
function oneByOne(): string[] {
  const { tokens, sentences } = tokenize(TEXT);
  const out: string[] = tokens.map(() => '');
  for (const s of sentences) {
    const { words, tokenOfWord } = udWordsOf(tokens.slice(s.firstToken, s.endToken).map((t) => t.text));
    const analysed = model.analyse(words);
    analysed.forEach((w, i) => {
      const own = s.firstToken + tokenOfWord[i]!;
      const head = w.head === 0 ? -1 : s.firstToken + tokenOfWord[w.head - 1]!;
      if (head !== own && out[own] === '') out[own] = `${head} ${w.deprel}`;
    });
  }
  return out;
}

describe('attachTrees', () => {
  it('gives every token the head and relation of its sentence parsed alone', () => {
    const { tokens, sentences } = tokenize(TEXT);
    expect(sentences.length).toBe(3);
    attachTrees(model, tokens, sentences, () => true);
    expect(tokens.map((t) => (t.dep === undefined ? '' : `${t.head} ${t.dep}`))).toEqual(oneByOne());
  });

  it('parses only the sentences it was asked to, in two halves as in one', () => {
    const whole = tokenize(TEXT);
    const halves = tokenize(TEXT);
    const read = (s: { index: number }) => s.index !== 1;
    attachTrees(model, whole.tokens, whole.sentences, read);
    attachTagged(model, halves.tokens, tagSentences(model, halves.tokens, halves.sentences, read));
    const second = whole.sentences[1]!;
    expect(whole.tokens.slice(second.firstToken, second.endToken).every((t) => t.head === undefined)).toBe(true);
    expect(halves.tokens.map((t) => [t.head, t.dep])).toEqual(whole.tokens.map((t) => [t.head, t.dep]));
  });
});

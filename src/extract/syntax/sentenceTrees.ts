// Gives each token of a tokenised text its dependency head and relation, sentence by sentence, from
// the syntax model. Tokens come from wink-nlp; udWordsOf splits the few it keeps whole, and a token
// read as two words takes the head of the word whose head lies outside the token.
import type { Sentence, Token } from '../types';
import type { SyntaxModel, TaggedForms } from './syntaxModel';
import { udWordsOf } from './udWords';

/** One sentence's words, tagged and waiting for their parse. */
export interface TaggedSentence {
  sentence: Sentence;
  words: string[];
  /** Per word, the token (from the sentence's first) it was read from. */
  tokenOfWord: number[];
  tagged: TaggedForms;
}

/**
 * The first half of `attachTrees`: every sentence `read` accepts, split into words and tagged.
 * Tagging a whole batch before parsing any of it keeps the tagger's weights and then the parser's
 * in the processor's caches (tag + parse about 7% less than one sentence after the other).
 */
export function tagSentences(model: SyntaxModel, tokens: readonly Token[], sentences: readonly Sentence[], read: (s: Sentence) => boolean): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  for (const sentence of sentences) {
    if (!read(sentence) || sentence.endToken <= sentence.firstToken) continue;
    const forms: string[] = [];
    for (let i = sentence.firstToken; i < sentence.endToken; i++) forms.push(tokens[i]!.text);
    const { words, tokenOfWord } = udWordsOf(forms);
    out.push({ sentence, words, tokenOfWord, tagged: model.tagForms(words) });
  }
  return out;
}

/** The second half: parses the tagged sentences and writes heads and relations onto their tokens. */
export function attachTagged(model: SyntaxModel, tokens: Token[], tagged: readonly TaggedSentence[]): void {
  for (const { sentence, words, tokenOfWord, tagged: forms } of tagged) {
    const first = sentence.firstToken;
    const analysed = model.analyseTaggedForms(words, forms);
    const done: boolean[] = new Array<boolean>(sentence.endToken - first).fill(false);
    for (let w = 0; w < analysed.length; w++) {
      const word = analysed[w]!;
      const own = tokenOfWord[w]!;
      const headToken = word.head === 0 ? -1 : tokenOfWord[word.head - 1]!;
      if (headToken === own || done[own]) continue;
      const token = tokens[first + own]!;
      token.head = headToken < 0 ? -1 : first + headToken;
      token.dep = word.deprel;
      token.upos = word.upos;
      done[own] = true;
    }
  }
}

/** Parses every sentence `read` accepts and writes heads and relations onto its tokens. */
export function attachTrees(model: SyntaxModel, tokens: Token[], sentences: readonly Sentence[], read: (s: Sentence) => boolean): void {
  attachTagged(model, tokens, tagSentences(model, tokens, sentences, read));
}

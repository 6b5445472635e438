import type { Sentence, Token } from '../types';
import type { AnalysedWord, SyntaxModel } from './syntaxModel';
import { udWordsOf } from './udWords';

/** A parsed word of one of our sentences, with the token it came from. */
export interface ParsedWord extends AnalysedWord {
  /** Index into the document's token array. */
  token: number;
}

/**
 * The parser's view of one sentence from the sentence splitter (src/extract/tokenize.ts): words in
 * UD tokenisation, each with its tag, head (1-based within the sentence, 0 = root) and relation.
 */
export function parseSentenceTokens(model: SyntaxModel, tokens: readonly Token[], sentence: Sentence): ParsedWord[] {
  const texts = tokens.slice(sentence.firstToken, sentence.endToken).map((t) => t.text);
  const { words, tokenOfWord } = udWordsOf(texts);
  return model.analyse(words).map((w, i) => ({ ...w, token: sentence.firstToken + tokenOfWord[i]! }));
}

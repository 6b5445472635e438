// Gives each token of a tokenised text its dependency head and relation, sentence by sentence, from
// the syntax model. Tokens come from wink-nlp; udWordsOf splits the few it keeps whole, and a token
// read as two words takes the head of the word whose head lies outside the token.
import type { Sentence, Token } from '../types';
import type { SyntaxModel } from './syntaxModel';
import { udWordsOf } from './udWords';

function attachSentence(model: SyntaxModel, tokens: Token[], sentence: Sentence): void {
  const first = sentence.firstToken;
  const forms: string[] = [];
  for (let i = first; i < sentence.endToken; i++) forms.push(tokens[i]!.text);
  const { words, tokenOfWord } = udWordsOf(forms);
  const analysed = model.analyse(words);
  const done: boolean[] = forms.map(() => false);
  for (let w = 0; w < analysed.length; w++) {
    const word = analysed[w]!;
    const own = tokenOfWord[w]!;
    const headToken = word.head === 0 ? -1 : tokenOfWord[word.head - 1]!;
    if (headToken === own || done[own]) continue;
    const token = tokens[first + own]!;
    token.head = headToken < 0 ? -1 : first + headToken;
    token.dep = word.deprel;
    done[own] = true;
  }
}

/** Parses every sentence `read` accepts and writes heads and relations onto its tokens. */
export function attachTrees(model: SyntaxModel, tokens: Token[], sentences: readonly Sentence[], read: (s: Sentence) => boolean): void {
  for (const sentence of sentences) if (read(sentence) && sentence.endToken > sentence.firstToken) attachSentence(model, tokens, sentence);
}

// wink-nlp already splits clitics the way Universal Dependencies does ("do" "n't", "Iran" "'s",
// "they" "'re"); what it keeps whole and UD splits is handled here, so the parser sees words as
// its treebank wrote them. Every word remembers the token it came from.

/** Whole tokens UD writes as two words (lowercase key; the split keeps the token's own letters). */
const SPLITS: ReadonlyMap<string, number> = new Map([
  ['cannot', 3],
  ['gonna', 3],
  ['wanna', 3],
  ['gotta', 3],
]);

export interface UdWords {
  words: string[];
  /** For each word, the index of the token it came from. */
  tokenOfWord: number[];
}

export function udWordsOf(tokens: readonly string[]): UdWords {
  const words: string[] = [];
  const tokenOfWord: number[] = [];
  tokens.forEach((token, i) => {
    // Every split form has five or six letters (ASCII, so lowercasing keeps the length).
    const at = token.length === 5 || token.length === 6 ? SPLITS.get(token.toLowerCase()) : undefined;
    if (at !== undefined) {
      words.push(token.slice(0, at), token.slice(at));
      tokenOfWord.push(i, i);
    } else {
      words.push(token);
      tokenOfWord.push(i);
    }
  });
  return { words, tokenOfWord };
}

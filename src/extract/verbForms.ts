// Verbs behind prefixed irregular forms the lemmatiser leaves as they are ("retook", "overthrew"):
// the prefix and the verb of the irregular form after it; and forms it cuts to another word ("staged"
// to "stag") (data/verbForms.json).
import verbFormsData from '../../data/verbForms.json';

const PREFIXES: readonly string[] = [...verbFormsData.prefixes].sort((a, b) => b.length - a.length);
const IRREGULAR = new Map<string, string>(Object.entries(verbFormsData.irregularForms));
const LEMMA_FIXES = new Map<string, string>(Object.entries(verbFormsData.lemmaFixes));

/** The lemma of a word form, where the lemmatiser's is another word ("staged" is "stage", not "stag"). */
export function fixedLemma(norm: string, lemma: string): string {
  return LEMMA_FIXES.get(norm) ?? lemma;
}

/** "shot" → "shoot", "fought" → "fight": the verb of an irregular form the lemmatiser left as it is (when tagged a noun); undefined for other words. */
export function irregularLemma(word: string): string | undefined {
  return IRREGULAR.get(word);
}

/** "retook" → "retake", "overthrew" → "overthrow"; undefined for a word no prefix and irregular form make up. */
export function prefixedIrregularLemma(word: string): string | undefined {
  for (const prefix of PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const base = IRREGULAR.get(word.slice(prefix.length));
    if (base !== undefined) return prefix + base;
  }
  return undefined;
}

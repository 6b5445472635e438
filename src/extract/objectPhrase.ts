// A verb-and-object cue phrase whose object carries modifiers of its own: "declared a unilateral
// ceasefire" for "declare a ceasefire", "lifted the economic sanctions" for "lift sanctions"
// (data/roleFrames.json, objectPhrases).
import framesData from '../../data/roleFrames.json';
import type { Sentence, Token } from './types';

const ARTICLES: ReadonlySet<string> = new Set(framesData.objectPhrases.articles);
const MAX_SPAN = 6;
const VERB_POS = new Set(['VERB']);
const MODIFIER_DEPS = new Set(['det', 'amod', 'nummod']);

/** The phrase's lemmas past its verb, an article between left out: its object noun alone, or undefined for another shape. */
function objectNoun(lemmas: readonly string[]): string | undefined {
  if (lemmas.length === 2) return lemmas[1];
  return lemmas.length === 3 && ARTICLES.has(lemmas[1]!) ? lemmas[2] : undefined;
}

/**
 * Where the phrase `lemmas` ends when its verb at `i` takes its noun as object with modifiers between,
 * every word between an article, adjective or number of the noun and none of them `covered`; -1 when it does not.
 */
export function objectPhraseEnd(tokens: readonly Token[], i: number, sentence: Sentence, lemmas: readonly string[], covered: ReadonlySet<number>): number {
  const noun = objectNoun(lemmas);
  if (noun === undefined || !VERB_POS.has(tokens[i]!.pos)) return -1;
  for (let h = i + 2; h - i <= MAX_SPAN && h < sentence.endToken; h++) {
    const t = tokens[h]!;
    if (t.head !== i || t.dep !== 'obj') continue;
    if (t.lemma !== noun && t.norm !== noun) return -1;
    // Only the noun's article, adjectives and numbers: a noun before it ("a peace deal") makes another cue's phrase.
    for (let k = i + 1; k < h; k++) if (covered.has(k) || tokens[k]!.head !== h || !MODIFIER_DEPS.has(tokens[k]!.dep ?? '')) return -1;
    return h + 1;
  }
  return -1;
}

// Misparses around event nouns, read as what the sentence says: a noun the tagger took for an
// adjective ("launched an offensive against X" read as "an offensive X"). Each gives the arcs the
// tree must have (head and label).
import type { Sentence, Token } from '../types';
import type { DependentsOf, Rewired } from './dependencyTree';

const DETERMINING_DEPS = new Set(['det', 'nmod:poss']);
const NOMINAL_POS = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * "an offensive against Boko Haram" read with "offensive" as an adjective on "Haram": an adjective
 * with a determiner or possessor of its own, followed at once by a preposition the parser hung on the
 * noun it is said to modify, heads a noun phrase itself. Returns that noun, or -1.
 */
export function adjectiveNounBeforeCase(tokens: readonly Token[], i: number, dependentsOf: DependentsOf): number {
  const t = tokens[i]!;
  const h = t.head ?? -1;
  const next = tokens[i + 1];
  if (t.pos !== 'ADJ' || t.dep !== 'amod' || h <= i + 1 || !next || next.pos !== 'ADP' || next.dep !== 'case') return -1;
  // The preposition hangs on the noun or on a word of its name before it ("against Boko Haram" with "against" on "Boko").
  const marked = next.head ?? -1;
  if (marked !== h && !(marked > i + 1 && marked < h && tokens[marked]!.head === h)) return -1;
  if (!NOMINAL_POS.has(tokens[h]!.pos)) return -1;
  const determined = dependentsOf(i).some((c) => c < i && DETERMINING_DEPS.has(tokens[c]!.dep ?? '')) || tokens[i - 1]?.pos === 'DET';
  return determined ? h : -1;
}

/** The adjective-read nouns of a sentence take the place of the noun they were hung on, which becomes their attachment. */
function adjectiveNouns(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let i = sentence.firstToken + 1; i < sentence.endToken; i++) {
    const h = adjectiveNounBeforeCase(tokens, i, dependentsOf);
    if (h < 0) continue;
    out.set(i, { head: tokens[h]!.head ?? -1, dep: tokens[h]!.dep ?? 'dep' }).set(h, { head: i, dep: 'nmod' });
    // A determiner the parser gave the later noun belongs to the phrase the adjective now heads.
    for (const c of dependentsOf(h)) if (c < i && tokens[c]!.dep === 'det') out.set(c, { head: i, dep: 'det' });
  }
  return out;
}

/** Every repair of this file, for one sentence. */
export function nominalRepairs(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  return adjectiveNouns(tokens, sentence, dependentsOf);
}

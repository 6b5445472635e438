// The word class the mention stage reads. wink-nlp tags every token first; our tagger (with its
// predicate constraint) tags again before the parse and is the better judge of a common noun
// against a verb: wink reads many news verbs' -s forms as plural nouns ("Kenya fights/NOUN
// al-Shabaab", a verb to ours and to the parse). The other way round ours is the weaker judge: it
// reads names opening a sentence as verbs ("Hill/VERB met/NOUN with ..."), so wink's verbs and
// names stand.
import type { Token } from './types';

/** wink-nlp's tag, or our tagger's verb where wink read a common noun. */
export function wordClass(t: Pick<Token, 'pos' | 'upos'>): string;
export function wordClass(t: Pick<Token, 'pos' | 'upos'> | undefined): string | undefined;
export function wordClass(t: Pick<Token, 'pos' | 'upos'> | undefined): string | undefined {
  if (!t) return undefined;
  return t.pos === 'NOUN' && t.upos === 'VERB' ? 'VERB' : t.pos;
}

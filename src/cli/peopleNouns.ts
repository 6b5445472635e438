// The plural nouns that name people as a group, from WordNet's noun.person (data/people-noun-rules.json
// says which classes and which not): the data/peopleNouns.json that src/cli/buildPeopleNouns.ts writes.
import type { Synset, WordNet } from './wordnetReader';

export interface PeopleNounRules {
  classes: string[];
  excludedRoots: string[];
  commonWords: { lists: string[]; maxSize: number };
  irregularPlurals: Record<string, string>;
  excludedGlossWords: string[];
  excludedLemmas: Record<string, string>;
}

export interface PeopleNouns {
  /** Plural → class (the lemma of the class's synset). */
  nouns: Record<string, string>;
  dropped: { lemma: string; reason: string }[];
}

/** "worker#1": the first sense of "worker". */
function synsetOf(wordnet: WordNet, ref: string): Synset {
  const [lemma, sense] = ref.split('#');
  const s = wordnet.sensesOf(lemma!)[Number(sense) - 1];
  if (!s) throw new Error(`WordNet has no sense ${ref}`);
  return s;
}

/** The English plural of a person noun. */
export function pluralOf(lemma: string, irregular: Record<string, string>): string {
  if (irregular[lemma]) return irregular[lemma]!;
  const man = /(wo)?man$/.exec(lemma);
  if (man && lemma !== 'german' && lemma !== 'shaman') return lemma.slice(0, -2) + 'en';
  if (lemma.endsWith('child')) return lemma + 'ren';
  if (/[^aeiou]y$/.test(lemma)) return lemma.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(lemma)) return lemma + 'es';
  return lemma + 's';
}

/** Every synset above `s` through hypernyms (all of them, not only the first). */
function ancestors(wordnet: WordNet, s: Synset): Set<string> {
  const seen = new Set<string>();
  const todo = [s];
  while (todo.length) {
    const cur = todo.pop()!;
    for (const p of cur.pointers) {
      if ((p.symbol !== '@' && p.symbol !== '@i') || seen.has(p.offset)) continue;
      seen.add(p.offset);
      todo.push(wordnet.synset(p.offset));
    }
  }
  return seen;
}

/** The people nouns of `lemmas` (index.noun's one-word lemmas), by the rules. */
export function expandPeopleNouns(wordnet: WordNet, lemmas: Iterable<string>, rules: PeopleNounRules, wordSize: (w: string) => number | undefined): PeopleNouns {
  const classes = rules.classes.map((ref) => ({ ref, synset: synsetOf(wordnet, ref) }));
  const excluded = new Set(rules.excludedRoots.map((ref) => synsetOf(wordnet, ref).offset));
  const nouns: Record<string, string> = {};
  const dropped: PeopleNouns['dropped'] = [];
  for (const lemma of lemmas) {
    if (!/^[a-z]+$/.test(lemma)) continue;
    const first = wordnet.sensesOf(lemma)[0];
    // A named person ("Brooks") has an instance hypernym: no kind of people.
    if (!first || first.lexname !== 'noun.person' || first.pointers.some((p) => p.symbol === '@i')) continue;
    if (/(less|ous)$/.test(lemma) || rules.excludedGlossWords.some((w) => first.gloss.toLowerCase().includes(w))) continue;
    const above = ancestors(wordnet, first);
    above.add(first.offset);
    const cls = classes.find((c) => above.has(c.synset.offset));
    if (!cls) continue;
    const size = wordSize(lemma);
    if (size === undefined || size > rules.commonWords.maxSize) continue;
    if (rules.excludedLemmas[lemma]) dropped.push({ lemma, reason: `excludedLemmas: ${rules.excludedLemmas[lemma]}` });
    else if ([...excluded].some((o) => above.has(o))) dropped.push({ lemma, reason: 'under an excluded root' });
    else nouns[pluralOf(lemma, rules.irregularPlurals)] = cls.ref.replace(/#\d+$/, '');
  }
  return { nouns: Object.fromEntries(Object.entries(nouns).sort(([a], [b]) => a.localeCompare(b))), dropped };
}

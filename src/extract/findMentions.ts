import type { ActorDictionary } from './actorDictionary';
import { ACTOR_WORDS } from './actors/actorWords';
import { LEXICON } from './lexicon';
import type { Mention, Token } from './types';
import { wordClass } from './wordClass';

// Words that may sit inside a noun phrase between a modifier and its head actor
// ("Iran's Foreign Ministry spokesperson Esmaeil Baghaei", "U.S. President Donald Trump").
const NP_INTERNAL_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'PART', 'PUNCT']);
/** "helped Somalia defeat al-Shabaab" with the verb tagged a noun: the parse reads the mention as a verb's object and the word `j` as that verb's open clause. */
function controlledClause(tokens: readonly Token[], m: Mention, j: number): boolean {
  const t = tokens[j]!;
  if (t.dep !== 'xcomp' || t.head === undefined) return false;
  for (let i = m.tokenStart; i < m.tokenEnd; i++) {
    const h = tokens[i]!.head ?? -1;
    if (h >= m.tokenStart && h < m.tokenEnd) continue;
    return tokens[i]!.dep === 'obj' && h === t.head;
  }
  return false;
}

/** Dependencies of a word that heads a clause, which the parse says lies outside any noun phrase. */
const CLAUSE_HEAD_DEPS = new Set(['root', 'ccomp', 'advcl', 'parataxis']);

function isNpInternal(t: Token): boolean {
  // "Iran armed Hamas": the tagger's adjective is the parse's main verb (a caption's head noun is not).
  if (t.dep !== undefined && CLAUSE_HEAD_DEPS.has(t.dep) && wordClass(t) !== 'NOUN' && wordClass(t) !== 'PROPN') return false;
  if (wordClass(t) === 'PUNCT') return t.norm === '-' || t.norm === '(';
  if (wordClass(t) === 'PART') return t.norm === "'s" || t.norm === "'";
  return NP_INTERNAL_POS.has(wordClass(t)) || t.norm === '-based';
}

/** Dictionary mentions (names, demonyms, capitals), longest match first. */
export function findDictionaryMentions(text: string, tokens: Token[], dict: ActorDictionary): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = dict.matchAt(tokens, i);
    if (!m) {
      i++;
      continue;
    }
    const words = tokens.slice(i, i + m.length);
    mentions.push({
      actorId: m.actorId,
      form: m.form,
      tokenStart: i,
      tokenEnd: i + m.length,
      sentence: words[0]!.sentence,
      surface: text.slice(words[0]!.start, words[words.length - 1]!.end),
    });
    i += m.length;
  }
  return mentions;
}

function nextWord(tokens: Token[], i: number, sentence: number): Token | undefined {
  const t = tokens[i];
  return t && t.sentence === sentence ? t : undefined;
}

/**
 * A demonym that qualifies a government noun, read from the parse (amod or compound on it) or, where
 * the tagger misread the noun, from the words after it: "the Armenian defense ministry", "Yemeni
 * military" (tagged ADJ), "an Indian military spokesman".
 */
function qualifiesInstitution(tokens: Token[], m: Mention): boolean {
  const last = tokens[m.tokenEnd - 1]!;
  if ((last.dep === 'amod' || last.dep === 'compound') && last.head !== undefined && last.head >= m.tokenEnd && last.head <= m.tokenEnd + 3) {
    const head = tokens[last.head]!;
    if (head.sentence === m.sentence && LEXICON.governmentNouns.has(head.norm)) return true;
  }
  for (let j = m.tokenEnd; j < m.tokenEnd + 3; j++) {
    const w = nextWord(tokens, j, m.sentence);
    if (!w || (wordClass(w) !== 'ADJ' && wordClass(w) !== 'NOUN' && wordClass(w) !== 'PROPN')) return false;
    if (LEXICON.governmentNouns.has(w.norm)) return true;
  }
  return false;
}

/**
 * Keeps demonyms and capitals only where they stand for a state ("Iranian officials", "Tehran said"),
 * marks locative uses ("in Tehran"), and links modifiers to the actor they qualify.
 */
export function qualifyMentions(tokens: Token[], mentions: Mention[], kindOf: (id: string) => string | undefined): Mention[] {
  const kept: Mention[] = [];
  for (const [k, m] of mentions.entries()) {
    const before = m.tokenStart > 0 ? tokens[m.tokenStart - 1] : undefined;
    const sameSentenceBefore = before && before.sentence === m.sentence ? before : undefined;
    if (m.form === 'capital' && sameSentenceBefore && LEXICON.locativePrepositions.has(sameSentenceBefore.norm)) continue;
    if (m.form === 'demonym') {
      // Look through adjectives for the head noun: "Iranian nuclear sites", "Iranian military commanders".
      let j = m.tokenEnd;
      // Coordinated demonyms share the head noun: "Russian and Ukrainian officials", "the Cambodian and Thai governments" ("Thai" is a name of Thailand).
      for (let k2 = k + 1; k2 < mentions.length; k2++) {
        const o = mentions[k2]!;
        const gap = tokens.slice(j, o.tokenStart);
        if ((o.form !== 'demonym' && !(o.form === 'name' && o.tokenEnd === o.tokenStart + 1)) || gap.length === 0 || gap.length > 2 || !gap.every((t) => t.norm === 'and' || t.norm === ',' || t.norm === 'or')) break;
        j = o.tokenEnd;
      }
      let head: Token | undefined;
      while ((head = nextWord(tokens, j, m.sentence)) && wordClass(head) === 'ADJ' && j < m.tokenEnd + 3) j++;
      // "Iranian spy plane": a noun compound's last noun heads it.
      let last = head;
      for (let n = j + 1, next: Token | undefined; (next = nextWord(tokens, n, m.sentence)) && wordClass(next) === 'NOUN' && wordClass(tokens[n - 1]!) === 'NOUN' && n <= j + 2; n++) last = next;
      const noun = head?.norm ?? '';
      const compoundHead = last && last !== head ? last.norm : '';
      // A demonym qualifying a named actor inside one noun phrase: "Iranian Parliament Speaker X".
      const after = mentions[k + 1];
      const followedByActor = Boolean(
        after && after.tokenStart <= m.tokenEnd + 5 && tokens.slice(m.tokenEnd, after.tokenStart).every((t) => isNpInternal(t) && wordClass(t) !== 'PUNCT'),
      );
      const ownsNoun = (w: string) => LEXICON.governmentNouns.has(w) || LEXICON.targetNouns.has(w);
      if (!followedByActor && !ownsNoun(noun) && !ownsNoun(compoundHead) && !qualifiesInstitution(tokens, m)) continue;
    }
    kept.push(m);
  }
  // Modifier links: an actor mention followed, inside one noun phrase, by another actor mention.
  for (let k = 0; k < kept.length - 1; k++) {
    const m = kept[k]!;
    const n = kept[k + 1]!;
    if (n.sentence !== m.sentence) continue;
    let internal = true;
    for (let j = m.tokenEnd; j < n.tokenStart; j++) {
      if (!isNpInternal(tokens[j]!) || controlledClause(tokens, m, j)) {
        internal = false;
        break;
      }
    }
    const gap = n.tokenStart - m.tokenEnd;
    const headKind = kindOf(n.actorId);
    // "Somalia's U.N.-backed government": a name before "-backed" qualifies the noun after it and heads nothing.
    const qualifier = tokens[n.tokenEnd]?.norm === '-' && ACTOR_WORDS.hyphenQualifiers.has(tokens[n.tokenEnd + 1]?.norm ?? '');
    // "the Israel-Hamas ceasefire": two names joined by a bare hyphen are two sides, neither owning the other.
    const joined = gap === 1 && tokens[m.tokenEnd]!.norm === '-' && tokens[m.tokenEnd - 1]!.end === tokens[m.tokenEnd]!.start && tokens[m.tokenEnd]!.end === tokens[n.tokenStart]!.start;
    if (internal && !qualifier && !joined && gap <= 6 && m.actorId !== n.actorId && headKind !== 'state' && m.modifierOf === undefined) kept[k] = { ...m, modifierOf: n.tokenStart };
  }
  return kept;
}

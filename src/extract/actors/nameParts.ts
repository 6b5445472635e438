// How names are built in running text: capitalised runs with name particles ("Khalid bin Salman",
// "F. W. de Klerk", "Humberto de la Calle", "Majed al-Ansari"), the titles in front of them, and
// the dependency links (flat, compound) that hold a name together.
import { LEXICON } from '../lexicon';
import type { Mention, Token } from '../types';
import { ACTOR_WORDS } from './actorWords';
import { isAcronym, isCapitalized, type DiscoveryState } from './discoveryState';
import { wordClass } from '../wordClass';

const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Every word of a title ("assistant", "secretary", "state"), lowercased: what a name never starts with. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...LEXICON.personTitles.flat().filter((w) => !LEXICON.nameConnectors.has(w)),
  ...ACTOR_WORDS.titleModifiers,
  ...ACTOR_WORDS.honorifics,
]);

/**
 * Title nouns proper ("secretary", "minister", "president"), without the modifiers that also open names
 * of bodies; of a title of several words only its last ("commander" of "field commander": "32nd Field
 * Artillery" names no person).
 */
const CORE_TITLE_WORDS: ReadonlySet<string> = new Set(
  [...LEXICON.personTitles.map((t) => t[t.length - 1]!), ...ACTOR_WORDS.honorifics].filter((w) => !LEXICON.nameConnectors.has(w) && !ACTOR_WORDS.titleModifiers.has(w)),
);

export const isCalendarWord = (t: Token): boolean => CALENDAR.has(t.norm);

/**
 * How many tokens of particles open at `j` and lead to a capitalised name word: "bin" in
 * "Khalid bin Salman", "de la" in "Humberto de la Calle", "al -" in "Majed al-Ansari"; 0 if none.
 */
export function particleSpan(tokens: Token[], j: number, end: number): number {
  let k = j;
  while (k < end && k - j < 4) {
    const w = tokens[k]!;
    const hyphened = tokens[k + 1]?.norm === '-' && tokens[k + 1]!.start === w.end;
    if (ACTOR_WORDS.nameParticles.has(w.norm) && !/^\p{Lu}{2,}$/u.test(w.text) && (hyphened || !ACTOR_WORDS.hyphenedParticles.has(w.norm))) k++;
    else if (w.norm === '-' && k > j) k++;
    else break;
  }
  const next = tokens[k];
  return k > j && k < end && next && isCapitalized(next) && !isCalendarWord(next) ? k - j : 0;
}

/** A hyphen at `k` tying a lowercase syllable to the name word before it, with no space on either side. */
function isHyphenatedSyllable(tokens: Token[], k: number, end: number): boolean {
  const [before, hyphen, syllable] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  if (!before || !hyphen || !syllable || k + 1 >= end || hyphen.norm !== '-' || !isCapitalized(before)) return false;
  return before.end === hyphen.start && hyphen.end === syllable.start && /^\p{Ll}+$/u.test(syllable.text) && !ACTOR_WORDS.hyphenQualifiers.has(syllable.norm);
}

/**
 * A hyphen at `k` tying two capitalised name words with no space on either side: "Jean-Bertrand",
 * "Zia-Ul-Haq"; or a capitalised word to a lowercase syllable joined to a name word before it
 * ("Fazl-ur-Rehman"); not a title ("Secretary-General").
 */
function isHyphenatedNameWord(tokens: Token[], k: number, end: number): boolean {
  const [before, hyphen, word] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  if (!before || !hyphen || !word || k + 1 >= end || hyphen.norm !== '-' || !isCapitalized(word)) return false;
  if (!isCapitalized(before) && !isHyphenatedSyllable(tokens, k - 2, end)) return false;
  const title = TITLE_WORDS.has(before.norm) || TITLE_WORDS.has(word.norm);
  return before.end === hyphen.start && hyphen.end === word.start && wordClass(word) === 'PROPN' && !isCalendarWord(word) && !title;
}


// Word classes wink gives name words that are also common words ("hope", "abed").
const NAME_LOOKALIKE_CLASSES: ReadonlySet<string> = new Set(['VERB', 'ADV']);

/**
 * "Prosper" in "Gen. Prosper Avril", "Hope" in "Bob Hope", "Abed" in "President Abed Rabbo Mansour
 * Hadi": a capitalised word inside a run that wink reads as a verb or adverb while our tagger, which
 * sees the name around it, reads a proper noun.
 */
export function namedVerbForm(w: Token): boolean {
  return NAME_LOOKALIKE_CLASSES.has(wordClass(w)) && w.upos === 'PROPN';
}

/** A state's demonym right before an uncovered capitalised noun of the sentence: "American States", "Arab Nations". */
function demonymBeforeNameWord(s: DiscoveryState, state: Mention, sentenceEnd: number): boolean {
  const next = s.tokens[state.tokenEnd];
  return state.form === 'demonym' && state.tokenEnd < sentenceEnd && !!next && !s.covered[state.tokenEnd] && isCapitalized(next) && !isCalendarWord(next) && (wordClass(next) === 'PROPN' || wordClass(next) === 'NOUN');
}

/**
 * The maximal capitalised run from `i`: name words, particles, and the lowercase connectors of
 * organisation names ("Center for Middle East Studies"), never across a token already taken.
 */
export function capitalisedRun(s: DiscoveryState, i: number, sentenceEnd: number): number {
  const { tokens, covered } = s;
  let end = i + 1;
  while (end < sentenceEnd && !covered[end]) {
    const w = tokens[end]!;
    const particles = particleSpan(tokens, end, sentenceEnd);
    // A capitalised "He" inside a name is a name word: "Vice Premier Liu He".
    if (isCalendarWord(w)) break;
    if (isCapitalized(w) && (wordClass(w) === 'PROPN' || wordClass(w) === 'NOUN' || wordClass(w) === 'ADJ' || (wordClass(w) === 'PRON' && w.text !== 'I') || namedVerbForm(w))) end++;
    // "Ban Ki-moon", "Chun Yung-woo": a lowercase syllable joined to a name word by a hyphen.
    else if (isHyphenatedSyllable(tokens, end, sentenceEnd) && !covered[end + 1]) end += 2;
    else if (isHyphenatedNameWord(tokens, end, sentenceEnd) && !covered[end + 1]) end += 2;
    else if (particles > 0 && !covered[end + particles]) end += particles + 1;
    // "Sudan People's Liberation Movement": a possessive inside a name after a word such names hold.
    else if (w.norm === "'s" && ACTOR_WORDS.possessiveNameWords.has(tokens[end - 1]!.norm) && end + 1 < sentenceEnd && isCapitalized(tokens[end + 1]!) && !covered[end + 1]) end += 2;
    else if (LEXICON.nameConnectors.has(w.norm) && end + 1 < sentenceEnd && isCapitalized(tokens[end + 1]!) && !covered[end + 1] && !isCalendarWord(tokens[end + 1]!)) end += 2;
    // "Revolutionary Armed Forces of Colombia": a state named at the end of an organisation's name;
    // "Organization of American States": its demonym before a name word goes on into that word.
    else if ((w.norm === 'of' || w.norm === 'for') && covered[end + 1]?.tokenStart === end + 1 && s.dict.get(covered[end + 1]!.actorId)?.kind === 'state') {
      const state = covered[end + 1]!;
      end = state.tokenEnd;
      if (!demonymBeforeNameWord(s, state, sentenceEnd)) break;
    }
    else break;
  }
  return end;
}

/**
 * Whether an acronym is made of a name's initials: it starts with the first, or each of its letters is
 * one of them in any order ("UNITA" of "National Union for the Total Independence of Angola", named in
 * another language's word order).
 */
export function initialsSpell(initials: string, acronym: string): boolean {
  if (acronym.length < 2) return false;
  if (initials.startsWith(acronym[0]!)) return true;
  let left = initials;
  for (const c of acronym) {
    if (!left.includes(c)) return false;
    left = left.replace(c, '');
  }
  return true;
}

/**
 * "Movement for the Emancipation of the Niger Delta (MEND)": a run that stops before "for the" or
 * "of the" goes on through them only when the longer run ends right before a bracketed acronym of
 * its initials; where it ends otherwise, `end` as it was.
 */
export function runToAcronym(s: DiscoveryState, i: number, end: number, sentenceEnd: number): number {
  const { tokens } = s;
  // Only a body's name goes on so: its first part holds an organisation word ("Movement", "Union", "Front"), never a title and a name.
  if (!tokens.slice(i, end).some(isBodyWord)) return end;
  // "Rebels of the Front for ...": a group noun opening the run describes the body, it is no word of its name.
  if (ACTOR_WORDS.groupNouns.has(tokens[i]!.norm)) return end;
  let k = end;
  // Where the run may end without an acronym: each part after "of the"/"for the" hangs on the name before it in the parse.
  let held = end;
  for (let hops = 0; hops < 4; hops++) {
    const [connector, article, word] = [tokens[k], tokens[k + 1], tokens[k + 2]];
    if (!connector || !article || !word || k + 2 >= sentenceEnd || (connector.norm !== 'of' && connector.norm !== 'for') || article.norm !== 'the' || !isCapitalized(word) || isCalendarWord(word)) break;
    const partStart = k + 2;
    k = capitalisedRun(s, partStart, sentenceEnd);
    if (held === partStart - 2 && partHangsOn(tokens, i, partStart, k)) held = k;
    const acr = tokens[k + 1];
    if (tokens[k]?.norm !== '(' || !acr || !isAcronym(acr) || tokens[k + 2]?.norm !== ')') continue;
    const initials = tokens.slice(i, k).filter((w) => !LEXICON.nameConnectors.has(w.norm) && /^\p{Lu}/u.test(w.text)).map((w) => w.text[0]).join('');
    return initialsSpell(initials, acr.text) ? k : held;
  }
  return held;
}

/** Organisation words ("Movement", "Union", "Front") that head a body's name. */
export const isBodyWord = (w: Token): boolean => LEXICON.organizationKeywords.has(w.norm) || LEXICON.armedGroupKeywords.has(w.norm);

/**
 * Whether the capitalised part [from, to) after "of the" or "for the" belongs to the name before it
 * [start, from): the parse makes it a modifier (nmod) of a word of that name ("Movement for the
 * Emancipation", "Emancipation of the Niger Delta"), or it opens with a common noun that only a name
 * capitalises inside a sentence ("Front for the Liberation" with "Liberation" read as the verb's oblique).
 */
function partHangsOn(tokens: Token[], start: number, from: number, to: number): boolean {
  const head = phraseHead(tokens, from, to);
  if (head !== undefined && head.dep === 'nmod' && head.head !== undefined && head.head >= start && head.head < from - 2) return true;
  return tokens[from]!.upos === 'NOUN' && isCapitalized(tokens[from]!);
}

/** A connector of organisation names inside a run ("of", "for", "and"), not a name particle. */
export function isOrgConnector(tokens: Token[], k: number, end: number): boolean {
  const w = tokens[k]!;
  return LEXICON.nameConnectors.has(w.norm) && tokens[k + 1]?.norm !== '-' && particleSpan(tokens, k, end) === 0;
}

/** The titles by their last word, longest first as in the lexicon (a title of no words stands under ''). */
const TITLES_BY_LAST_WORD = new Map<string, string[][]>();
for (const title of LEXICON.personTitles) {
  const last = title[title.length - 1] ?? '';
  const list = TITLES_BY_LAST_WORD.get(last);
  if (list) list.push(title);
  else TITLES_BY_LAST_WORD.set(last, [title]);
}

/** Longest title ending right before `end` (exclusive), case-insensitive: "Foreign Minister", "spokesperson". */
export function titleBefore(tokens: Token[], end: number, sentenceStart: number): number | null {
  // Only titles whose last word is the token before `end` can match.
  const last = tokens[end - 1];
  const titles = last && end - 1 >= sentenceStart ? TITLES_BY_LAST_WORD.get(last.norm) : undefined;
  if (!titles) return null;
  for (const title of titles) {
    const start = end - title.length;
    if (start < sentenceStart) continue;
    if (title.every((w, k) => tokens[start + k]!.norm === w)) return start;
  }
  return null;
}

/**
 * Where the name starts in a run that opens with title words: "Assistant Secretary of State
 * Christopher Hill" → "Christopher Hill". The run's start when no title words open it or nothing
 * would be left.
 */
export function nameStartAfterTitles(tokens: Token[], start: number, end: number): number {
  if (coordinatedBodyName(tokens, start, end)) return start;
  let afterTitle = start;
  for (let k = start; k < end; k++) {
    const w = tokens[k]!;
    // A title comes before a name, never before a possessive: "Lord's Resistance Army" opens with a name word.
    if (tokens[k + 1]?.norm === "'s" && k + 1 < end) break;
    if (TITLE_WORDS.has(w.norm)) afterTitle = k + 1;
    // "Prime Minister-designate X", "President-elect X": the suffix belongs to the title, not the name.
    else if (k === afterTitle && k > start && w.norm === '-' && TITLE_SUFFIXES.has(tokens[k + 1]?.norm ?? '') && k + 1 < end) afterTitle = ++k + 1;
    else if (!(k > start && LEXICON.nameConnectors.has(w.norm) && !particleSpan(tokens, k, end))) break;
  }
  const titled = tokens.slice(start, afterTitle).some((w) => CORE_TITLE_WORDS.has(w.norm));
  return titled && afterTitle < end ? afterTitle : start;
}

/**
 * "Justice and Equality Movement": a title word coordinated by "and" with a word that is no title, in a
 * run ending with an organisation word, is a word of the body's name, not a person's title.
 */
export function coordinatedBodyName(tokens: Token[], start: number, end: number): boolean {
  if (end - start < 3 || !isBodyWord(tokens[end - 1]!)) return false;
  for (let k = start + 1; k < end - 1; k++) {
    if (tokens[k]!.norm === 'and' && TITLE_WORDS.has(tokens[k - 1]!.norm) && !TITLE_WORDS.has(tokens[k + 1]!.norm)) return true;
  }
  return false;
}

/** "Deputy Secretary", "the Foreign Minister": a run of title words only names a role, nobody by name. */
export function isTitleOnly(tokens: Token[], start: number, end: number): boolean {
  const words = tokens.slice(start, end);
  return words.every((w) => TITLE_WORDS.has(w.norm) || LEXICON.nameConnectors.has(w.norm)) && words.some((w) => CORE_TITLE_WORDS.has(w.norm));
}

/** The token of [start, end) whose head lies outside it: the phrase's link to the sentence. */
export function phraseHead(tokens: Token[], start: number, end: number): Token | undefined {
  for (let k = end - 1; k >= start; k--) {
    const h = tokens[k]!.head;
    if (h === undefined) return undefined;
    if (h < start || h >= end) return tokens[k];
  }
  return undefined;
}

/** Words a title may carry after a hyphen and still be the title: "prime minister-designate", "president-elect". */
const TITLE_SUFFIXES = new Set(['designate', 'elect']);

/** "deputy prime minister-designate Arthur Mutambara": the title before "-designate" ending at `end`. */
export function suffixedTitleBefore(tokens: Token[], end: number, sentenceStart: number): number | null {
  if (!TITLE_SUFFIXES.has(tokens[end - 1]?.norm ?? '') || tokens[end - 2]?.norm !== '-' || end - 2 <= sentenceStart) return null;
  return titleBefore(tokens, end - 2, sentenceStart);
}

/**
 * "delegation head Chun Yung-woo", "security researcher Charles Nasibu": a lowercase noun that
 * describes persons right before a capitalised run; the token where it stands, or null.
 */
export function descriptionBefore(tokens: Token[], start: number, sentenceStart: number): number | null {
  const d = tokens[start - 1];
  if (!d || start - 1 < sentenceStart || wordClass(d) !== 'NOUN' || !/^\p{Ll}/u.test(d.text)) return null;
  return LEXICON.personDescriptors.has(d.norm) || LEXICON.personDescriptors.has(d.lemma) ? start - 1 : null;
}

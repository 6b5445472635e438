// Names in the argument positions of a relation verb, read from the dependency tree: the verb's
// object ("Cuba released Alan Gross", "freed the American contractor Alan Gross"), the subject or
// agent of its passive ("Mauro Tello Quinones was kidnapped", "accused by Luis Ortega"), an oblique
// after a preposition that is not a place's ("talks with Aslan Maskhadov"), the noun a relative
// clause on it hangs on ("Luis Ortega, who accused ..."), the "of"/"by" attachment of the verb used
// as a noun ("the arrest of Omar Haddad"), or a conjunct of a person the document already names
// ("Hugo Chavez and Evo Morales").
import { LEXICON } from '../lexicon';
import { ROLE_FRAMES } from '../relations/roleFrames';
import type { Token } from '../types';
import { ACTOR_WORDS } from './actorWords';
import { isCapitalized, type DiscoveryState } from './discoveryState';
import { coordinatedBodyName, particleSpan, phraseHead, TITLE_WORDS } from './nameParts';
import { wordClass } from '../wordClass';

// 'nmod' on a verb is the parser's oblique now and then ("met with Alan Gross"), 'appos' its object
// ("Cuba freed Alan Gross" with the name hung on the verb); 'obl:agent' is the doer of a passive.
const ARGUMENT_DEPS: ReadonlySet<string> = new Set(['obj', 'iobj', 'nsubj:pass', 'obl', 'nmod', 'appos', 'obl:agent']);
const MAX_CONJUNCTS = 6;

/** The preposition a token takes ("with" in "with Aslan Maskhadov"), if any. */
function caseMarker(tokens: Token[], index: number): Token | undefined {
  for (let k = index - 1; k >= 0 && index - k <= 4; k--) {
    const w = tokens[k]!;
    if (w.head === index && w.dep === 'case') return w;
  }
  return undefined;
}

/** The verb and link word when the token is an argument of a relation verb; null otherwise. */
function verbArgument(s: DiscoveryState, index: number): string | null {
  const t = s.tokens[index]!;
  if (!t.dep || !ARGUMENT_DEPS.has(t.dep) || t.head === undefined || t.head < 0) return null;
  const verb = s.tokens[t.head]!;
  if (wordClass(verb) === 'NOUN' && t.dep === 'nmod') return nominalArgument(s, index, verb);
  if (wordClass(verb) !== 'VERB' || !s.actsInRelations(verb.lemma)) return null;
  // An agent with no "by" is the parser's misreading of an object ("troops shelled Kyauk Phyu").
  const agent = t.dep === 'obl:agent' && caseMarker(s.tokens, index)?.norm === 'by';
  // "shelled El Fasher", "Bakhmut was stormed": such a verb's object is as often a place as a person.
  if (!agent && t.dep !== 'obl' && t.dep !== 'nmod' && ACTOR_WORDS.placeObjectVerbs.has(verb.lemma)) return null;
  if (t.dep === 'obl:agent') return `agent of "${verb.text}"`;
  if (t.dep !== 'obl' && t.dep !== 'nmod') return `${t.dep === 'nsubj:pass' ? 'passive subject' : 'object'} of "${verb.text}"`;
  // An oblique needs its preposition, and not one that places the event ("in Baghdad").
  const marker = caseMarker(s.tokens, index);
  if (!marker || LEXICON.locativePrepositions.has(marker.norm)) return null;
  return `named after "${verb.text} ${marker.text}"`;
}

/** "the arrest of Omar Haddad", "the arrest by Alan Gross": the "of" or "by" attachment of a relation verb used as a noun. */
function nominalArgument(s: DiscoveryState, index: number, noun: Token): string | null {
  const marker = caseMarker(s.tokens, index);
  if (!marker || (marker.norm !== 'of' && marker.norm !== 'by') || !s.actsInRelations(noun.lemma)) return null;
  return `named after "${noun.text} ${marker.text}"`;
}

/**
 * Why the name [start, end) stands where a relation verb takes its actors, or null: an argument of
 * such a verb, or a conjunct of a person the document names or of such an argument.
 */
export function argumentRole(s: DiscoveryState, start: number, end: number): string | null {
  const { tokens } = s;
  // Persons take no article: "the West Bank", "the Gaza Strip" are places.
  if (wordClass(tokens[start - 1]) === 'DET') return null;
  if (tokens.slice(start, end).some((w) => ACTOR_WORDS.placeNameWords.has(w.norm)) || placesOf(s).has(s.slice(start, end))) return null;
  const head = phraseHead(tokens, start, end);
  if (!head) return null;
  let index = tokens.indexOf(head, start);
  for (let hops = 0; tokens[index]!.dep === 'conj' && hops < MAX_CONJUNCTS; hops++) {
    const first = tokens[index]!.head;
    if (first === undefined || first < 0) return null;
    const person = s.covered[first];
    if (person && s.kindOf(person.actorId) === 'person') return `named beside ${person.surface}`;
    index = first;
  }
  // "the American contractor Alan Gross": a name in apposition stands where its noun stands.
  const noun = tokens[index]!.dep === 'appos' ? tokens[index]!.head : undefined;
  const described = noun !== undefined && noun >= 0 && wordClass(tokens[noun]!) === 'NOUN' ? verbArgument(s, noun) : null;
  return verbArgument(s, index) ?? described ?? relativeSubject(s, index);
}

/** "Luis Ortega, who accused the president": the name a relative clause on a relation verb hangs on is its subject. */
function relativeSubject(s: DiscoveryState, index: number): string | null {
  const { tokens } = s;
  for (let k = index + 1; k < tokens.length && k - index <= 12 && tokens[k]!.sentence === tokens[index]!.sentence; k++) {
    const verb = tokens[k]!;
    if (verb.head !== index || verb.dep !== 'acl:relcl' || wordClass(verb) !== 'VERB' || !s.actsInRelations(verb.lemma)) continue;
    for (let j = index + 1; j < k; j++) {
      const w = tokens[j]!;
      if (w.head === k && w.dep === 'nsubj' && ROLE_FRAMES.relativePronouns.has(w.norm)) return `subject of "${w.text} ${verb.text}"`;
    }
  }
  return null;
}

const placeNames = new WeakMap<DiscoveryState, Set<string>>();

/**
 * Capitalised phrases the document uses as places, read once per document: each run of up to five
 * capitalised words after a locative preposition ("in Harf Sufyan", "near Nagorno Karabakh", particles
 * inside it too: "inside Nahr el-Bared"), with its shorter openings.
 */
function placesOf(s: DiscoveryState): Set<string> {
  const seen = placeNames.get(s);
  if (seen) return seen;
  const { tokens } = s;
  const places = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!LEXICON.locativePrepositions.has(tokens[i]!.norm)) continue;
    const sentenceEnd = s.sentenceBounds(i)[1];
    for (let k = i + 1; k < sentenceEnd && k - i <= 7; k++) {
      // "inside Nahr el-Bared": particles inside a place's name lead on to its next word.
      if (k > i + 1) k += particleSpan(tokens, k, sentenceEnd);
      if (!isCapitalized(tokens[k]!)) break;
      places.add(s.slice(i + 1, k + 1));
    }
  }
  placeNames.set(s, places);
  return places;
}

/**
 * Where the name proper starts after the first block of title words inside a run: "Chechen President
 * Aslan Maskhadov" → "Aslan Maskhadov"; a title word later in the name stays ("Hassan Sheikh Mohamud").
 */
export function afterInnerTitle(tokens: Token[], start: number, end: number): number {
  if (coordinatedBodyName(tokens, start, end)) return start;
  let k = start;
  while (k < end && !TITLE_WORDS.has(tokens[k]!.norm)) k++;
  const titleStart = k;
  // "William Ruto and President Hassan Sheikh Mohamud": a connector before the title joins two names.
  if (tokens.slice(start, titleStart).some((w) => w.norm === 'and')) return start;
  while (k < end && TITLE_WORDS.has(tokens[k]!.norm)) k++;
  if (tokens.slice(titleStart, k).every((w) => ACTOR_WORDS.titlesInsideNames.has(w.norm))) return start;
  return k < end ? k : start;
}

import type { CueMatch } from './assignRoles';
import type { TargetRule } from '../domain/relationOntology';
import type { DependencyTree } from './relations/dependencyTree';
import type { Ontology } from './ontology';
import { adjectiveNounBeforeCase } from './relations/nominalRepairs';
import { ROLE_FRAMES } from './relations/roleFrames';
import type { Mention, Sentence, Token } from './types';
import { objectPhraseEnd } from './objectPhrase';
import { irregularLemma, prefixedIrregularLemma } from './verbForms';
import { transferCues } from './transferCues';
import { weaponFireCues } from './weaponCues';

const VERB_POS = new Set(['VERB', 'AUX']);
const NOUN_POS = new Set(['NOUN', 'PROPN']);

/**
 * "Araghchi contacts Witkoff", "The United Nations mediated between...": a cue the tagger read as a
 * noun or adjective, right after a name and before a noun phrase or preposition, reads as a verb.
 */
function verbMistagged(tokens: Token[], i: number, sentence: Sentence): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || i - 1 < sentence.firstToken || i + 1 >= sentence.endToken || prev.pos !== 'PROPN') return false;
  const t = tokens[i]!;
  // "an al-Shabab attack that killed ...": a determiner of its own says it is a noun.
  if (hasDeterminer(tokens, i, sentence)) return false;
  if (t.pos === 'NOUN') return next.pos === 'PROPN' || next.pos === 'DET' || next.pos === 'PRON';
  if (t.pos === 'ADJ' && /ed$/.test(t.norm)) return next.pos === 'PROPN' || next.pos === 'DET' || next.pos === 'ADP' || next.pos === 'PRON';
  return false;
}

function hasDeterminer(tokens: Token[], i: number, sentence: Sentence): boolean {
  for (let k = sentence.firstToken; k < i; k++) if (tokens[k]!.head === i && tokens[k]!.dep === 'det') return true;
  return false;
}

/**
 * "Qatar, which has mediated between ...": the parse gives the word a subject of its own, so it is a
 * verb whatever its tag; so does an object of its own with no determiner ("Each accused the other").
 */
function verbInTree(tokens: Token[], i: number, sentence: Sentence): boolean {
  let subject = false;
  let object = false;
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const t = tokens[k]!;
    // "The base was under attack": a nominal predicate behind a preposition has a subject too.
    if (t.head === i && t.dep === 'case' && k < i) return false;
    // "These were the first trade talks": a nominal predicate has its subject through a copula.
    if (t.head === i && t.dep === 'cop') return false;
    if (t.head === i && (t.dep === 'nsubj' || t.dep === 'nsubj:pass' || t.dep === 'aux' || t.dep === 'aux:pass')) subject = true;
    if (t.head === i && t.dep === 'obj' && k > i) object = true;
  }
  return subject || (object && !hasDeterminer(tokens, i, sentence));
}

/** "talks mediated by Kenya": a participle on a noun with a "by" agent in the tree, whatever its tag. */
function agentParticiple(tokens: Token[], i: number, sentence: Sentence): boolean {
  const t = tokens[i]!;
  if (!/(ed|en)$/.test(t.norm) || (t.dep !== 'acl' && t.dep !== 'amod')) return false;
  for (let k = i + 1; k < sentence.endToken; k++) {
    const w = tokens[k]!;
    if (w.head === i && w.dep === 'obl:agent') return true;
  }
  return false;
}

/** "Qatar-mediated talks": a participle hyphenated to its agent, whatever its tag. */
function hyphenatedParticiple(tokens: Token[], i: number, sentence: Sentence): boolean {
  return i - 2 >= sentence.firstToken && tokens[i - 1]!.text === '-' && /ed$/.test(tokens[i]!.norm) && tokens[i]!.dep === 'amod';
}

const NOMINAL_DEPS = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj', 'obl']);

/**
 * "Israel's subsequent offensive has killed ...": a word the tagger calls an adjective that the parse
 * uses as a subject or object, or that heads a phrase before a preposition ("an offensive against X").
 */
function nounInTree(tokens: Token[], i: number, sentence: Sentence): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'ADJ') return false;
  if (t.dep !== undefined && NOMINAL_DEPS.has(t.dep)) return true;
  const dependentsOf = (n: number) => tokens.slice(sentence.firstToken, sentence.endToken).flatMap((w, k) => (w.head === n ? [sentence.firstToken + k] : []));
  // "stepped up their offensive": no adjective takes a possessor of its own.
  if (dependentsOf(i).some((c) => c < i && tokens[c]!.dep === 'nmod:poss')) return true;
  return adjectiveNounBeforeCase(tokens, i, dependentsOf) >= 0;
}

/** Endings stripped (and what replaces them) to guess the lemma of a form the lemmatiser missed ("texted", "menaced"). */
const SUFFIX_GUESSES: readonly (readonly [suffix: string, replacement: string])[] = [['ied', 'y'], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['es', ''], ['s', '']];

/**
 * The guesses of `t`'s lemma that `known` accepts, best first: its lemma, its form, a prefixed
 * irregular verb's lemma, then forms without an ending. All of them, not the first: "armed" opens
 * the phrase "armed attack" as itself, and is the verb "arm" when no such phrase follows.
 */
function knownLemmas(t: Token, known: (lemma: string) => boolean): readonly string[] {
  let out: string[] | undefined;
  const add = (lemma: string) => {
    if (!known(lemma)) return;
    if (!out) out = [lemma];
    else if (!out.includes(lemma)) out.push(lemma);
  };
  add(t.lemma);
  if (t.norm !== t.lemma) add(t.norm);
  // "killings", "shellings": a plural gerund noun is its verb's noun, as the singular is read.
  if (t.pos === 'NOUN' && t.norm.endsWith('ings') && t.norm.length > 6) {
    add(t.norm.slice(0, -4));
    add(`${t.norm.slice(0, -4)}e`);
  }
  // "retook", "overthrew": the lemmatiser knows "took" and "threw" but not with a prefix.
  const prefixed = t.lemma === t.norm ? prefixedIrregularLemma(t.norm) : undefined;
  if (prefixed !== undefined) add(prefixed);
  // "Iran shot down a drone" with "shot" tagged a noun: an irregular form the lemmatiser left alone is its verb's.
  const irregular = t.lemma === t.norm ? irregularLemma(t.norm) : undefined;
  if (irregular !== undefined) add(irregular);
  // Guessed from the ending where the lemmatiser left the form alone or its reading opens no cue ("texted").
  if ((t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'NOUN') && (!out || t.lemma === t.norm)) {
    for (const [suffix, repl] of SUFFIX_GUESSES) {
      if (t.norm.endsWith(suffix) && t.norm.length > suffix.length + 2) add(t.norm.slice(0, -suffix.length) + repl);
    }
  }
  return out ?? NO_LEMMAS;
}

const NO_LEMMAS: readonly string[] = [];

/**
 * "joint U.S. and Iraqi efforts" for "joint effort": a two-word phrase of a modifier and its noun, the
 * noun's own modifiers (the parties) standing between; the end of the noun phrase, or -1.
 */
/** The object of a phrase opener the parser read as a verb ("joint" in "joint U.S. and Iraqi efforts"), or -1. */
function misreadOpenerObject(tokens: Token[], i: number, sentence: Sentence): number {
  for (let k = i + 2; k - i <= MAX_SPLIT && k < sentence.endToken; k++) if (tokens[k]!.head === i && tokens[k]!.dep === 'obj') return k;
  return -1;
}

function splitPhraseEnd(tokens: Token[], i: number, sentence: Sentence, last: string): number {
  let h = tokens[i]!.head ?? -1;
  // "joint" read as a verb taking the noun as its object: the noun is the phrase's head all the same.
  const misread = ROLE_FRAMES.nounPhraseOpeners.has(tokens[i]!.norm) ? misreadOpenerObject(tokens, i, sentence) : -1;
  if (misread > 0) h = misread;
  else if (!SPLIT_MODIFIER_DEPS.has(tokens[i]!.dep ?? '')) return -1;
  if (h <= i + 1 || h - i > MAX_SPLIT || h >= sentence.endToken) return -1;
  if (tokens[h]!.lemma !== last && tokens[h]!.norm !== last) return -1;
  for (let k = i + 1; k < h; k++) {
    const head = tokens[k]!.head ?? -1;
    if (head <= i || head > h) return -1;
  }
  return h + 1;
}

const MAX_SPLIT = 6;
// "joint naval exercises" may come with "joint" read as an adverb on the noun.
const SPLIT_MODIFIER_DEPS = new Set(['amod', 'advmod', 'compound']);

/** A cue found in a sentence, with what its relation declares its target must be. */
export interface FoundCue extends CueMatch {
  rule?: TargetRule;
  /** A cue generated from WordNet, not listed by hand. */
  generated?: boolean;
}

/** Relation cues in one sentence, longest first, never inside an actor mention. */
/** "a cessation of hostilities": the act noun at i names what stops, not an act done. */
function ceasedAct(tokens: Token[], i: number, sentence: Sentence): boolean {
  let j = i - 1;
  if (j > sentence.firstToken && tokens[j]!.pos === 'DET') j--;
  return j > sentence.firstToken && tokens[j]!.norm === 'of' && ROLE_FRAMES.ceasedActNouns.has(tokens[j - 1]!.lemma);
}

/** `tree`: the sentence's tree when built already (DependencyTree.of), read by the weapon and transfer cues instead of building it again. */
export function findCues(tokens: Token[], sentence: Sentence, mentions: Mention[], ontology: Ontology, tree?: DependencyTree | null): FoundCue[] {
  const cues: FoundCue[] = [];
  const covered = new Set<number>();
  for (const m of mentions) if (m.sentence === sentence.index) for (let i = m.tokenStart; i < m.tokenEnd; i++) covered.add(i);
  const opensCue = (lemma: string) => ontology.cuesByFirstLemma.has(lemma);
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    if (covered.has(i)) continue;
    const t = tokens[i]!;
    const guesses = knownLemmas(t, opensCue);
    const candidates = guesses.length === 0 ? [] : guesses.flatMap((lemma) => ontology.cuesByFirstLemma.get(lemma)!.map((c) => [lemma, c] as const));
    for (const [firstLemma, c] of candidates) {
      const n = c.lemmas.length;
      if (i + n > sentence.endToken) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const w = tokens[i + k]!;
        ok = !covered.has(i + k) && (k === 0 ? firstLemma === c.lemmas[0] || w.norm === c.lemmas[0] : w.lemma === c.lemmas[k] || w.norm === c.lemmas[k]);
      }
      const split = !ok && n === 2 && c.kind === 'phrase' ? splitPhraseEnd(tokens, i, sentence, c.lemmas[1]!) : -1;
      if (split > 0) {
        cues.push({ relation: c.relation, cameo: c.cameo, kind: 'noun', tokenStart: i, tokenEnd: split, mutual: c.mutual, ...c.traits, ...(c.rule ? { rule: c.rule } : {}) });
        for (let k = i; k < split; k++) covered.add(k);
        i = split - 1;
        break;
      }
      // "declared a unilateral ceasefire" for "declare a ceasefire": the object's own modifiers between.
      const objectEnd = !ok && c.kind === 'phrase' ? objectPhraseEnd(tokens, i, sentence, c.lemmas, covered) : -1;
      if (!ok && objectEnd < 0) continue;
      const end = objectEnd > 0 ? objectEnd : i + n;
      if ((c.kind === 'verb' || c.generated) && !VERB_POS.has(t.pos) && !verbMistagged(tokens, i, sentence) && !verbInTree(tokens, i, sentence) && !hyphenatedParticiple(tokens, i, sentence) && !agentParticiple(tokens, i, sentence)) continue;
      if (c.nominal && n > 1 && tokens.slice(i, i + n).some((w) => VERB_POS.has(w.pos))) continue;
      if (c.kind === 'noun' && !NOUN_POS.has(t.pos) && !nounInTree(tokens, i, sentence)) continue;
      // "last March", "Venezuela's March protest": a capitalised time word is a month or a day, no event noun.
      if (c.kind === 'noun' && ROLE_FRAMES.timeNouns.has(t.norm) && /^\p{Lu}/u.test(t.text)) continue;
      if (c.kind !== 'verb' && ceasedAct(tokens, i, sentence)) continue;
      // A phrase headed by a noun ("threats to use military force") takes nominal roles.
      // A phrase headed by a verb, or holding one after a non-noun ("ready to help"), takes verbal roles.
      const words = tokens.slice(i, end);
      const verbal = VERB_POS.has(t.pos) || (!NOUN_POS.has(t.pos) && words.some((w) => w.pos === 'VERB')) || (firstLemma !== t.lemma && verbInTree(tokens, i, sentence));
      const kind = c.kind === 'phrase' ? (verbal ? 'verb' : 'noun') : c.kind;
      cues.push({ relation: c.relation, cameo: c.cameo, kind, tokenStart: i, tokenEnd: end, mutual: c.mutual, ...(c.planned ? { planned: true } : {}), ...c.traits, ...(c.rule ? { rule: c.rule } : {}), ...(c.rule?.aimed ? { aimed: true } : {}), ...(c.generated ? { generated: true } : {}) });
      for (let k = i; k < end; k++) covered.add(k);
      i = end - 1;
      break;
    }
  }
  // "fired rockets at X": a verb sending a weapon, which no cue list can name alone.
  cues.push(...weaponFireCues(tokens, sentence, covered, ontology, tree));
  // "sent humanitarian supplies to X": a verb of sending whose object is goods, arms or money.
  cues.push(...transferCues(tokens, sentence, covered, ontology, tree));
  return cues;
}

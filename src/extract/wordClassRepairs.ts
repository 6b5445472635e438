// Word classes where wink-nlp's tag (token.pos, which the mention and cue stages read) cannot be right
// and our tagger's (token.upos) is: a sentence's first word capitalised only for opening it ("Talks
// between A and B resumed", wink: a name), and a verb's -s form after a preposition, a determiner or
// a participle ("despite calls by X", "rejecting calls by X", wink: a verb), and a gerund with a noun's
// modifier or an "of" phrase ("Pakistani shelling of Indian villages"). Contexts: data/wordClassRepairs.json.
import repairs from '../../data/wordClassRepairs.json';
import { ROLE_FRAMES } from './relations/roleFrames';
import { commonNounReading } from './tokenize';
import type { Sentence, Token } from './types';

const AFTER_CLASSES = new Set(repairs.nounAfter.classes);
const AFTER_WORDS = new Set(repairs.nounAfter.words);
const NOT_AFTER = new Set(repairs.nounAfter.notWords);
const GERUND_BEFORE = new Set(repairs.gerundNoun.before);
const OPENING_PUNCT = /^[\p{P}\p{S}]+$/u;

/** The sentence's first word, past opening quotes, brackets and bullets; -1 if none. */
function openingWord(tokens: readonly Token[], s: Sentence): number {
  for (let i = s.firstToken; i < s.endToken; i++) if (!OPENING_PUNCT.test(tokens[i]!.text)) return i;
  return -1;
}

/** "Talks between A and B resumed": a capitalised opening word both readers take for a common noun once its capital is set aside. */
function repairOpening(tokens: Token[], s: Sentence): void {
  const i = openingWord(tokens, s);
  if (i < 0) return;
  const t = tokens[i]!;
  if (t.pos !== 'PROPN' || t.upos !== 'NOUN' || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return;
  // "Polish farmers", "Sudanese rebels": a capitalised word before a noun may be a demonym or a name's first word.
  const next = tokens[i + 1];
  if (next && i + 1 < s.endToken && (next.pos === 'NOUN' || next.pos === 'PROPN')) return;
  const common = commonNounReading(t.norm);
  // "Fighters backing X ...", "Troops said ...": nouns standing for actors keep the reading the mention stage was built on.
  if (!common || ROLE_FRAMES.standInNouns.has(t.norm) || ROLE_FRAMES.standInNouns.has(common)) return;
  t.pos = 'NOUN';
  t.lemma = common;
}

/** A word after which an -s form is a plural noun, not a finite verb. */
function nounBefore(t: Token): boolean {
  if (NOT_AFTER.has(t.norm)) return false;
  if (AFTER_CLASSES.has(t.pos) || AFTER_WORDS.has(t.norm)) return true;
  return t.pos === 'VERB' && repairs.nounAfter.verbEndings.some((e) => t.norm.endsWith(e));
}

/** "the heavy shelling", "shelling of Indian villages": an -ing form our tagger reads as a noun, with a noun's modifier before it or "of" after it. */
function gerundNoun(tokens: readonly Token[], i: number, s: Sentence): boolean {
  const prev = i > s.firstToken ? tokens[i - 1]! : undefined;
  const next = i + 1 < s.endToken ? tokens[i + 1]! : undefined;
  // Not after a preposition: "accused X of shelling" takes a gerund clause.
  return (next !== undefined && GERUND_BEFORE.has(next.norm)) || (prev !== undefined && prev.pos !== 'VERB' && prev.pos !== 'ADP' && nounBefore(prev));
}

/** "despite calls by X", "Pakistani shelling of X": a verb's -s or -ing form our tagger reads as a noun, where no verb can stand. */
function repairVerbalNouns(tokens: Token[], s: Sentence): void {
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || t.upos !== 'NOUN') continue;
    if (i > s.firstToken && t.norm.endsWith('s') && t.norm !== t.lemma && nounBefore(tokens[i - 1]!)) t.pos = 'NOUN';
    else if (t.norm.endsWith('ing') && gerundNoun(tokens, i, s)) {
      t.pos = 'NOUN';
      t.lemma = t.norm;
    }
  }
}

/** Rewrites `pos` (and an opening noun's lemma) of tagged and parsed tokens where the rules above hold. */
export function repairWordClasses(tokens: Token[], sentences: readonly Sentence[]): void {
  for (const s of sentences) {
    if (repairs.openingNoun) repairOpening(tokens, s);
    repairVerbalNouns(tokens, s);
  }
}

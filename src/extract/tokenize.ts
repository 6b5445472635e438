import winkNLP, { type ItemSentence, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { LEXICON } from './lexicon';
import type { Sentence, Token, TokenizedText } from './types';
import { fixedLemma } from './verbForms';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** Only sentence breaks and tags (with lemmas): entities, negation and sentiment are never read. */
const WINK_PIPE = ['sbd', 'pos'];

function getNlp(): Nlp {
  nlp ??= winkNLP(model, WINK_PIPE);
  return nlp;
}

const commonNouns = new Map<string, string | null>();

/** The lemma of `word` (lowercase) read alone as a common noun, or null if wink reads it as anything else. */
export function commonNounReading(word: string): string | null {
  let lemma = commonNouns.get(word);
  if (lemma === undefined) {
    const n = getNlp();
    const doc = n.readDoc(word);
    const tokens = doc.tokens();
    const pos = tokens.out(n.its.pos) as string[];
    const lemmas = tokens.out(n.its.lemma as unknown as ItsFunction<string>) as string[];
    lemma = pos.length === 1 && pos[0] === 'NOUN' ? normalizeWord(lemmas[0] ?? word) : null;
    commonNouns.set(word, lemma);
  }
  return lemma;
}

/** Plain ASCII without a backtick: nothing to fold but case. */
const PLAIN_ASCII = /^[\x00-\x5f\x61-\x7f]*$/;

export function normalizeWord(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase();
}

/** Letters without a base form in Unicode's decomposition, by the letter news writes for them. */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', Ł: 'L', ı: 'i', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T' };

/**
 * wink splits words at letters beyond Latin-1 ("Erdoğan" → erdo, g, an; "Vučić", "Nguyễn"): each
 * such letter is read as its plain letter, one for one, so offsets into the text still hold.
 */
function plainLetters(text: string): string {
  return text.replace(/[\u0100-\u024f\u1e00-\u1eff]/g, (c) => {
    const base = c.normalize('NFD')[0]!;
    return UNDECOMPOSED[c] ?? (/[A-Za-z]/.test(base) ? base : c);
  });
}

/**
 * "Adm" "." before a capitalised word: wink splits a rank abbreviation from its full stop and ends a
 * sentence there ("Adm." | "Mike Mullen met ..."). The stop joins the abbreviation as one title
 * word, and the sentence goes on. Returns whether `value` was joined.
 */
function joinsTitleAbbreviation(tokens: Token[], sentenceStart: number, value: string, start: number, next: string | undefined): boolean {
  const prev = tokens[tokens.length - 1];
  if (value !== '.' || !prev || tokens.length <= sentenceStart || prev.end !== start || !LEXICON.titleAbbreviations.has(prev.norm)) return false;
  // "joined as a Maj.": after a determiner the abbreviation is a noun that may end the sentence.
  if (tokens[tokens.length - 2]?.pos === 'DET') return false;
  if (next === undefined || !/^\p{Lu}/u.test(next.trim())) return false;
  prev.text += '.';
  prev.norm += '.';
  prev.lemma = prev.norm;
  prev.end += 1;
  return true;
}

/** A lower-case word glued to a full stop ("in.") before a quote that opens (a space before it): the stop ends the sentence. */
function endsBeforeQuote(value: string, next: string | undefined, space: string | undefined): boolean {
  return /^[a-z]{2,}\.$/.test(value) && (next === '“' || next === '"') && space !== undefined && space !== '';
}

/**
 * Tokenises, tags and splits `text` into sentences, with character offsets into `text`.
 * Line breaks always end a sentence (headlines, bullets and bylines carry no full stop).
 */
const LIST_BULLETS = new Set(['•', '◦', '▪', '‣', '·']);

export function tokenize(text: string): TokenizedText {
  const n = getNlp();
  const its = n.its;
  // Runs of 200+ non-space characters (base64, URLs gone wrong, binary) are not words and make the
  // tagger slow: blank them out. Same length, so offsets into `text` still hold.
  // (Runs are matched only where they start, so the scan stays linear in the text.)
  const readable = plainLetters(text.replace(/(?<!\S)\S{200,}/g, (run) => ' '.repeat(run.length)));
  const doc = n.readDoc(readable);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  // wink's typings declare lemma as an add-on function; at run time it is an ordinary `its` helper.
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[];
  const pos = doc.tokens().out(its.pos) as string[];

  const tokens: Token[] = [];
  let offset = 0;
  // wink's output is lossless: preceding spaces + values reproduce the text.
  const sentenceEnds = new Set<number>();
  doc.sentences().each((s: ItemSentence) => {
    const count = s.tokens().length();
    if (count > 0) sentenceEnds.add(s.tokens().itemAt(count - 1).index());
  });

  const sentences: Sentence[] = [];
  let first = 0;
  const closeSentence = (endToken: number) => {
    if (endToken <= first) return;
    // A list bullet opening a line is not part of the sentence ("• Semyvolos, director of ...").
    const a = tokens[first + (LIST_BULLETS.has(tokens[first]!.text) && endToken - first > 1 ? 1 : 0)]!;
    const b = tokens[endToken - 1]!;
    sentences.push({ index: sentences.length, start: a.start, end: b.end, firstToken: first, endToken });
    first = endToken;
  };

  for (let i = 0; i < values.length; i++) {
    const space = spaces[i] ?? '';
    if (space.includes('\n') && tokens.length > first) closeSentence(tokens.length);
    offset += space.length;
    const value = values[i]!;
    if (value.trim() === '') {
      // wink keeps line breaks as tokens; they end sentences and are not words.
      if (value.includes('\n') && tokens.length > first) closeSentence(tokens.length);
      const at = readable.indexOf(value, offset);
      offset = (at >= 0 ? at : offset) + value.length;
      if (sentenceEnds.has(i)) closeSentence(tokens.length);
      continue;
    }
    // Guard against any drift between wink's values and the source text.
    const found = readable.startsWith(value, offset) ? offset : readable.indexOf(value, offset);
    const start = found >= 0 ? found : offset;
    const end = start + value.length;
    offset = end;
    if (joinsTitleAbbreviation(tokens, first, value, start, values[i + 1])) continue;
    if (endsBeforeQuote(value, values[i + 1], spaces[i + 1])) {
      // "as troops close in. “We ...": wink reads "in." as an abbreviation; it is a word and a full stop.
      const word = value.slice(0, -1);
      tokens.push({ text: word, norm: normalizeWord(word), lemma: normalizeWord(word), pos: pos[i] ?? 'X', start, end: end - 1, sentence: sentences.length });
      tokens.push({ text: '.', norm: '.', lemma: '.', pos: 'PUNCT', start: end - 1, end, sentence: sentences.length });
      closeSentence(tokens.length);
      continue;
    }
    tokens.push({
      text: value,
      norm: normalizeWord(value),
      lemma: fixedLemma(normalizeWord(value), normalizeWord(lemmas[i] ?? value)),
      pos: pos[i] ?? 'X',
      start,
      end,
      sentence: sentences.length,
    });
    // "LIGA.net": a sentence never ends where the next word follows without a space.
    const glued = i + 1 < values.length && (spaces[i + 1] ?? '') === '' && /^[\p{L}\d]/u.test(values[i + 1] ?? '');
    if (sentenceEnds.has(i) && !glued) closeSentence(tokens.length);
  }
  closeSentence(tokens.length);
  // Sentence numbers were assigned before each sentence closed; renumber from ranges.
  for (const s of sentences) for (let i = s.firstToken; i < s.endToken; i++) tokens[i]!.sentence = s.index;
  return { tokens, sentences };
}

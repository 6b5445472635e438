import { governingPreposition } from './clauses';
import readingsData from '../../data/speechReadings.json';
import { LEXICON } from './lexicon';
import { ROLE_FRAMES } from './relations/roleFrames';
import type { Mention, Sentence, SpeechFrame, Token } from './types';

// Speech verbs that also take a plain object: "announced sanctions", "declared a ceasefire".
const REPORTING_WITH_OBJECT = new Set(['announce', 'declare', 'confirm', 'report', 'claim', 'acknowledge', 'state', 'post']);
// Words that may sit inside a speaker's noun phrase: "a spokesman for the Iranian foreign ministry".
const NOUN_PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
const NOUN_PHRASE_WORDS = new Set(["'s", "'", '-', 'its', 'his', 'her', 'their', 'of', 'for', 'at', 'in']);
const QUOTE = '"';
const POSSESSIVE = new Set(["'s", "'", '’s', '’']);
const CLAIM_NOUNS: ReadonlySet<string> = new Set(readingsData.claimFrameNouns);
// Last words of person titles ("President", "Minister"), which may stand between a preposition and a name.
const TITLE_WORDS: ReadonlySet<string> = new Set(LEXICON.personTitles.map((t) => t[t.length - 1]!));

// Verbs after which a comma and a name start the next act, not an attribution ("..., Hamas responded with rockets").
const ACTION_REPLIES = new Set(['respond', 'reply', 'remind', 'suggest']);

/** "an advisor to Yemeni President Saleh": a name whose capitalised title words follow a preposition is that preposition's object, no speaker. */
function prepositionBeforeTitle(tokens: Token[], m: Mention): boolean {
  let j = m.tokenStart - 1;
  if (j < 0 || !TITLE_WORDS.has(tokens[j]!.norm)) return false;
  while (j >= 0 && m.tokenStart - j <= 4 && tokens[j]!.sentence === m.sentence && /^[A-Z]/.test(tokens[j]!.text) && tokens[j]!.pos !== 'ADP' && !ROLE_FRAMES.timeNouns.has(tokens[j]!.norm)) j--;
  return j >= 0 && tokens[j]!.pos === 'ADP' && tokens[j]!.sentence === m.sentence;
}

/** A verb, or a past form the tagger took for an adjective ("the United States mediated between ..."). */
function verbLike(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'ADJ' && t.norm.endsWith('ed'));
}

/** Start of the noun phrase ending right before `end` ("its spokesman", "Iran's foreign ministry"). */
function nounPhraseStart(tokens: Token[], sentence: Sentence, end: number, covered: Set<number>): number {
  let j = end - 1;
  while (j >= sentence.firstToken && end - j <= 10) {
    const t = tokens[j]!;
    if (!covered.has(j) && !NOUN_PHRASE_POS.has(t.pos) && !NOUN_PHRASE_WORDS.has(t.norm)) break;
    j--;
  }
  // A phrase opens with its determiner or noun, never with a preposition.
  let start = j + 1;
  while (start < end && tokens[start]!.pos === 'ADP') start++;
  return start;
}

/**
 * What the speech verb at `i` introduces after it: "that ...", ": ...", an opening quote or a bare
 * clause ("said Russia attacked ..."). Returns the first token of what is said, or -1 when the verb
 * has nothing to report after it ("..., officials said on Tuesday.").
 */
function complementAfter(tokens: Token[], sentence: Sentence, i: number): number {
  for (let j = i + 1; j < sentence.endToken; j++) {
    const w = tokens[j]!;
    if (w.norm === ',' || w.norm === '.' || w.norm === ';') return -1;
    if (w.norm === 'that' || w.norm === ':' || w.norm === QUOTE) return j + 1;
    if (w.pos === 'VERB' || w.pos === 'AUX') return j - i <= 7 ? i + 1 : -1;
  }
  return -1;
}

/** "..., A said." and "“...,” said A.": what is said ends at the comma or quote before the attribution. */
function trailingFrame(tokens: Token[], sentence: Sentence, i: number, named: Mention[], covered: Set<number>): SpeechFrame | null {
  let q = i;
  // "Araghchi later said", "officials have said".
  while (q > sentence.firstToken && (tokens[q - 1]!.pos === 'ADV' || tokens[q - 1]!.pos === 'AUX')) q--;
  const p = nounPhraseStart(tokens, sentence, q, covered);
  let cut = p;
  while (cut > sentence.firstToken && (tokens[cut - 1]!.norm === ',' || tokens[cut - 1]!.norm === QUOTE)) cut--;
  if (cut === p) return null;
  // What is said is a clause: it has a verb of its own (not "On Sunday, Araghchi said.").
  const said = tokens.slice(sentence.firstToken, cut);
  if (!said.some(verbLike) || said.filter((t) => t.pos !== 'PUNCT').length < 3) return null;
  // The speaker is the actor the attribution names before the verb, or right after it ("said Araghchi").
  const before = named.filter((m) => m.tokenStart >= p && m.tokenEnd <= q);
  const after = p === q ? named.find((m) => m.tokenStart > i && m.tokenStart <= i + 3 && !governingPreposition(tokens, m)) : undefined;
  const speaker = before[before.length - 1] ?? after;
  return { ...(speaker ? { speaker } : {}), verb: i, start: sentence.firstToken, end: cut };
}

/**
 * "Russia, officials said, attacked Ukraine": an attribution set off by commas inside what is said.
 * The frame is the clause after it; its subject stands before the attribution.
 */
function parentheticalFrame(tokens: Token[], sentence: Sentence, i: number, named: Mention[], covered: Set<number>): SpeechFrame | null {
  let q = i;
  while (q > sentence.firstToken && (tokens[q - 1]!.pos === 'ADV' || tokens[q - 1]!.pos === 'AUX')) q--;
  const p = nounPhraseStart(tokens, sentence, q, covered);
  if (p === q || tokens[p - 1]?.norm !== ',' || p - 1 <= sentence.firstToken) return null;
  let close = i + 1;
  while (close < sentence.endToken && close - i <= 5 && tokens[close]!.norm !== ',' && tokens[close]!.pos !== 'VERB' && tokens[close]!.pos !== 'AUX') close++;
  if (tokens[close]?.norm !== ',' || close - i > 5) return null;
  const held = tokens.slice(sentence.firstToken, p - 1);
  const rest = tokens.slice(close + 1, sentence.endToken);
  if (held.some(verbLike) || !rest.some(verbLike)) return null;
  const subject = named.filter((m) => m.tokenEnd <= p - 1 && !governingPreposition(tokens, m)).pop();
  const speaker = named.filter((m) => m.tokenStart >= p && m.tokenEnd <= q).pop();
  // "On Tuesday, officials said, Russia attacked...": after a fronted phrase the clause names its own
  // subject, and the fronted date still dates it.
  if (!subject) return { ...(speaker ? { speaker } : {}), verb: i, start: sentence.firstToken, end: sentence.endToken };
  return { ...(speaker ? { speaker } : {}), verb: i, start: close + 1, end: sentence.endToken, heldSubject: subject };
}

/** "“...,” Zelensky said, “and ...”": the quote goes on after the attribution; its first token, else -1. */
function resumedQuote(tokens: Token[], sentence: Sentence, i: number): number {
  for (let j = i + 1; j < sentence.endToken - 2 && j <= i + 5; j++) {
    if (tokens[j]!.norm === ',') return tokens[j + 1]!.norm === QUOTE || tokens[j + 1]!.norm === "'" ? j + 2 : -1;
    if (verbLike(tokens[j]!)) return -1;
  }
  return -1;
}

/** "according to X, ..." and "..., according to X": X may name no actor ("according to officials"). */
function accordingFrame(tokens: Token[], sentence: Sentence, i: number, named: Mention[]): SpeechFrame | null {
  let close = i + 2;
  while (close < sentence.endToken && tokens[close]!.pos !== 'PUNCT') close++;
  if (close === i + 2) return null;
  const speaker = named.find((m) => m.tokenStart > i + 1 && m.tokenEnd <= close);
  const before = i > sentence.firstToken;
  let end = i;
  while (end > sentence.firstToken && tokens[end - 1]!.norm === ',') end--;
  const said = tokens.slice(sentence.firstToken, end);
  // "Russia, according to officials, attacked Ukraine", "On Tuesday, according to Reuters, Russia ...":
  // the clause goes on after the attribution, whose speaker stands after "to" and so is no subject.
  if (before && tokens[close]?.norm === ',' && !said.some(verbLike) && tokens.slice(close + 1, sentence.endToken).some(verbLike)) {
    return { ...(speaker ? { speaker } : {}), verb: i, start: sentence.firstToken, end: sentence.endToken };
  }
  const range = before ? { start: sentence.firstToken, end } : { start: close, end: sentence.endToken };
  return { ...(speaker ? { speaker } : {}), verb: i, ...range };
}

/**
 * "X said (that) ...": what is said follows the verb; X is the nearest free actor on the left.
 * With no actor there ("Officials said that ..."), only a verb that plainly introduces a clause frames one.
 */
function leadingFrame(tokens: Token[], sentence: Sentence, i: number, complement: number, named: Mention[]): SpeechFrame | null {
  const left = named.filter((m) => m.tokenEnd <= i && !governingPreposition(tokens, m) && !prepositionBeforeTitle(tokens, m));
  const speaker = left[left.length - 1];
  if (!speaker && complement < 0) return null;
  // Skip the speech act's own adjuncts up to "that", a comma or an opening quote.
  let start = Math.max(complement, i + 1);
  for (let j = i + 1; j < Math.min(sentence.endToken, i + 8); j++) {
    const w = tokens[j]!;
    if (w.norm === 'that' || w.norm === ',' || w.norm === QUOTE || w.norm === ':') {
      start = j + 1;
      break;
    }
    if (w.pos === 'VERB' || w.pos === 'AUX') break;
  }
  // "X said that ..., and accused Y": the second verb is X's own, outside what X said.
  let end = sentence.endToken;
  for (let j = start; j < sentence.endToken - 2; j++) {
    const v = tokens[j + 2]!;
    if (tokens[j]!.norm === ',' && tokens[j + 1]!.norm === 'and' && v.pos === 'VERB' && v.norm !== v.lemma && !v.norm.endsWith('ing')) {
      end = j;
      break;
    }
  }
  return { ...(speaker ? { speaker } : {}), verb: i, start, end };
}

/**
 * "Indian claims that Pakistani troops shelled ...", "India's allegation that ...": what the claim
 * says, with the claim's owner (a name or demonym right before it) as speaker; its verb is the noun.
 */
function claimFrame(tokens: Token[], sentence: Sentence, i: number, named: Mention[]): SpeechFrame | null {
  if (tokens[i + 1]?.norm !== 'that' || i + 2 >= sentence.endToken) return null;
  let end = i;
  while (end > sentence.firstToken && tokens[end - 1]!.pos === 'ADJ' && i - end < 2) end--;
  const owner = named.find((m) => m.tokenEnd === end || (m.tokenEnd + 1 === end && POSSESSIVE.has(tokens[m.tokenEnd]!.norm)));
  return owner ? { speaker: owner, verb: i, start: i + 2, end: sentence.endToken } : null;
}

/**
 * Reported speech in one sentence: "X said (that) ...", "..., X said.", "..., officials said.",
 * "“...,” said X.", "according to X, ...", "X's claims that ...". A frame names its speaker only when
 * the text names an actor; `demonyms` the mention finder kept out may own a claim.
 */
export function findSpeechFrames(tokens: Token[], sentence: Sentence, mentions: Mention[], demonyms: readonly Mention[] = []): SpeechFrame[] {
  const frames: SpeechFrame[] = [];
  const named = mentions.filter((m) => m.sentence === sentence.index && m.modifierOf === undefined);
  // A claim's owner may be a demonym the mention finder kept out ("Indian claims that ...").
  const owners = [...mentions, ...demonyms].filter((m) => m.sentence === sentence.index);
  const covered = new Set<number>();
  for (const m of mentions) if (m.sentence === sentence.index) for (let k = m.tokenStart; k < m.tokenEnd; k++) covered.add(k);
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const t = tokens[i]!;
    if (t.norm === 'according' && tokens[i + 1]?.norm === 'to') {
      const frame = accordingFrame(tokens, sentence, i, named);
      if (frame) frames.push(frame);
      continue;
    }
    if (t.pos === 'NOUN' && CLAIM_NOUNS.has(t.lemma)) {
      const frame = claimFrame(tokens, sentence, i, owners);
      if (frame) frames.push(frame);
      continue;
    }
    if (!LEXICON.speechVerbs.has(t.lemma) || (t.pos !== 'VERB' && t.pos !== 'AUX')) continue;
    // "attacks claimed by Islamist insurgents": a passive participle with its agent reports nothing.
    if (tokens[i + 1]?.norm === 'by' && t.norm !== t.lemma) continue;
    const complement = complementAfter(tokens, sentence, i);
    if (complement < 0 && !ACTION_REPLIES.has(t.lemma)) {
      const frame = trailingFrame(tokens, sentence, i, named, covered) ?? parentheticalFrame(tokens, sentence, i, named, covered);
      if (frame) {
        frames.push(frame);
        const resumed = resumedQuote(tokens, sentence, i);
        if (resumed >= 0 && !frame.heldSubject) frames.push({ ...frame, start: resumed, end: sentence.endToken });
        continue;
      }
    }
    // "announced sanctions", "wrote to Ukraine": an object, not reported speech, unless "that" follows
    // ("confirmed to al-Jazeera that ...").
    const next = tokens[i + 1];
    const afterNext = tokens[i + 2];
    const marked = complement > i + 1 && ['that', ':', QUOTE].includes(tokens[complement - 1]!.norm);
    if (next && next.sentence === t.sentence && !marked) {
      if (next.norm === 'to' && afterNext && afterNext.pos !== 'VERB') continue;
      if (REPORTING_WITH_OBJECT.has(t.lemma) && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'NUM' || next.pos === 'DET')) continue;
    }
    const rest = tokens.slice(i + 1, sentence.endToken).filter((w) => w.pos !== 'PUNCT');
    const frame = rest.length > 1 ? leadingFrame(tokens, sentence, i, complement, named) : null;
    if (frame) frames.push(frame);
  }
  return frames;
}

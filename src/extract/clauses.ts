import { LEXICON } from './lexicon';
import type { Mention, Sentence, Token } from './types';

export interface SpeechFrame {
  speaker: Mention;
  /** Token range of what is reported [start, end). */
  start: number;
  end: number;
  /** Token index of the speech verb, or of "according". */
  verb: number;
}

/** True when a mention stands after a preposition ("with Iran", "by Trump"), so it is no subject. */
export function governingPreposition(tokens: Token[], m: Mention): Token | undefined {
  let j = m.tokenStart - 1;
  while (j >= 0 && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ')) j--;
  const t = tokens[j];
  if (t?.norm === 'as' && tokens[j - 1]?.norm === 'well') return undefined; // "as well as" coordinates
  // "officials from Russia", "ships of the China Coast Guard": the actor behind the noun.
  const before = tokens[j - 1];
  if ((t?.norm === 'from' || t?.norm === 'of') && before && (LEXICON.governmentNouns.has(before.norm) || LEXICON.targetNouns.has(before.norm))) return undefined;
  return t && t.sentence === m.sentence && t.pos === 'ADP' ? t : undefined;
}

function isBoundary(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.norm === 'that' && (tokens[i - 1]?.norm === 'and' || tokens[i - 1]?.norm === ',')) return true;
  // "an attack that killed...": a relative clause after a noun.
  if (t.norm === 'that' && tokens[i - 1]?.pos === 'NOUN' && tokens[i + 1]?.pos === 'VERB') return true;
  if (!LEXICON.clauseBoundaries.has(t.norm)) return false;
  if (t.norm === 'as') {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    return prev?.norm === 'even' || prev?.norm === ',' || next?.pos === 'PROPN' || next?.pos === 'PRON';
  }
  return true;
}

const SUBORDINATORS = new Set(['if', 'unless', 'when', 'while', 'although', 'though', 'because', 'after', 'before', 'once', 'which', 'who']);

/** A comma closing a fronted subordinate or relative clause ("If talks fail, Russia could..."). */
function closesSubordinate(tokens: Token[], comma: number, start: number): boolean {
  for (let j = comma - 1; j >= start && comma - j <= 12; j--) {
    const t = tokens[j]!;
    if (SUBORDINATORS.has(t.norm)) return j === start || tokens[j - 1]?.norm === ',' || tokens[j - 1]?.sentence !== t.sentence;
    if (t.norm === ',') return false;
  }
  return false;
}

/** Clause around token `i`: bounded by clause-opening words and by the edges of reported speech. */
export function clauseAround(tokens: Token[], sentence: Sentence, i: number, frames: SpeechFrame[]): { start: number; end: number } {
  let start = sentence.firstToken;
  let end = sentence.endToken;
  for (const f of frames) {
    if (i >= f.start && i < f.end) {
      start = Math.max(start, f.start);
      end = Math.min(end, f.end);
    } else if (i < f.start && f.start >= start) end = Math.min(end, f.start);
    else if (i >= f.end && f.end <= i) start = Math.max(start, f.end);
  }
  for (let j = i - 1; j >= start; j--) {
    if (tokens[j]!.norm === ',' && closesSubordinate(tokens, j, start)) {
      start = j + 1;
      break;
    }
    if (isBoundary(tokens, j)) {
      start = j;
      break;
    }
  }
  const relative = tokens[start]?.norm === 'which' || tokens[start]?.norm === 'who' || (tokens[start]?.norm === 'that' && tokens[start - 1]?.pos === 'NOUN');
  for (let j = i + 1; j < end; j++) {
    // A relative clause ends at its closing comma: "Qatar, which mediates..., hosted the talks".
    if (isBoundary(tokens, j) || (relative && tokens[j]!.norm === ',')) {
      end = j;
      break;
    }
  }
  return { start, end };
}

// Speech verbs that also take a plain object: "announced sanctions", "declared a ceasefire".
const REPORTING_WITH_OBJECT = new Set(['announce', 'declare', 'confirm', 'report', 'claim', 'acknowledge', 'state', 'post']);

/**
 * Reported speech in one sentence: "X said (that) ...", "..., X said.", "according to X, ...".
 */
export function findSpeechFrames(tokens: Token[], sentence: Sentence, mentions: Mention[]): SpeechFrame[] {
  const frames: SpeechFrame[] = [];
  const inSentence = mentions.filter((m) => m.sentence === sentence.index && m.modifierOf === undefined);
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const t = tokens[i]!;
    if (t.norm === 'according' && tokens[i + 1]?.norm === 'to') {
      const speaker = inSentence.find((m) => m.tokenStart > i + 1 && m.tokenStart <= i + 6);
      if (!speaker) continue;
      let after = speaker.tokenEnd;
      while (after < sentence.endToken && tokens[after]!.pos !== 'PUNCT') after++;
      const before = i > sentence.firstToken;
      frames.push({ speaker, verb: i, start: before ? sentence.firstToken : after, end: before ? i : sentence.endToken });
      continue;
    }
    if (!LEXICON.speechVerbs.has(t.lemma) || (t.pos !== 'VERB' && t.pos !== 'AUX')) continue;
    // "announced sanctions", "wrote to Ukraine": an object, not reported speech.
    const next = tokens[i + 1];
    const afterNext = tokens[i + 2];
    if (next && next.sentence === t.sentence) {
      if (next.norm === 'to' && afterNext && afterNext.pos !== 'VERB') continue;
      if (REPORTING_WITH_OBJECT.has(t.lemma) && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'NUM' || next.pos === 'DET')) continue;
    }
    const left = inSentence.filter((m) => m.tokenEnd <= i && !governingPreposition(tokens, m));
    const speakerLeft = left[left.length - 1];
    const rest = tokens.slice(i + 1, sentence.endToken).filter((w) => w.pos !== 'PUNCT');
    if (speakerLeft && rest.length > 1) {
      let start = i + 1;
      // Skip the speech act's own adjuncts up to "that", a comma or an opening quote.
      for (let j = i + 1; j < Math.min(sentence.endToken, i + 8); j++) {
        const w = tokens[j]!;
        if (w.norm === 'that' || w.norm === ',' || w.norm === '"' || w.norm === ':') {
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
      frames.push({ speaker: speakerLeft, verb: i, start, end });
    } else {
      // "“...,” the official said." or "..., Araghchi said."
      const speaker = inSentence.find((m) => m.tokenStart > i && m.tokenStart <= i + 3) ?? speakerLeft;
      if (speaker && speaker.tokenStart <= i + 3 && speaker.tokenEnd <= sentence.endToken && rest.length <= 4 && speaker.tokenStart < i + 4) {
        const firstOfSpeech = speaker.tokenStart < i ? speaker.tokenStart : i;
        frames.push({ speaker, verb: i, start: sentence.firstToken, end: firstOfSpeech });
      }
    }
  }
  return frames;
}

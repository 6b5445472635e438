// Lines that are not running prose: headlines, photo captions and credits ("Photo: Press Office").
// Known actors are still read there, but no new person is made from them.
import type { Sentence, Token } from '../types';
import { ACTOR_WORDS } from './actorWords';

const SENTENCE_END = /[.!?:;,"”’')\]]\s*$/;

/** Whether the sentence fills its line: only blanks between it and the line breaks around it. */
function isWholeLine(text: string, s: Sentence): boolean {
  for (let k = s.start - 1; k >= 0 && text[k] !== '\n'; k--) if (text[k]!.trim()) return false;
  for (let k = s.end; k < text.length && text[k] !== '\n'; k++) if (text[k]!.trim()) return false;
  return true;
}

/** "Photo: ...", "Image credit / AFP", "(Courtesy of ...)": a credit cue opening the line, then ":" or "/". */
function isCredit(tokens: Token[], s: Sentence): boolean {
  let k = s.firstToken;
  if (tokens[k]?.norm === '(') k++;
  const first = tokens[k]?.norm ?? '';
  const two = `${first} ${tokens[k + 1]?.norm ?? ''}`;
  const cueLength = ACTOR_WORDS.creditCues.has(two) ? 2 : ACTOR_WORDS.creditCues.has(first) ? 1 : 0;
  const mark = tokens[k + cueLength]?.norm;
  return cueLength > 0 && (mark === ':' || mark === '/' || mark === 'by' || first === 'courtesy');
}

/**
 * One flag per token: 1 inside a headline, caption or credit line. A line is one when it is a
 * credit, or stands alone and does not end like a sentence (headlines and captions carry no final
 * full stop).
 */
export function quietLineTokens(text: string, tokens: Token[], sentences: readonly Sentence[]): Uint8Array {
  const quiet = new Uint8Array(tokens.length);
  for (const s of sentences) {
    const words = s.endToken - s.firstToken;
    const credit = isCredit(tokens, s);
    const bare = sentences.length > 1 && isWholeLine(text, s) && !SENTENCE_END.test(text.slice(s.start, s.end)) && words <= ACTOR_WORDS.headlineMaxWords * 2;
    if (credit || bare) quiet.fill(1, s.firstToken, s.endToken);
  }
  return quiet;
}

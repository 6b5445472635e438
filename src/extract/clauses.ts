import { LEXICON } from './lexicon';
import { speaksFor } from './speakingFor';
import type { Mention, Sentence, SpeechFrame, Token } from './types';

/** True when a mention stands after a preposition ("with Iran", "by Trump"), so it is no subject. */
export function governingPreposition(tokens: Token[], m: Mention): Token | undefined {
  let j = m.tokenStart - 1;
  while (j >= 0 && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ')) j--;
  const t = tokens[j];
  if (t?.norm === 'as' && tokens[j - 1]?.norm === 'well') return undefined; // "as well as" coordinates
  // "officials from Russia", "ships of the China Coast Guard": the actor behind the noun.
  const before = tokens[j - 1];
  if ((t?.norm === 'from' || t?.norm === 'of') && before && (LEXICON.governmentNouns.has(before.norm) || LEXICON.targetNouns.has(before.norm))) return undefined;
  // "a spokesman for Hamas": the one spoken for.
  if (t && before && speaksFor(t.norm, before)) return undefined;
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

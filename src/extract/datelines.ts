import type { Sentence, Token } from './types';

const DASHES = new Set(['-', '–', '—', '--']);

/**
 * Wire-copy datelines ("ISTANBUL, Nov 19 (Reuters) -") name a place and an outlet, not actors:
 * a capitalised place opening a sentence, a comma, and a dash within a dozen tokens.
 * Returns, per token, whether it lies in a dateline.
 */
export function datelineTokens(tokens: Token[], sentences: Sentence[]): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  for (const s of sentences) {
    const first = tokens[s.firstToken];
    if (!first || first.text.length < 3 || first.text !== first.text.toUpperCase() || !/\p{Lu}/u.test(first.text)) continue;
    let comma = -1;
    for (let i = s.firstToken + 1; i < Math.min(s.endToken, s.firstToken + 4); i++) if (tokens[i]!.norm === ',') comma = i;
    if (comma < 0) continue;
    for (let i = comma + 1; i < Math.min(s.endToken, s.firstToken + 14); i++) {
      if (DASHES.has(tokens[i]!.norm)) {
        inside.fill(1, s.firstToken, i + 1);
        break;
      }
    }
  }
  return inside;
}

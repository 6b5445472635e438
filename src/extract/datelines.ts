import type { Sentence, Token } from './types';

const DASHES = new Set(['-', '–', '—', '--']);
const OPENING_SENTENCES = 3;

/**
 * Wire-copy datelines ("ISTANBUL, Nov 19 (Reuters) -", "JERUSALEM (VOA) —") name a place and an
 * outlet, not actors: a capitalised place opening a sentence, a comma or bracket (or the dash right
 * after it), and a dash within a dozen tokens.
 * Returns, per token, whether it lies in a dateline.
 */
export function datelineTokens(tokens: Token[], sentences: Sentence[]): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  for (const s of sentences) {
    const first = tokens[s.firstToken];
    if (!first || first.text.length < 3 || first.text !== first.text.toUpperCase() || !/\p{Lu}/u.test(first.text)) continue;
    // "ISTANBUL, Nov 19", "JERUSALEM (VOA) —", "WASHINGTON —": a comma, an outlet in brackets or the dash itself follows the place.
    let comma = -1;
    for (let i = s.firstToken + 1; i < Math.min(s.endToken, s.firstToken + 4); i++) {
      const norm = tokens[i]!.norm;
      if (norm === ',') comma = i;
      // The bracket and bare-dash forms only where an article opens: "NATO — the alliance ..." is no dateline.
      if (s.index >= OPENING_SENTENCES) continue;
      if (norm === '(') comma = i;
      if (DASHES.has(norm)) {
        comma = i - 1;
        break;
      }
    }
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

// "Authorities in Belarus detained ...", "Officials in Kabul accused ...", "The defense ministry in
// Abkhazia said ...": a state's authorities named by where they sit are that state, as "Belarusian
// authorities" are. Only where nothing but "the" and words of government stand before the noun:
// "UN officials in Kabul" and "aid officials in Sudan" are nobody's state.
import { ACTOR_WORDS } from './actorWords';
import type { DiscoveryState } from './discoveryState';
import { wordClass } from '../wordClass';

/** Whether the words before the noun at `i` leave it the located state's: "the", modifiers of government, nothing else. */
function bareBefore(s: DiscoveryState, i: number): boolean {
  const sentence = s.tokens[i]!.sentence;
  for (let j = i - 1; j >= 0 && s.tokens[j]!.sentence === sentence; j--) {
    const w = s.tokens[j]!;
    if (s.covered[j]) return false;
    if (ACTOR_WORDS.locatedAuthorityModifiers.has(w.norm) || ACTOR_WORDS.governmentModifiers.has(w.norm)) continue;
    return w.norm === 'the' || !['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(wordClass(w) ?? '') ;
  }
  return true;
}

/** Whether the tree hangs token k on `noun`, directly or through one noun ("in the disputed Transnistria region"). */
function hungOn(s: DiscoveryState, k: number, noun: number): boolean {
  const h = s.tokens[k]!.head;
  if (h === noun) return true;
  return h !== undefined && h >= 0 && s.tokens[h]!.head === noun && wordClass(s.tokens[h]!) === 'NOUN';
}

/** Reads each "<authorities> in <state>" as that state, over the whole phrase. */
export function discoverLocatedAuthorities(s: DiscoveryState, quiet: Uint8Array): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (quiet[i] || s.covered[i] || !ACTOR_WORDS.locatedAuthorityNouns.has(t.norm) || tokens[i + 1]?.norm !== 'in') continue;
    // The state within four words after "in": "in Belarus", "in the disputed Transnistria region".
    let k = i + 2;
    while (k < i + 6 && tokens[k] && tokens[k]!.sentence === t.sentence && !s.covered[k] && (tokens[k]!.norm === 'the' || wordClass(tokens[k]!) === 'ADJ' || wordClass(tokens[k]!) === 'VERB')) k++;
    const state = s.covered[k];
    if (!state || state.tokenStart !== k || state.sentence !== t.sentence || !s.isKnown(state) || (state.form !== 'name' && state.form !== 'capital') || s.kindOf(state.actorId) !== 'state') continue;
    if (!bareBefore(s, i) || !tokens.slice(state.tokenStart, state.tokenEnd).some((_, n) => hungOn(s, state.tokenStart + n, i))) continue;
    let start = i;
    while (start > 0 && tokens[start - 1]!.sentence === t.sentence && (ACTOR_WORDS.locatedAuthorityModifiers.has(tokens[start - 1]!.norm) || ACTOR_WORDS.governmentModifiers.has(tokens[start - 1]!.norm))) start--;
    s.supersede(state);
    const m = s.addMention(state.actorId, start, state.tokenEnd, 'role');
    m.note = `"${m.surface}" read as ${s.dict.get(state.actorId)?.label ?? state.surface}: a state's authorities named by where they sit are the state`;
    i = state.tokenEnd - 1;
  }
}

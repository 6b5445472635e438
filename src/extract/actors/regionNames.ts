// "Niger Delta", "Congo Basin", "Korean Peninsula": a state's name or demonym in front of the head
// noun of a geographic feature or region names a place, not that state (data/placeFeatures.json).
import data from '../../../data/placeFeatures.json';
import { LEXICON } from '../lexicon';
import type { Mention, Token } from '../types';

const FEATURE_WORDS: ReadonlySet<string> = new Set(data.featureWords);
const COMPASS_PLACE_WORDS: ReadonlySet<string> = new Set(data.compassPlaceWords);
const COMPASS_POINTS: ReadonlySet<string> = new Set(data.compassPoints);

/** "West Bank": compass points and a feature or compass place word name a place, never a body. */
export function namesCompassPlace(words: readonly Token[]): boolean {
  const last = words[words.length - 1];
  return words.length >= 2 && last !== undefined && (COMPASS_PLACE_WORDS.has(last.norm) || FEATURE_WORDS.has(last.norm)) && words.slice(0, -1).every((w) => COMPASS_POINTS.has(w.norm));
}

/** Whether the feature word at `k` opens an organisation keyword of two words with the next one ("Coast Guard"). */
function opensBodyKeyword(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next !== undefined && next.sentence === tokens[k]!.sentence && LEXICON.organizationKeywords.has(`${tokens[k]!.norm} ${next.norm}`);
}

/** Whether mention m, a state's word, is the first part of a place named by a feature noun right after it. */
export function opensRegionName(tokens: readonly Token[], m: Mention): boolean {
  const k = m.tokenEnd;
  const w = tokens[k];
  return w !== undefined && w.sentence === m.sentence && FEATURE_WORDS.has(w.norm) && !opensBodyKeyword(tokens, k);
}

/** Dictionary mentions without the states' words that open a region's name ("Niger" in "the Niger Delta"). */
export function withoutRegionStates(tokens: readonly Token[], mentions: readonly Mention[], kindOf: (id: string) => string | undefined): Mention[] {
  return mentions.filter((m) => kindOf(m.actorId) !== 'state' || !opensRegionName(tokens, m));
}

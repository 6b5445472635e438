// "Hamas ally Hezbollah", "Russia's neighbour Belarus": a noun of a tie between peers, between an owner
// and the name it qualifies, says the two are partners or foes, not one part of the other.
// Nouns: data/partnerNouns.json.
import partnerData from '../../data/partnerNouns.json';
import type { Token } from './types';

const PARTNER_NOUNS: ReadonlySet<string> = new Set(partnerData.nouns);

/** Whether a partner noun stands among tokens [from, to). */
export function partnerBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (PARTNER_NOUNS.has(tokens[i]!.norm)) return true;
  return false;
}

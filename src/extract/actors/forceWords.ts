import data from '../../../data/forceWords.json';

/** Words for armed forces, their craft and the places they hold (data/forceWords.json). */
export const FORCE_WORDS = {
  /** Nouns for places an armed group holds ("rebel positions"): a group noun on one names the group. */
  heldPlaceNouns: new Set(data.heldPlaceNouns),
  /** Plural nouns for a state's forces and armed craft ("helicopters"), one or two words. */
  forceNouns: new Set(data.forceNouns),
  /** Participles that with a "by" agent make a held place the agent's ("positions held by X"). */
  holdingParticiples: new Set(data.holdingParticiples),
  /** Weapons and craft that after a person's name are the person's forces ("Gbagbo heavy artillery"). */
  weaponFollowerNouns: new Set(data.weaponFollowerNouns),
};

// Armed groups the dictionary lacks, named by the words before a fighters noun: "Fano militiamen",
// "Wazalendo fighters". The name alone names the same group later in the document ("Fano accused
// the army").
import { ACTOR_WORDS } from './actorWords';
import { FORCE_WORDS } from './forceWords';
import { isAcronym, type DiscoveryState } from './discoveryState';

/** Whether a place the gazetteer knows opens at token `i` and spans `length` tokens. */
const MODIFIER_DEPS = new Set(['compound', 'amod', 'flat']);

export type PlaceAt = (i: number, length: number) => boolean;

/** The token after the run is a fighters noun ("militiamen", "rebel") the run modifies. */
function fightersNounAfter(s: DiscoveryState, i: number, end: number): boolean {
  const noun = s.tokens[end];
  if (!noun || noun.sentence !== s.tokens[i]!.sentence || noun.text !== noun.norm) return false;
  const plural = ACTOR_WORDS.groupNouns.get(noun.norm);
  if (!plural || !ACTOR_WORDS.armedGroupNouns.has(plural)) return false;
  // With a parse, the name must modify that noun ("Fano militiamen"), not end a clause before it:
  // its words hang on each other or on the noun, one of them as its modifier.
  const words = s.tokens.slice(i, end);
  if (words.every((w) => w.head === undefined)) return true;
  const inside = (h: number | undefined) => h !== undefined && h >= i && h < end;
  // "a Karen guerrilla stronghold": name and noun may both hang on the place the group holds.
  const place = s.tokens[end + 1];
  const held = place !== undefined && noun.head === end + 1 && FORCE_WORDS.heldPlaceNouns.has(place.norm) ? end + 1 : end;
  const onNoun = (h: number | undefined) => h === end || h === held;
  return words.every((w) => inside(w.head) || onNoun(w.head)) && words.some((w) => onNoun(w.head) && MODIFIER_DEPS.has(w.dep ?? ''));
}

/**
 * "Fano militiamen": a capitalised run of one or two words right before a fighters noun names an
 * armed group, labelled with the phrase ("Fano militiamen"), unless a word of it qualifies rather
 * than names (a faith, an ethnic or political label, "Government", "Islamic") or the gazetteer
 * knows the run as a place. Returns where to go on, or null.
 */
export function namedBeforeFightersNoun(s: DiscoveryState, i: number, end: number, placeAt: PlaceAt | undefined): number | null {
  // An acronym there ("the FDLR rebels") is read with the groups a text describes (groupActors.ts).
  if (end - i > 2 || (end - i === 1 && isAcronym(s.tokens[i]!)) || !fightersNounAfter(s, i, end)) return null;
  const words = s.tokens.slice(i, end);
  if (words.some((w) => ACTOR_WORDS.groupModifiers.has(w.norm) || ACTOR_WORDS.notGroupNames.has(w.norm) || ACTOR_WORDS.placeNameWords.has(w.norm))) return null;
  if (placeAt?.(i, end - i)) return null;
  // "Gbagbo fighters": a person's name word makes the person's followers (followerGroups.ts), no group of that name.
  if (words.some((w) => s.personByNamePart(w.text) !== undefined)) return null;
  // The phrase is the label ("Darfur rebels" may be rebels from Darfur); the name alone is an alias.
  const name = s.slice(i, end);
  const phrase = `${name} ${ACTOR_WORDS.groupNouns.get(s.tokens[end]!.norm)!}`;
  const id = s.upsert(phrase, 'group', `named before a fighters noun: "${s.slice(i, end + 1)}"`, { aliases: [name] });
  s.byGroupName.set(name, id);
  s.addMention(id, i, end + 1, 'discovered');
  return end + 1;
}

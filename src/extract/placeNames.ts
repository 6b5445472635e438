/** The lists a place name is checked against before it enters the places gazetteer (data/gazetteer/place-rules.json). */
export interface ExclusionLists {
  /** Lowercased names, aliases, demonyms and capitals of states. */
  stateForms: ReadonlySet<string>;
  /** Lowercased names of known actors, and the words of persons' names. */
  actorNames: ReadonlySet<string>;
  /** Ordinary English words, lowercase. */
  words: ReadonlySet<string>;
  /** Lowercased names the rule file lists: persons' names, compass words. */
  declared: ReadonlySet<string>;
  minLength: number;
}

/** A source spelling as news writes it: no ayin or hamza marks, no bracketed qualifier ("Şaʻdah" → "Şadah"). */
export function plainPlaceName(name: string): string {
  return name
    .replace(/\s*[([].*?[)\]]/g, '')
    .replace(/[‘’ʻʼʿʾ']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key names are compared by: lower case, no accents ("Kābul" and "Kabul" are one name). */
export function placeKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Why a place name stays out of the gazetteer, or null when it may enter. */
export function placeExclusion(name: string, lists: ExclusionLists): string | null {
  const lower = placeKey(name);
  if (name.length < lists.minLength || !/^\p{Lu}/u.test(name) || /[,/]/.test(name)) return 'short or not a plain name';
  if (lists.words.has(lower)) return 'English word';
  if (lists.stateForms.has(lower)) return 'state name';
  if (lists.actorNames.has(lower)) return 'actor or person name';
  if (lists.declared.has(lower)) return 'declared person name or word';
  return null;
}

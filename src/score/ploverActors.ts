// How a PLOVER record's coded actor texts are read: two actors the record's conversion joined into one
// text, and state agents the coder left without a country code.
import { ACTOR_WORDS } from '../extract/actors/actorWords';
import { LEXICON } from '../extract/lexicon';
import { normalizeName } from './actorNames';

/**
 * The actors one coded text stands for. The records' own markup codes "(TAR: Zaire) and
 * (TAR: Costa Rica)" as two targets, but the conversion to actor fields joined them into one text,
 * "Zaire Costa Rica", with one code. When the text is not in the sentence but two parts of it are,
 * joined by "and" or a comma (with "the" or a possessive between: "Kagame and his Rwandan Patriotic
 * Front"), each part is a coded actor of its own. Their one code cannot be told apart, so it is dropped.
 */
export function splitJoinedActor(text: string, code: string, sentence: string): [string, string][] {
  const said = ` ${normalizeName(sentence)} `;
  const words = normalizeName(text).split(' ');
  if (words.length < 2 || said.includes(` ${words.join(' ')} `)) return [[text, code]];
  const original = text.trim().split(/\s+/);
  if (original.length !== words.length) return [[text, code]];
  for (let k = 1; k < words.length; k++) {
    const first = words.slice(0, k).join(' ');
    const second = words.slice(k).join(' ');
    const joined = new RegExp(` ${first} (?:and )?(?:the |his |her |its |their )?${second} `);
    if (joined.test(said)) return [[original.slice(0, k).join(' '), '---'], [original.slice(k).join(' '), '---']];
  }
  return [[text, code]];
}

const wordsOf = (phrases: Iterable<string>) => [...phrases].flatMap((p) => normalizeName(p).split(' ')).filter((w) => w);

/** Nouns that name a state's own agents: its government, bodies, forces and officials. */
const STATE_AGENT_NOUNS = new Set(
  wordsOf([...LEXICON.governmentNouns, ...ACTOR_WORDS.stateGroupNouns, ...ACTOR_WORDS.governmentBodies, ...LEXICON.personTitles.map((t) => t[t.length - 1]!)]),
);
/** Words that may come before such a noun ("security", "vice foreign", "military"); not "opposition". */
const STATE_AGENT_MODIFIERS = new Set(
  wordsOf([...ACTOR_WORDS.governmentModifiers, ...ACTOR_WORDS.titleModifiers, ...LEXICON.personTitles.filter((t) => !t.includes('opposition')).map((t) => t.join(' '))]),
);

/**
 * The country a coded text names as its agent when the coder left the code out: "Turkish government",
 * "Poland's parliament", "Taiwan's Vice Foreign Minister" are the country in CAMEO's and PLOVER's actor
 * coding (country code plus a government sector), as "Israeli army" coded ISR is. Only a country's name
 * or demonym followed by a government, force or official noun, with only government and title words
 * before it, counts ("Saudi businessman", "US national", "Ugandan opposition", "Irish nationalist
 * guerrillas" and "Liberian riot police" do not).
 */
export function stateAgentCountry(text: string, countryByName: Map<string, string>): string | undefined {
  const said = normalizeName(text).split(' ');
  for (let k = said.length - 1; k >= 1; k--) {
    const country = countryByName.get(said.slice(0, k).join(' '));
    if (!country) continue;
    const rest = said.slice(k);
    const head = rest[rest.length - 1]!;
    const agent = STATE_AGENT_NOUNS.has(head) && rest.slice(0, -1).every((w) => STATE_AGENT_MODIFIERS.has(w) || STATE_AGENT_NOUNS.has(w));
    return agent ? country : undefined;
  }
  return undefined;
}

/** Normalised country names and demonyms (not capitals) → country id, from the gazetteer's entries. */
export function countryNames(countries: readonly { id: string; aliases: string[]; demonyms?: string[] }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of countries) for (const name of [...c.aliases, ...(c.demonyms ?? [])]) out.set(normalizeName(name), c.id);
  return out;
}

/**
 * What a possessive phrase names: "Osama bin Laden's al-Qaeda" is al-Qaeda, as the records' markup
 * codes the whole phrase as the actor. Head names of two words or more are already word-suffixes
 * (ploverRecords.headNames); this adds a one-word head unless it is a common noun ("Israel's Cabinet",
 * "Qatar's emir" name no actor by that word alone).
 */
export function possessedName(text: string): string | undefined {
  const parts = text.split(/['’]s\s+/);
  const head = parts.length > 1 ? parts[parts.length - 1]!.trim() : '';
  if (!head || /\s/.test(head)) return undefined;
  const word = normalizeName(head);
  return word && !STATE_AGENT_NOUNS.has(word) && !STATE_AGENT_MODIFIERS.has(word) ? head : undefined;
}

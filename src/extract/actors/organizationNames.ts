// Organisations and groups the dictionary lacks: acronym definitions ("... News Agency (HRANA)"),
// a group noun in front ("rights group HRANA") and organisation keywords in the name.
import type { ActorKind } from '../../domain/contract';
import { LEXICON } from '../lexicon';
import type { Mention, Token } from '../types';
import { ACTOR_WORDS } from './actorWords';
import { isAcronym, type DiscoveryState } from './discoveryState';
import { initialsSpell } from './nameParts';
import { namesCompassPlace } from './regionNames';

// Name words that make an organisation part of a state's government.

export function kindFromWords(words: string[]): ActorKind | null {
  const lower = words.map((w) => w.toLowerCase());
  if (lower.some((w) => LEXICON.mediaKeywords.has(w))) return 'media';
  if (lower.some((w) => LEXICON.armedGroupKeywords.has(w))) return 'group';
  if (lower.some((w) => LEXICON.organizationKeywords.has(w))) return 'organization';
  return null;
}

/**
 * The kind of the longest group noun of the lexicon (up to three words) that ends just before token
 * `end` and opens at `from` or after: "human rights group" before "HRANA".
 */
export function groupNounEndingAt(tokens: Token[], from: number, end: number): ActorKind | undefined {
  for (let n = Math.min(3, end - from); n >= 1; n--) {
    const phrase = tokens
      .slice(end - n, end)
      .map((t) => t.norm)
      .join(' ');
    const kind = LEXICON.groupNouns.get(phrase);
    if (kind) return kind;
  }
  return undefined;
}


/**
 * ", known as FARC", ", known by its French acronym MONUC": the acronym after an organisation's
 * name becomes its alias; later uses of it name the organisation.
 */
export function knownAsAcronym(s: DiscoveryState, id: string, end: number): number | null {
  const { tokens } = s;
  const orAcronym = acronymAfterOr(s, id, end);
  if (orAcronym !== null) return orAcronym;
  let k = end;
  if (tokens[k]?.norm === ',' || tokens[k]?.norm === '(') k++;
  if (tokens[k]?.norm === 'also') k++;
  if (tokens[k]?.norm !== 'known') return null;
  k++;
  if (tokens[k]?.norm === 'as') k++;
  else if (tokens[k]?.norm === 'by') {
    const stop = k + 5;
    while (k < stop && tokens[k] && !ACTOR_WORDS.acronymNouns.has(tokens[k]!.norm)) k++;
    if (!tokens[k] || !ACTOR_WORDS.acronymNouns.has(tokens[k]!.norm)) return null;
    k++;
  } else return null;
  if (tokens[k]?.norm === 'the') k++;
  const acr = tokens[k];
  if (!acr || !isAcronym(acr) || s.covered[k] || acr.sentence !== tokens[end - 1]!.sentence) return null;
  s.byAcronym.set(acr.text, id);
  const entry = s.actors.get(id);
  if (entry && !entry.aliases.includes(acr.text)) entry.aliases.push(acr.text);
  s.addMention(id, k, k + 1, 'discovered');
  return k + 1;
}

/**
 * "the Revolutionary Armed Forces of Colombia or FARC": an acronym after "or" that spells the name's
 * initials (in any order: a name translated from another language) is the body's alias.
 */
function acronymAfterOr(s: DiscoveryState, id: string, end: number): number | null {
  const { tokens } = s;
  let k = end;
  if (tokens[k]?.norm === ',') k++;
  const acr = tokens[k + 1];
  if (tokens[k]?.norm !== 'or' || !acr || !isAcronym(acr) || s.covered[k + 1] || acr.sentence !== tokens[end - 1]!.sentence) return null;
  const entry = s.actors.get(id);
  const label = entry?.label ?? s.dict.get(id)?.label ?? '';
  const initials = label
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !LEXICON.nameConnectors.has(w.toLowerCase()))
    .map((w) => w[0]!)
    .join('');
  if (initials.length < 2 || acr.text.length !== initials.length || !initialsSpell(initials, acr.text)) return null;
  s.byAcronym.set(acr.text, id);
  if (entry && !entry.aliases.includes(acr.text)) entry.aliases.push(acr.text);
  s.addMention(id, k + 1, k + 2, 'discovered');
  return k + 2;
}

/** A known actor defining its acronym: "the Sudanese Armed Forces (SAF)". */
export function knownAcronyms(s: DiscoveryState): void {
  const { tokens } = s;
  for (const m of s.known) {
    if (s.dict.get(m.actorId)?.kind !== 'state') knownAsAcronym(s, m.actorId, m.tokenEnd);
    const acr = tokens[m.tokenEnd + 1];
    if (tokens[m.tokenEnd]?.norm !== '(' || !acr || !isAcronym(acr) || tokens[m.tokenEnd + 2]?.norm !== ')' || s.covered[m.tokenEnd + 1]) continue;
    const kind = s.dict.get(m.actorId)?.kind;
    if (kind === 'state') continue;
    if (kind === 'person') s.rememberNameParts(m.actorId, m.tokenStart, m.tokenEnd);
    s.byAcronym.set(acr.text, m.actorId);
    s.addMention(m.actorId, m.tokenEnd + 1, m.tokenEnd + 2, 'discovered');
  }
}

/** The state mention right before a run: "Sudanese" in "Sudanese Armed Forces (SAF)". */
function statePrefixOf(s: DiscoveryState, i: number): Mention | undefined {
  const prev = s.covered[i - 1];
  return prev?.tokenEnd === i && s.dict.get(prev.actorId)?.kind === 'state' ? prev : undefined;
}

/** "Full Name (ACR)", a state adjective possibly opening it; returns where to go on, or null. */
export function acronymDefinition(s: DiscoveryState, i: number, end: number, titled: boolean): number | null {
  const { tokens } = s;
  const statePrefix = statePrefixOf(s, i);
  if (!(end - i >= 2 || statePrefix) || tokens[end]?.norm !== '(' || !tokens[end + 1] || !isAcronym(tokens[end + 1]!) || tokens[end + 2]?.norm !== ')') return null;
  const acr = tokens[end + 1]!.text;
  // "the Strategic Stability Dialogue (SSD)": an event's name and its acronym name no actor.
  if (ACTOR_WORDS.eventNameNouns.has(tokens[end - 1]!.norm)) return end + 3;
  const from = statePrefix ? statePrefix.tokenStart : i;
  const nameWords = tokens.slice(from, end);
  const initials = nameWords
    .filter((w) => !LEXICON.nameConnectors.has(w.norm))
    .map((w) => w.text[0])
    .join('');
  const kind = kindFromWords(nameWords.map((w) => w.text));
  // A titled name without organisation words is left to the person rules ("Prince Khalid bin Salman (KBS)").
  if (!initialsSpell(initials, acr) || (kind === null && !statePrefix && titled)) return null;
  const fullLabel = s.slice(from, end);
  const known = s.dict.matchAt([{ text: acr, norm: acr.toLowerCase() }], 0);
  const id =
    known?.actorId ??
    s.upsert(fullLabel, statePrefix && (kind ?? 'organization') === 'group' ? 'organization' : (kind ?? 'organization'), `acronym defined in the text: ${fullLabel} (${acr})`, {
      aliases: [acr],
      ...(statePrefix ? { affiliations: [{ actor: statePrefix.actorId }] } : {}),
    });
  s.supersedeInside(from, end);
  s.byAcronym.set(acr, id);
  s.addMention(id, from, end, 'discovered');
  s.addMention(id, end + 1, end + 2, 'discovered');
  return end + 2;
}

/** "the militant group Jabhat Tahrir", "the news agency Bernama". */
export function namedAfterGroupNoun(s: DiscoveryState, i: number, end: number, sentenceStart: number): number | null {
  const groupKind = groupNounEndingAt(s.tokens, sentenceStart, i);
  if (!groupKind || end - i > 5) return null;
  const id = s.upsert(s.slice(i, end), groupKind, `named after a group noun: "${s.slice(i - 1, end)}"`);
  s.supersedeInside(i, end);
  if (end - i === 1 && isAcronym(s.tokens[i]!)) s.byAcronym.set(s.tokens[i]!.text, id);
  s.addMention(id, i, end, 'discovered');
  return end;
}

/** The person a name stands for: a person the dictionary knows, or one the document named before with that name. */
function personNamed(s: DiscoveryState, words: string[]): string | undefined {
  const known = s.dict.matchAt(words.map((w) => ({ text: w, norm: w.toLowerCase() })), 0);
  if (known && known.length === words.length && s.dict.get(known.actorId)?.kind === 'person') return known.actorId;
  const name = words.join(' ');
  for (const e of s.actors.values()) if (e.kind === 'person' && (e.label === name || e.label.endsWith(` ${name}`) || e.aliases.includes(name))) return e.id;
  return undefined;
}

/**
 * "the Bush administration", "the Assad regime": a person's name and a leader-body noun name the
 * government the person leads, so that person's state; with the state unknown, nothing is named
 * (never an organisation of its own beside the state). Returns the end of the phrase, or null.
 */
function leaderGovernment(s: DiscoveryState, i: number, end: number): number | null {
  const words = s.tokens.slice(i, end);
  if (words.length < 2 || !ACTOR_WORDS.leaderBodyNouns.has(words[words.length - 1]!.norm)) return null;
  const person = personNamed(s, words.slice(0, -1).map((w) => w.text));
  if (!person) return null;
  const state = s.dict.get(person) ? s.dict.affiliationOn(person, null) : s.actors.get(person)?.affiliations[0]?.actor;
  if (state && s.kindOf(state) === 'state') {
    const m = s.addMention(state, i, end, 'role');
    m.note = `"${m.surface}" read as ${s.dict.get(state)?.label ?? state}: the government ${s.slice(i, end - 1)} leads`;
  }
  return end;
}

/** "China Coast Guard", "Center for Middle East Studies": a name with an organisation keyword. */
export function keywordOrganization(s: DiscoveryState, i: number, end: number): number | null {
  const led = leaderGovernment(s, i, end);
  if (led !== null) return led;
  // "the Six-Party Talks", "the Camp David Accords": the name of an event, whatever keyword it holds.
  if (ACTOR_WORDS.eventNameNouns.has(s.tokens[end - 1]!.norm)) return end;
  const { tokens, dict } = s;
  const words = tokens.slice(i, end);
  if (namesCompassPlace(words)) return end;
  const keywordKind = kindFromWords(words.map((w) => w.text));
  const prefix = s.covered[i - 1];
  const prefixKind = prefix && prefix.tokenEnd === i ? dict.get(prefix.actorId)?.kind : undefined;
  const prefixState = prefixKind === 'state' && prefix!.form !== 'capital' ? prefix : undefined;
  // An organisation or a city opening a longer name is part of that name ("United Nations
  // Military Observer Group", "Islamabad Policy Institute"); only a state or body owns it.
  const prefixName = prefix && prefix.tokenEnd === i && (prefixState || prefixKind === 'organization' || prefix.form === 'capital') ? prefix : undefined;
  if (!keywordKind || !(words.length >= 2 || prefixName)) return null;
  // "Iraqi Security Forces": a state's forces named without a name of their own are the state.
  if (prefixState && ACTOR_WORDS.stateGroupNouns.has(words.map((w) => w.norm).join(' '))) {
    s.supersede(prefixState);
    s.addMention(prefixState.actorId, prefixState.tokenStart, end, 'demonym');
    return end;
  }
  // "NATO-Russia Council": two actors joined by a hyphen open the name of a body they share, owned by neither.
  const hyphen = prefixName ? s.tokens[prefixName.tokenStart - 1] : undefined;
  const partner = hyphen?.norm === '-' && hyphen.start === s.tokens[prefixName!.tokenStart - 2]?.end ? s.covered[prefixName!.tokenStart - 2] : undefined;
  const joint = partner && partner.tokenEnd === prefixName!.tokenStart - 1 ? partner : undefined;
  const owner = joint ? undefined : (prefixState ?? (prefixKind === 'organization' ? prefix : undefined));
  const start = joint ? joint.tokenStart : prefixName ? prefixName.tokenStart : i;
  const fullLabel = s.slice(start, end);
  const government = words.some((w) => ACTOR_WORDS.governmentBodies.has(w.norm)) || prefixKind === 'organization';
  // A state's own army or navy is one of its organisations, not a non-state armed group.
  const kind = prefixState && keywordKind === 'group' ? 'organization' : keywordKind;
  const id = s.upsert(fullLabel, kind, `name contains an organisation keyword: "${fullLabel}"`, {
    ...(owner && government ? { affiliations: [{ actor: owner.actorId }] } : {}),
  });
  if (prefixName) s.supersede(prefixName);
  if (joint) s.supersede(joint);
  s.supersedeInside(start + 1, end);
  s.addMention(id, start, end, 'discovered');
  return knownAsAcronym(s, id, end) ?? end;
}

// The followers of a named person as one group actor: "Gbagbo supporters", "Nkunda's forces",
// "supporters of incumbent president Laurent Gbagbo", "troops still loyal to Gbagbo", "fighters
// backing president Ouattara", "pro-Ouattara forces". Every such phrase names the same group,
// affiliated with the person; a person tied to a state gets none (their forces may be the state's),
// and one affiliated with a group or organisation names that one.
import { slugify } from '../slugify';
import type { Mention } from '../types';
import { ACTOR_WORDS } from './actorWords';
import { FORCE_WORDS } from './forceWords';
import { isCapitalized, type DiscoveryState } from './discoveryState';
import { titleBefore } from './nameParts';
import { personByTitle } from './titledPersons';
import { wordClass } from '../wordClass';

/** How far after "of", "loyal to" or "backing" the person's name may start ("incumbent president Laurent Gbagbo"). */
const MAX_WORDS_BEFORE_NAME = 6;

interface FollowerPhrase {
  start: number;
  end: number;
  person: Mention;
}

/** The person mention spanning exactly [start, end), if any. */
function personAt(s: DiscoveryState, start: number, end: number): Mention | undefined {
  const m = s.covered[start];
  return m && m.tokenStart === start && m.tokenEnd === end && s.kindOf(m.actorId) === 'person' ? m : undefined;
}

/** "Gbagbo supporters", "Nkunda's forces", "Gbagbo heavy artillery": the person right before the noun (a weapon's, past one adjective), or before "'s". */
function personBefore(s: DiscoveryState, i: number): Mention | undefined {
  const { tokens } = s;
  const weapon = FORCE_WORDS.weaponFollowerNouns.has(tokens[i]!.norm);
  const adjective = weapon && wordClass(tokens[i - 1]) === 'ADJ' && !s.covered[i - 1] ? 1 : 0;
  const at = tokens[i - 1 - adjective]?.norm === "'s" ? i - 1 - adjective : i - adjective;
  const m = s.covered[at - 1];
  if (!m || m.tokenEnd !== at || m.sentence !== tokens[i]!.sentence) return undefined;
  return personAt(s, m.tokenStart, m.tokenEnd);
}

/**
 * The person named within a few lowercase words from token a ("incumbent president Laurent
 * Gbagbo", "internationally-recognized president Alassane Ouattara"); a comma, another actor or a
 * capitalised word that is no title in between ends the search.
 */
function personAfter(s: DiscoveryState, a: number): Mention | undefined {
  const { tokens } = s;
  // "loyal to the incumbent president": the one person named before with that title.
  const titled = personByTitle(s, a);
  if (titled) return titled;
  const sentence = tokens[a]?.sentence;
  for (let k = a; k < a + MAX_WORDS_BEFORE_NAME && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return undefined;
    const m = s.covered[k];
    if (m) {
      if (m.tokenStart !== k || s.kindOf(m.actorId) !== 'person') return undefined;
      const titleStart = titleBefore(tokens, k, a) ?? k;
      const plain = tokens.slice(a, titleStart).every((w) => !isCapitalized(w) && w.norm !== ',' && wordClass(w) !== 'PRON' && wordClass(w) !== 'AUX');
      return plain ? m : undefined;
    }
  }
  return undefined;
}

/** "supporters of X", "troops (still) loyal to X", "fighters backing X": the person the words after the noun tie it to. */
function linkedPerson(s: DiscoveryState, i: number): Mention | undefined {
  const { tokens } = s;
  let k = i + 1;
  // "troops of President X" are as often the state's troops: only a civilian following is read after "of".
  if (tokens[k]?.norm === 'of') return ACTOR_WORDS.supporterNouns.has(tokens[i]!.norm) ? personAfter(s, k + 1) : undefined;
  if (wordClass(tokens[k]) === 'ADV') k++;
  const link = tokens[k] ? ACTOR_WORDS.followerLinks.get(tokens[k]!.norm) : undefined;
  if (!link || tokens[k]!.sentence !== tokens[i]!.sentence) return undefined;
  if (link.length === 0) return personAfter(s, k + 1);
  return link.includes(tokens[k + 1]?.norm ?? '') ? personAfter(s, k + 2) : undefined;
}

/** "pro-Ouattara forces": a person's name word after "pro-" in one token before the noun. */
function proPerson(s: DiscoveryState, i: number): Mention | undefined {
  const t = s.tokens[i - 1];
  if (!t || s.covered[i - 1] || t.sentence !== s.tokens[i]!.sentence) return undefined;
  const match = /^pro-(\p{Lu}[\p{L}'’-]+)$/iu.exec(t.text);
  if (!match) return undefined;
  const id = s.personByNamePart(match[1]!);
  if (!id) return undefined;
  return { actorId: id, form: 'discovered', tokenStart: i - 1, tokenEnd: i, sentence: t.sentence, surface: t.text };
}

/** The follower phrase whose noun is token i, when it names a person's followers. */
function followerPhraseAt(s: DiscoveryState, i: number): FollowerPhrase | null {
  const { tokens } = s;
  const t = tokens[i]!;
  const weapon = FORCE_WORDS.weaponFollowerNouns.has(t.norm);
  if (!ACTOR_WORDS.followerNouns.has(t.norm) && !weapon) return null;
  // "Gbagbo forces commander": the noun modifies another noun, whose followers they are not.
  const next = tokens[i + 1];
  const nominalNext = next && next.sentence === t.sentence && (wordClass(next) === 'NOUN' || wordClass(next) === 'PROPN') && !s.covered[i + 1];
  const before = nominalNext ? undefined : (personBefore(s, i) ?? proPerson(s, i));
  if (before) return { start: before.tokenStart, end: i + 1, person: before };
  // Weapons are a person's only with the name in front ("Gbagbo artillery"), never "artillery loyal to X".
  if (weapon) return null;
  const after = linkedPerson(s, i);
  if (!after) return null;
  // "security forces loyal to X": the two-word noun stays whole.
  const start = tokens[i - 1]?.norm === 'security' && tokens[i - 1]!.sentence === t.sentence && !s.covered[i - 1] ? i - 1 : i;
  return { start, end: after.tokenEnd, person: after };
}

/** The person's last name word, capitalised as written ("Laurent Gbagbo" → "Gbagbo"), with a joined particle ("al-Golani"). */
function surnameOf(label: string): string {
  const words = label.split(/\s+/).filter((w) => /^(\p{Ll}+-)?\p{Lu}/u.test(w));
  return words[words.length - 1] ?? label;
}

/** Drops the mentions inside [start, end) for the phrase that takes them over. */
function releaseInside(s: DiscoveryState, start: number, end: number): void {
  for (const m of s.mentionsInside(start, end)) {
    if (s.isKnown(m)) s.supersede(m);
    const k = s.mentions.indexOf(m);
    if (k >= 0) s.mentions.splice(k, 1);
  }
}

/**
 * Whether the text names the person with a capitalised leader's title and nothing qualifying it
 * ("President Paul Kagame", not "former president" or "incumbent president"): a sitting leader,
 * whose forces are as likely the state's.
 */
function sittingLeader(s: DiscoveryState, personId: string): boolean {
  const { tokens } = s;
  return [...s.known, ...s.mentions].some((m) => {
    if (m.actorId !== personId) return false;
    const [sentenceStart] = s.sentenceBounds(m.tokenStart);
    const titleStart = titleBefore(tokens, m.tokenStart, sentenceStart);
    if (titleStart === null || !isCapitalized(tokens[titleStart]!)) return false;
    const title = tokens.slice(titleStart, m.tokenStart).map((t) => t.norm).join(' ');
    const leader = ACTOR_WORDS.leaderTitles.find((l) => title === l || title.endsWith(` ${l}`));
    // "Former President", "Vice President": qualified inside the title, no sitting leader.
    if (!leader || title.slice(0, -leader.length).split(' ').some((w) => ACTOR_WORDS.titleModifiers.has(w))) return false;
    const before = tokens[titleStart - 1];
    return !before || before.sentence !== m.sentence || !(wordClass(before) === 'ADJ' || wordClass(before) === 'VERB' || ACTOR_WORDS.titleModifiers.has(before.norm));
  });
}

/** The actor a person's followers are: their group or organisation, a new group, or none (a state's leader). */
function followersOf(s: DiscoveryState, personId: string): { id: string; label: string; made: boolean } | null {
  const led = s.leaders.get(personId);
  if (led) return { id: led, label: s.actors.get(led)?.label ?? led, made: false };
  const own = s.actors.get(personId);
  const affiliation = own ? own.affiliations[0]?.actor : s.dict.affiliationOn(personId, null);
  const kind = affiliation ? s.kindOf(affiliation) : undefined;
  if (affiliation && (kind === 'group' || kind === 'organization')) {
    return { id: affiliation, label: s.actors.get(affiliation)?.label ?? s.dict.get(affiliation)?.label ?? affiliation, made: false };
  }
  // A person tied to a state ("South Sudanese President X") may command its forces: whether the followers are the state's is unclear.
  if (affiliation || sittingLeader(s, personId)) return null;
  const personLabel = own?.label ?? s.dict.get(personId)?.label ?? personId;
  const name = ACTOR_WORDS.followerGroupName.replace('{surname}', surnameOf(personLabel));
  const label = name.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return { id: slugify(name), label, made: true };
}

/** A mention of a followers' group: named by their leader, not by a kind, so a later "the rebels" or "the militants" does not refer to it. */
function addFollowerMention(s: DiscoveryState, id: string, start: number, end: number, form: Mention['form']): Mention {
  const m = s.addMention(id, start, end, form);
  if (s.groupTrail[s.groupTrail.length - 1] === m) s.groupTrail.pop();
  return m;
}

/** Whether tokens [start, end) stand bare: nothing that counts or qualifies them in front ("the" may). */
function bareAt(s: DiscoveryState, start: number): boolean {
  const t = s.tokens[start]!;
  const prev = s.tokens[start - 1];
  if (!prev || prev.sentence !== t.sentence || prev.norm === 'the') return true;
  return !(s.covered[start - 1] || prev.norm === "'s" || ['ADJ', 'NOUN', 'PROPN', 'NUM', 'DET', 'PRON'].includes(wordClass(prev)) || ACTOR_WORDS.countingWords.has(prev.norm));
}

/**
 * "security forces loyal to X ... attacking security forces": the same bare noun later names the
 * group again, when only one group of followers was introduced with it and nothing qualifies it.
 */
function readRepeatedNouns(s: DiscoveryState, introduced: Map<string, Set<string>>, quiet: Uint8Array, from: number): void {
  const { tokens } = s;
  for (let i = from; i < tokens.length; i++) {
    if (s.covered[i] || quiet[i]) continue;
    for (const [words, ids] of introduced) {
      const parts = words.split(' ');
      const end = i + parts.length;
      if (ids.size !== 1 || !parts.every((w, k) => tokens[i + k]?.norm === w && tokens[i + k]!.sentence === tokens[i]!.sentence && !s.covered[i + k])) continue;
      if (!bareAt(s, i) || linkedPerson(s, end - 1)) continue;
      const id = [...ids][0]!;
      const label = s.actors.get(id)?.label ?? id;
      const m = addFollowerMention(s, id, i, end, 'role');
      m.note = `"${m.surface}" read as ${label}: the one group of followers the text introduced as "${words} ..."`;
      i = end - 1;
      break;
    }
  }
}

/** Groups of a person's followers, one per person, from every phrase naming them outside headlines and captions. */
export function discoverFollowers(s: DiscoveryState, quiet: Uint8Array): void {
  const { tokens } = s;
  const introduced = new Map<string, Set<string>>();
  let firstEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (s.covered[i] || quiet[i] || !(ACTOR_WORDS.followerNouns.has(tokens[i]!.norm) || FORCE_WORDS.weaponFollowerNouns.has(tokens[i]!.norm))) continue;
    const phrase = followerPhraseAt(s, i);
    if (!phrase || quiet[phrase.start]) continue;
    // The short form of a person ("Gbagbo") gives way to the one named in full.
    const short = s.actors.get(phrase.person.actorId);
    const personId = short ? (s.personByNamePart(surnameOf(short.label)) ?? phrase.person.actorId) : phrase.person.actorId;
    const group = followersOf(s, personId);
    if (!group) continue;
    const personLabel = s.actors.get(personId)?.label ?? s.dict.get(personId)?.label ?? personId;
    const surface = s.slice(phrase.start, phrase.end);
    if (group.made) s.followerGroups.add(group.id);
    if (group.made) s.upsert(group.label, 'group', `followers of ${personLabel}: "${surface}"`, { affiliations: [{ actor: personId }] }, group.id);
    releaseInside(s, phrase.start, phrase.end);
    const m = group.made ? addFollowerMention(s, group.id, phrase.start, phrase.end, 'discovered') : s.addMention(group.id, phrase.start, phrase.end, 'role');
    if (group.made && phrase.person.tokenStart > i) {
      const words = s.slice(phrase.start, i + 1).toLowerCase();
      introduced.set(words, (introduced.get(words) ?? new Set()).add(group.id));
      if (firstEnd < 0) firstEnd = phrase.end;
    }
    m.note = group.made ? `"${surface}" read as ${group.label}: the followers of ${personLabel}` : `"${surface}" read as ${group.label}: ${personLabel}'s own group`;
    i = phrase.end - 1;
  }
  if (firstEnd >= 0) readRepeatedNouns(s, introduced, quiet, firstEnd);
}

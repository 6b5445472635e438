// Actors the dictionary lacks, found in one document: persons, organisations and groups, with the
// reason each was taken recorded in its notes.
import type { ActorDictionary } from '../actorDictionary';
import { LEXICON } from '../lexicon';
import { ACTOR_WORDS } from './actorWords';
import type { Mention, Sentence, Token } from '../types';
import { DiscoveryState, isCapitalized, type DiscoveredEntry } from './discoveryState';
import { capitalisedRun, descriptionBefore, isBodyWord, isOrgConnector, isTitleOnly, nameStartAfterTitles, namedVerbForm, particleSpan, runToAcronym, suffixedTitleBefore, titleBefore } from './nameParts';
import { afterInnerTitle } from './argumentNames';
import { acronymDefinition, keywordOrganization, knownAcronyms, namedAfterGroupNoun } from './organizationNames';
import { impliedAcronym, namedBeforeGroupApposition } from './groupAppositions';
import { discoverFollowers } from './followerGroups';
import { readLedGroups } from './ledGroups';
import { readTitleNames } from './titleNames';
import { readDescribedBodies } from './describedBodies';
import { discoverMembers, opensMemberPhrase } from './memberNouns';
import { discoverGroups } from './groupActors';
import { discoverDescribedGroups } from './describedGroups';
import { discoverLocatedAuthorities } from './locatedAuthorities';
import { discoverOwnedBodies, discoverStateBodies, possessedStateBody } from './stateBodies';
import { namedBeforeFightersNoun, type PlaceAt } from './armedGroupNames';
import { discoverPerson, looksLikePersonalName, markAppositions } from './personNames';
import { quietLineTokens } from './quietLines';
import { organisationPrefixedBodies, statePrefixedBodies } from './statePrefixedBodies';
import { introducedAcronym } from './introducedAcronyms';
import { discoverBlocs } from './blocNames';
import { purposeBodyName } from './purposeNames';
import { shortBodyName } from './shortBodyNames';
import { wordClass } from '../wordClass';

export type { DiscoveredEntry } from './discoveryState';

export interface Discovery {
  actors: DiscoveredEntry[];
  mentions: Mention[];
  /** Dictionary mentions that turned out to be part of another name ("Rubio" in "Joe Rubio"). */
  superseded: Mention[];
}

export interface DiscoveryInput {
  text: string;
  tokens: Token[];
  sentences: readonly Sentence[];
  /** Mentions the dictionary found. */
  known: Mention[];
  dict: ActorDictionary;
  /** Tokens never read for new actors (a dateline). */
  skip?: Uint8Array;
  /** Whether a verb lemma states a relation between actors: its subject, named in two words or more, is a person. */
  actsInRelations?: (lemma: string) => boolean;
  /** Whether a noun lemma names a relation ("meeting", "talks"): the subject of a light verb on it ("had a meeting") acts in it. */
  namesEvent?: (lemma: string) => boolean;
  /** Whether a verb and the word after it open a phrasal cue ("called on"): its subject acts in a relation as a verb cue's does. */
  opensPhrasalCue?: (lemma: string, next: string) => boolean;
  /** Whether the gazetteer knows a place of `length` tokens at token `i`: a place names no group. */
  placeAt?: PlaceAt;
}

/** A known person's bare surname after an unknown given name is someone else: "Joe Rubio". */
function supersededSurnames(s: DiscoveryState): Mention[] {
  const { tokens, known, dict } = s;
  return known.filter((m) => {
    if (m.form !== 'name' || m.tokenEnd - m.tokenStart !== 1 || dict.get(m.actorId)?.kind !== 'person') return false;
    const prev = tokens[m.tokenStart - 1];
    if (!prev || prev.sentence !== m.sentence || wordClass(prev) !== 'PROPN' || !isCapitalized(prev) || known.some((k) => k.tokenEnd === m.tokenStart)) return false;
    if (LEXICON.personTitles.some((t) => t.length === 1 && t[0] === prev.norm)) return false;
    return dict.findPersonVariant(`${prev.text} ${m.surface}`)?.id !== m.actorId;
  });
}

/**
 * "Fatah al-Islam", "Ansar al-Sharia": a known group's or organisation's name that a hyphenated
 * particle and a name word continue names another body of the same kind, not the known one.
 */
function extendedBodyNames(s: DiscoveryState): void {
  for (const m of s.known) {
    const kind = s.dict.get(m.actorId)?.kind;
    if (m.form !== 'name' || s.isSuperseded(m) || (kind !== 'group' && kind !== 'organization')) continue;
    const span = particleSpan(s.tokens, m.tokenEnd, s.sentenceBounds(m.tokenStart)[1]);
    const particles = s.tokens.slice(m.tokenEnd, m.tokenEnd + span);
    if (span === 0 || !particles.some((w) => w.norm === '-') || s.covered[m.tokenEnd + span] !== undefined) continue;
    const end = m.tokenEnd + span + 1;
    const label = s.slice(m.tokenStart, end);
    s.supersede(m);
    const id = s.upsert(label, kind, `${kind === 'group' ? 'group' : 'organisation'} whose name continues a known name ("${m.surface}") with "${s.slice(m.tokenEnd, end)}": another body`);
    s.addMention(id, m.tokenStart, end, 'discovered');
  }
}

/**
 * "the Movement for the Emancipation of ...", "the Justice and Equality Movement": a capitalised word
 * the tagger reads as a common noun opens a name before a connector, inside a sentence, when it is an
 * organisation word or the run it opens ends with one.
 */
function opensBodyName(s: DiscoveryState, i: number): boolean {
  const { tokens } = s;
  const t = tokens[i]!;
  if (tokens[i - 1]?.sentence !== t.sentence || !LEXICON.nameConnectors.has(tokens[i + 1]?.norm ?? '')) return false;
  if (isBodyWord(t)) return true;
  const end = capitalisedRun(s, i, s.sentenceBounds(i)[1]);
  return end - i >= 3 && isBodyWord(tokens[end - 1]!);
}

/** Reads the capitalised run opening at `i`; returns the token to go on from. */
function readRun(s: DiscoveryState, i: number, quiet: boolean, placeAt: PlaceAt | undefined): number {
  const { tokens } = s;
  const t = tokens[i]!;
  const [sStart, sEnd] = s.sentenceBounds(i);
  let end = quiet ? capitalisedRun(s, i, sEnd) : runToAcronym(s, i, capitalisedRun(s, i, sEnd), sEnd);
  if (isTitleOnly(tokens, i, end)) return end;
  // An acronym used again after its definition.
  const acronymOf = (end - i === 1 ? s.byAcronym.get(t.text) : undefined) ?? s.byGroupName.get(s.slice(i, end));
  if (acronymOf) {
    s.addMention(acronymOf, i, end, 'discovered');
    return end;
  }
  // "the LTTE Sea Tigers" after "Liberation Tigers of Tamil Eelam": an undefined acronym of a body named before.
  const implied = quiet ? undefined : impliedAcronym(s, t);
  if (implied) {
    s.byAcronym.set(t.text, implied);
    const entry = s.actors.get(implied);
    if (entry && !entry.aliases.includes(t.text)) entry.aliases.push(t.text);
    s.addMention(implied, i, i + 1, 'discovered');
    return i + 1;
  }
  const titleStart = titleBefore(tokens, i, sStart) ?? (tokens[i - 1]?.norm === ',' ? titleBefore(tokens, i - 1, sStart) : null) ?? suffixedTitleBefore(tokens, i, sStart);
  const inner = nameStartAfterTitles(tokens, i, end) === i ? afterInnerTitle(tokens, i, end) : i;
  // "Chechen President Aslan Maskhadov": title words inside the run, after a qualifier.
  const nameStart = inner > i && titleBefore(tokens, inner, i) !== null ? inner : nameStartAfterTitles(tokens, i, end);
  if (!quiet) {
    const defined = acronymDefinition(s, i, end, titleStart !== null || nameStart > i);
    if (defined !== null) return defined;
  }
  // A run that is itself part of a title phrase ("Foreign Ministry spokesperson X") names nobody.
  const after = tokens[end];
  if (nameStart === i && after && after.sentence === t.sentence && (titleBefore(tokens, end + 1, i) !== null || titleBefore(tokens, end, i) === i)) return end;
  if (nameStart === i && !quiet) {
    const organization =
      shortBodyName(s, i, end) ?? namedAfterGroupNoun(s, i, end, sStart) ?? namedBeforeFightersNoun(s, i, end, placeAt) ?? possessedStateBody(s, i, end) ?? keywordOrganization(s, i, end) ?? namedBeforeGroupApposition(s, i, end) ?? introducedAcronym(s, i, end) ?? purposeBodyName(s, i, end);
    if (organization !== null) return organization;
  }
  // Not an organisation: keep the part before the first connector as a possible name.
  for (let k = nameStart; k < end; k++) {
    if (isOrgConnector(tokens, k, end)) {
      end = k;
      break;
    }
  }
  if (end <= nameStart) return i + 1;
  // "security researcher Charles Nasibu": a noun describing persons stands as the title of a name of two words or more.
  const described = titleStart === null && nameStart === i && end - i >= 2 && looksLikePersonalName(tokens.slice(i, end)) ? descriptionBefore(tokens, i, sStart) : null;
  const person = discoverPerson(s, { runStart: i, nameStart, end, titleStart: titleStart ?? described ?? (nameStart > i ? i : null), sentenceEnd: sEnd, quiet });
  return person ?? end;
}

/**
 * Finds actors the dictionary lacks: persons after titles ("Foreign Minister X"), subjects of speech
 * verbs or of any verb (names of two words or more), persons with a describing apposition ("X, a
 * former diplomat", "X, Iran's UN ambassador"); organisations from acronym definitions, group nouns
 * and name keywords. Spelling variants of known persons become mentions of them, and a single name
 * word of a person named in the document ("Maliki", "Zhan") names that person. Headlines, captions
 * and credits make no new actors.
 */
export function discoverActors(input: DiscoveryInput): Discovery {
  const { text, tokens, known, dict, skip } = input;
  const s = new DiscoveryState(text, tokens, known, dict, input.actsInRelations, input.namesEvent, input.opensPhrasalCue);
  for (const m of supersededSurnames(s)) s.supersede(m);
  for (const m of known) {
    if (s.isSuperseded(m)) continue;
    for (let i = m.tokenStart; i < m.tokenEnd; i++) s.covered[i] = m;
    const kind = dict.get(m.actorId)?.kind;
    if (m.form === 'name' && kind === 'person') s.rememberNameParts(m.actorId, m.tokenStart, m.tokenEnd);
    if (m.form !== 'demonym' && kind === 'group') s.groupTrail.push(m);
  }
  extendedBodyNames(s);
  statePrefixedBodies(s);
  organisationPrefixedBodies(s);
  knownAcronyms(s);
  readDescribedBodies(s);
  const quiet = quietLineTokens(text, tokens, input.sentences);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "People's Democratic Party": a name may open with a possessive the tagger reads as a noun.
    const possessiveOpener = ACTOR_WORDS.possessiveNameWords.has(t.norm) && tokens[i + 1]?.norm === "'s";
    // "President Prosper Avril": a name word wink reads as a verb, never the first of its sentence.
    const namedVerb = namedVerbForm(t) && tokens[i - 1]?.sentence === t.sentence;
    const bodyOpener = !s.covered[i] && isCapitalized(t) && opensBodyName(s, i);
    if (s.covered[i] || skip?.[i] || !isCapitalized(t) || (wordClass(t) !== 'PROPN' && !possessiveOpener && !namedVerb && !bodyOpener) || opensMemberPhrase(tokens, i)) continue;
    i = Math.max(i, readRun(s, i, quiet[i] === 1, input.placeAt) - 1);
  }
  readTitleNames(s);
  readLedGroups(s);
  discoverFollowers(s, quiet);
  discoverStateBodies(s, quiet);
  discoverLocatedAuthorities(s, quiet);
  discoverOwnedBodies(s, quiet);
  discoverGroups(s, quiet);
  discoverMembers(s, quiet);
  discoverBlocs(s, quiet);
  discoverDescribedGroups(s, quiet);
  markAppositions(s);
  s.foldShortPersons();
  return { actors: [...s.actors.values()], mentions: s.mentions, superseded: s.superseded };
}

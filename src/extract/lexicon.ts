import lexiconData from '../../data/lexicon.json';

export interface Lexicon {
  speechVerbs: Set<string>;
  governmentNouns: Set<string>;
  targetNouns: Set<string>;
  locativePrepositions: Set<string>;
  personPronouns: Map<string, 'male' | 'female'>;
  negators: Set<string>;
  negatingVerbs: Set<string>;
  hypotheticalMarkers: Set<string>;
  plannedMarkers: Set<string>;
  /** Words before an act noun that put the act ahead of the writing ("a planned visit in April"). */
  plannedPremodifiers: Set<string>;
  /** Verbs whose "to"-infinitive is hypothetical ("threatened to strike"). */
  hypotheticalGovernors: Set<string>;
  /** Verbs whose "to"-infinitive is planned ("plans to impose"). */
  plannedGovernors: Set<string>;
  /** Nouns of intention a negator denies ("had no plans to ask X", "no intention to"): the clause is negated. */
  intentionNouns: Set<string>;
  /** Verbs that ask their object to act ("urged Iran to stop"): hypothetical. */
  requestGovernors: Set<string>;
  /** Verbs whose 'that' clause is what is wanted, not what happened: "demanded that Iran withdraw". */
  wantedClauseGovernors: Set<string>;
  wantedClauseNouns: Set<string>;
  hopedClauseNouns: Set<string>;
  /** Verbs of knowing or believing, no act another actor can be asked for ("Russia must know that ..."). */
  knowingVerbs: Set<string>;
  /** Auxiliaries of a said clause that oblige its subject ("said Chile must return ..."). */
  obligingAuxiliaries: Set<string>;
  /** Verbs that invite their object to act ("invited Iran to visit"): planned. */
  inviteGovernors: Set<string>;
  clauseBoundaries: Set<string>;
  targetPrepositions: Set<string>;
  sourcePrepositions: Set<string>;
  /** Titles as lowercased token sequences, longest first. */
  personTitles: string[][];
  /** Rank and office abbreviations written with a full stop ('adm', 'lt'): one word with it, no sentence end. */
  titleAbbreviations: Set<string>;
  personDescriptors: Set<string>;
  organizationKeywords: Set<string>;
  armedGroupKeywords: Set<string>;
  mediaKeywords: Set<string>;
  groupNouns: Map<string, 'organization' | 'group' | 'media'>;
  nameConnectors: Set<string>;
}

function build(): Lexicon {
  const d = lexiconData;
  return {
    speechVerbs: new Set(d.speechVerbs),
    governmentNouns: new Set(d.governmentNouns),
    targetNouns: new Set(d.targetNouns),
    locativePrepositions: new Set(d.locativePrepositions),
    personPronouns: new Map(Object.entries(d.personPronouns) as [string, 'male' | 'female'][]),
    negators: new Set(d.negators),
    negatingVerbs: new Set(d.negatingVerbs),
    hypotheticalMarkers: new Set(d.hypotheticalMarkers),
    plannedMarkers: new Set(d.plannedMarkers),
    plannedPremodifiers: new Set(d.plannedPremodifiers),
    hypotheticalGovernors: new Set(d.hypotheticalGovernors),
    plannedGovernors: new Set(d.plannedGovernors),
    intentionNouns: new Set(d.intentionNouns),
    requestGovernors: new Set(d.requestGovernors),
    wantedClauseGovernors: new Set(d.wantedClauseGovernors),
    wantedClauseNouns: new Set(d.wantedClauseNouns),
    hopedClauseNouns: new Set(d.hopedClauseNouns),
    knowingVerbs: new Set(d.knowingVerbs),
    obligingAuxiliaries: new Set(d.obligingAuxiliaries),
    inviteGovernors: new Set(d.inviteGovernors),
    clauseBoundaries: new Set(d.clauseBoundaries),
    targetPrepositions: new Set(d.targetPrepositions),
    sourcePrepositions: new Set(d.sourcePrepositions),
    titleAbbreviations: new Set(d.titleAbbreviations),
    personTitles: d.personTitles.map((t) => t.split(/\s+/)).sort((a, b) => b.length - a.length),
    personDescriptors: new Set(d.personDescriptors),
    organizationKeywords: new Set(d.organizationKeywords),
    armedGroupKeywords: new Set(d.armedGroupKeywords),
    mediaKeywords: new Set(d.mediaKeywords),
    groupNouns: new Map(Object.entries(d.groupNouns) as [string, 'organization' | 'group' | 'media'][]),
    nameConnectors: new Set(d.nameConnectors),
  };
}

export const LEXICON: Lexicon = build();

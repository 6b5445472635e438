import data from '../../../data/actorWords.json';
import places from '../../../data/placeFeatures.json';

/** The actor stage's word lists (data/actorWords.json), as sets and maps. */
export interface ActorWords {
  nameParticles: Set<string>;
  hyphenedParticles: Set<string>;
  titleModifiers: Set<string>;
  honorifics: Set<string>;
  /** Words of place names ('District', 'Strip', 'Delta'; geographic features from data/placeFeatures.json): a name holding one is no person. */
  placeNameWords: Set<string>;
  /** Verbs whose object is as often a place as an actor ('shelled El Fasher'): no person evidence there. */
  placeObjectVerbs: Set<string>;
  /** Nouns naming a gathering ("demonstrations"), to the group of the people gathered ("protesters"). */
  gatheringNouns: Map<string, string>;
  /** Verbs whose object gathering stands for the people gathered ("dispersed the demonstrations"). */
  gatheringVerbs: Set<string>;
  /** Title words that are parts of names too ('Hassan Sheikh Mohamud'). */
  titlesInsideNames: Set<string>;
  /** Nouns naming groups of people, to the plural the group is named by ("rebel" → "rebels"). */
  groupNouns: Map<string, string>;
  /** Nouns naming a group only with a nationality or qualifier in front ("Palestinian youths"). */
  qualifiedGroupNouns: Map<string, string>;
  stateGroupNouns: Set<string>;
  unlocatedGroupNouns: Set<string>;
  armedGroupNouns: Set<string>;
  groupModifiers: Set<string>;
  /** Words before a nationality plural that make it a people rather than a state's ("ethnic Albanians"). */
  peopleModifiers: Set<string>;
  /** Relative pronouns after a nationality plural that pick out some of its people ("Afghans who worked with the U.S."). */
  personRelatives: Set<string>;
  /** Capitalised words before a fighters noun that qualify rather than name a group ('Government forces', 'Islamic militants'). */
  notGroupNames: Set<string>;
  creditCues: Set<string>;
  headlineMaxWords: number;
  pluralReferences: Map<string, number>;
  pluralReferenceNouns: Map<string, 'state' | 'person' | 'any'>;
  counterpartNouns: Set<string>;
  /** Nouns naming actors who stand between the sides ("mediators"): never one of "both sides". */
  thirdPartyNouns: Set<string>;
  /** Participles that make the actor hyphened before them a third party ("Norway-mediated", "UN-brokered"). */
  thirdPartyParticiples: Set<string>;
  /** Prepositions that make an actor the venue of what is said, not a side of it ("talks in Sweden"). */
  venuePrepositions: Set<string>;
  /** Meetings and signings (lemmas) whose place is named with a venue preposition ("met in Oslo", "talks at Camp David"). */
  venueEventLemmas: Set<string>;
  /** Descriptions that name an actor without making the person its member ("an Iran expert"). */
  outsiderDescriptors: Set<string>;
  relationalNouns: Set<string>;
  collectivePronouns: Set<string>;
  neuterPronouns: Set<string>;
  governmentBodies: Set<string>;
  countingWords: Set<string>;
  stateNouns: Set<string>;
  acronymNouns: Set<string>;
  /** Words that make another place of a name they open ("South Sudan" is not "Sudan"). */
  compassWords: Set<string>;
  /** Nouns that after a person's name name the government the person leads ("the Bush administration"). */
  leaderBodyNouns: Set<string>;
  /** Last words that make a capitalised name an event's ("the Six-Party Talks"), no actor. */
  eventNameNouns: Set<string>;
  /** Nouns that alone after "the" ("the army", "the regime") name an institution of the article's state. */
  homeInstitutionNouns: Set<string>;
  /** The share of a document's state mentions one state needs to be the state the article is about. */
  homeStateShare: number;
  /** ... and the fewest mentions it needs. */
  homeStateMinMentions: number;
  /** Group nouns naming states' forces acting together ("coalition forces"). */
  coalitionNouns: Set<string>;
  /** Force nouns that after an actor's name are its forces ("UN peacekeepers"), alone a group of their own. */
  ownedForceNouns: Set<string>;
  /** Words after a hyphen that make the name before it a qualifier ("Hague-based"), no name syllable. */
  hyphenQualifiers: Set<string>;
  /** Nouns that after "the" ("the authorities") or, two words, alone ("security forces") name a state. */
  definiteStateNouns: Set<string>;
  bareStateNouns: Set<string>;
  /** One-word nouns that name a state so only as a clause's subject or passive agent ("Troops stormed ..."). */
  subjectStateNouns: Set<string>;
  /** Words between "the" and a state noun that keep it the state's ("the military government"). */
  governmentModifiers: Set<string>;
  /** Nouns of a state's authorities that "in" and a state make that state's ("officials in Kabul"). */
  locatedAuthorityNouns: Set<string>;
  /** Words that may stand before such a noun ("the defense ministry in Abkhazia"). */
  locatedAuthorityModifiers: Set<string>;
  /** The actor kinds a definite description may stand for: state nouns, armed group nouns. */
  referenceKinds: { state: string[]; armed: string[] };
  /** How many sentences back a definite description looks for the actor it stands for. */
  referenceLookBack: number;
  /** Determiners that make a bare group noun refer back ("the militants"; not "some militants", "gunmen"). */
  definiteDeterminers: Set<string>;
  /** Group nouns that without a determiner name nobody known ("gunmen attacked"). */
  anonymousGroupNouns: Set<string>;
  /** Nouns naming a person's followers ("Gbagbo supporters", "Nkunda's forces"). */
  followerNouns: Set<string>;
  /** Words tying followers to the person named next ("loyal to", "backing"), to the prepositions they take. */
  followerLinks: Map<string, string[]>;
  /** The name of a person's followers' group; "{surname}" is the person's last name word. */
  followerGroupName: string;
  /** Follower nouns naming a civilian following, read after "of" too ("supporters of X"). */
  supporterNouns: Set<string>;
  /** Participles after a hyphen naming who backs a group ("Russia-backed rebels"). */
  backerQualifiers: Set<string>;
  /** Nouns naming the members of an organisation or group named with them ("members of X", "X insiders"). */
  memberNouns: Set<string>;
  /** Words a name may carry a possessive after, inside the name ("People's"). */
  possessiveNameWords: Set<string>;
  /** Head nouns of an apposition calling an organisation an armed group ("a rebel group"). */
  armedBodyNouns: Set<string>;
  /** Leaders' titles: capitalised and unqualified before a name, a sitting leader ("President X"). */
  leaderTitles: string[];
  /** Common nouns naming a state's legislature, court or ministry, to how a label writes them (src/extract/actors/stateBodies.ts). */
  stateBodyNouns: Map<string, string>;
  /** Members of a legislature ("lawmakers"), standing for it. */
  legislatorNouns: Set<string>;
  /** Words that make a body a legislature. */
  legislatureWords: Set<string>;
  /** Words before a body noun that make it no state's own body ("the regional parliament"). */
  subStateModifiers: Set<string>;
  /** Head nouns of a body named by its owner and lowercase words ("the U.N. arbitration court"). */
  ownedBodyNouns: Set<string>;
  /** State group nouns that with a state after "in" or "of" ("police in Kenya") are that state. */
  domesticForceNouns: Set<string>;
  /** A capitalised body noun alone, to the one body English news means by it when the document names no other. */
  /** Words naming a bloc of states after 'the' ("the West"), to the bloc's name: an actor where it acts. */
  blocNames: Map<string, string>;
  bareBodyDefaults: Map<string, string>;
  /** Relations a described group ("276 schoolgirls") may take part in (describedGroups.ts). */
  describedGroupRelations: Set<string>;
  /** Speech lemmas whose object or oblique group is an audience, no party ("told reporters"). */
  audienceLemmas: Set<string>;
  /** Verbs whose object group is the actor's own people, sent or withdrawn ("withdraw aid workers"). */
  personnelLemmas: Set<string>;
  /** People nouns that stand for the state named on them ("citizens of Liberia"): no described group then. */
  stateCitizenNouns: Set<string>;
}

function build(): ActorWords {
  return {
    nameParticles: new Set(data.nameParticles),
    hyphenedParticles: new Set(data.hyphenedParticles),
    titleModifiers: new Set(data.titleModifiers),
    honorifics: new Set(data.honorifics),
    placeNameWords: new Set([...data.placeNameWords, ...places.featureWords]),
    placeObjectVerbs: new Set(data.placeObjectVerbs),
    gatheringNouns: new Map(Object.entries(data.gatheringNouns)),
    gatheringVerbs: new Set(data.gatheringVerbs),
    titlesInsideNames: new Set(data.titlesInsideNames),
    groupNouns: new Map(Object.entries(data.groupNouns)),
    qualifiedGroupNouns: new Map(Object.entries(data.qualifiedGroupNouns)),
    stateGroupNouns: new Set(data.stateGroupNouns),
    unlocatedGroupNouns: new Set(data.unlocatedGroupNouns),
    armedGroupNouns: new Set(data.armedGroupNouns),
    groupModifiers: new Set(data.groupModifiers),
    peopleModifiers: new Set(data.peopleModifiers),
    personRelatives: new Set(data.personRelatives),
    notGroupNames: new Set(data.notGroupNames),
    creditCues: new Set(data.creditCues),
    headlineMaxWords: data.headlineMaxWords,
    pluralReferences: new Map(Object.entries(data.pluralReferences)),
    pluralReferenceNouns: new Map(Object.entries(data.pluralReferenceNouns) as [string, 'state' | 'person' | 'any'][]),
    counterpartNouns: new Set(data.counterpartNouns),
    thirdPartyNouns: new Set(data.thirdPartyNouns),
    thirdPartyParticiples: new Set(data.thirdPartyParticiples),
    venuePrepositions: new Set(data.venuePrepositions),
    venueEventLemmas: new Set(data.venueEventLemmas),
    outsiderDescriptors: new Set(data.outsiderDescriptors),
    relationalNouns: new Set(data.relationalNouns),
    collectivePronouns: new Set(data.collectivePronouns),
    neuterPronouns: new Set(data.neuterPronouns),
    governmentBodies: new Set(data.governmentBodies),
    countingWords: new Set(data.countingWords),
    stateNouns: new Set(data.stateNouns),
    acronymNouns: new Set(data.acronymNouns),
    compassWords: new Set(data.compassWords),
    leaderBodyNouns: new Set(data.leaderBodyNouns),
    eventNameNouns: new Set(data.eventNameNouns),
    homeInstitutionNouns: new Set(data.homeInstitutionNouns),
    homeStateShare: data.homeStateShare,
    homeStateMinMentions: data.homeStateMinMentions,
    coalitionNouns: new Set(data.coalitionNouns),
    ownedForceNouns: new Set(data.ownedForceNouns),
    hyphenQualifiers: new Set(data.hyphenQualifiers),
    definiteStateNouns: new Set(data.definiteStateNouns),
    bareStateNouns: new Set(data.bareStateNouns),
    subjectStateNouns: new Set(data.subjectStateNouns),
    governmentModifiers: new Set(data.governmentModifiers),
    locatedAuthorityNouns: new Set(data.locatedAuthorityNouns),
    locatedAuthorityModifiers: new Set(data.locatedAuthorityModifiers),
    referenceKinds: data.referenceKinds,
    referenceLookBack: data.referenceLookBack,
    definiteDeterminers: new Set(data.definiteDeterminers),
    anonymousGroupNouns: new Set(data.anonymousGroupNouns),
    followerNouns: new Set(data.followerNouns),
    followerLinks: new Map(Object.entries(data.followerLinks)),
    followerGroupName: data.followerGroupName,
    supporterNouns: new Set(data.supporterNouns),
    backerQualifiers: new Set(data.backerQualifiers),
    memberNouns: new Set(data.memberNouns),
    possessiveNameWords: new Set(data.possessiveNameWords),
    armedBodyNouns: new Set(data.armedBodyNouns),
    leaderTitles: data.leaderTitles,
    stateBodyNouns: new Map(Object.entries(data.stateBodyNouns)),
    legislatorNouns: new Set(data.legislatorNouns),
    legislatureWords: new Set(data.legislatureWords),
    subStateModifiers: new Set(data.subStateModifiers),
    ownedBodyNouns: new Set(data.ownedBodyNouns),
    domesticForceNouns: new Set(data.domesticForceNouns),
    bareBodyDefaults: new Map(Object.entries(data.bareBodyDefaults)),
    blocNames: new Map(Object.entries(data.blocNames)),
    describedGroupRelations: new Set(data.describedGroupRelations),
    audienceLemmas: new Set(data.audienceLemmas),
    personnelLemmas: new Set(data.personnelLemmas),
    stateCitizenNouns: new Set(data.stateCitizenNouns),
  };
}

export const ACTOR_WORDS: ActorWords = build();

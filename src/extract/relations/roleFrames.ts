// data/roleFrames.json read once: which attachments of a cue name its target, its agent or its parties.
import framesData from '../../../data/roleFrames.json';
import { LEXICON } from '../lexicon';

export interface RoleFrames {
  /** Case markers of a cue verb's obl attachments that name the target, for a relation. */
  verbTargets(relation: string): ReadonlySet<string>;
  /** Case markers of a cue noun's nmod attachments that name the target, for a relation. */
  nounTargets(relation: string): ReadonlySet<string>;
  placeTargets: ReadonlySet<string>;
  /** Nouns for a line between states: one aimed at ("troops massed on its border with Eritrea") aims at the state it is shared with. */
  frontierNouns: ReadonlySet<string>;
  /** Relations whose passive verb without a "by" agent takes its "from" attachment as the doer ("were shelled from the Pakistani side"). */
  passiveFromAgents: ReadonlySet<string>;
  /** CAMEO codes of acts that take ground from someone ("recaptured the town from the rebels"): their "from" attachment is the target, never the doer. */
  takenFromCodes: ReadonlySet<string>;
  /** Verbs whose "under" attachment names an event their subject suffers ("came under fire", "remained under siege"). */
  underVerbs: ReadonlySet<string>;
  undergoerVerbs: ReadonlySet<string>;
  purposeTravelVerbs: ReadonlySet<string>;
  /** Predicate nouns whose subject suffers the event after "of" ("Mali has been the target of attacks"). */
  sufferingNouns: ReadonlySet<string>;
  /** Stand-in nouns for places: owned by a modifier or an "of" phrase, never by "from" ("attacked the town from Syria"). */
  placeStandInNouns: ReadonlySet<string>;
  /** Verbs whose subject suffers an event noun in their "in"/"during" adjunct: active ("died in an ambush") or passive ("were killed in an attack by X"). */
  victimVerbs: { active: ReadonlySet<string>; passive: ReadonlySet<string>; prepositions: ReadonlySet<string> };
  /** "claimed responsibility for the attack": the nouns and the verbs whose subject owns the event after "for". */
  responsibility: { nouns: ReadonlySet<string>; verbs: ReadonlySet<string> };
  /** Participles a name is hyphenated to when it describes a group rather than naming it ("al-Qaida-linked groups", "Iran-backed militias"). */
  describingParticiples: ReadonlySet<string>;
  /** Speech verbs whose complement may come without "that" and never take a plain noun object the parser could mistake it for ("said troops shelled ..."). */
  thatlessSpeechVerbs: ReadonlySet<string>;
  nounAgents: ReadonlySet<string>;
  parties: ReadonlySet<string>;
  lightVerbs: ReadonlySet<string>;
  /** Verbs whose object reacts to their subject ('the recognition angered Serbia'): an event noun as their subject does not act on the object. */
  reactionVerbs: ReadonlySet<string>;
  /** Verbs of moving in whose subject does the act noun of their 'in' adjunct ('entered Iraq in a drive against X'). */
  advanceVerbs: ReadonlySet<string>;
  /** Verbs passing their subject, negated, to the act noun they take as object ('denied attacks on X'). */
  denialVerbs: ReadonlySet<string>;
  /** Verbs whose object is the means, a "to" clause on it the subject's purpose ("used batons to disperse"). */
  instrumentVerbs: ReadonlySet<string>;
  /** Nouns of amounts ('dollars', 'tons') whose 'in' attachment names what was given ('$5 million in aid'). */
  amountNouns: ReadonlySet<string>;
  /** Nouns counting events, through which an event noun after "of" acts as their clause's subject ("a wave of strikes hit X"). */
  eventSeriesNouns: ReadonlySet<string>;
  reciprocalMarkers: ReadonlySet<string>;
  /** A caption's position words between listed names ("A, left, and B"). */
  captionPositionWords: ReadonlySet<string>;
  /** Words that open a noun phrase cue and only ever modify its noun ("joint efforts"), whatever the tagger reads. */
  nounPhraseOpeners: ReadonlySet<string>;
  /** Prepositions opening a cue set off by commas after a name, whose act it is ("Kenya, in cooperation with Somalia, ..."). */
  parentheticalPrepositions: ReadonlySet<string>;
  /** Participles that place an event noun in time or space ("a meeting scheduled Tuesday with X"): their attachments are the noun's. */
  eventPlacingParticiples: ReadonlySet<string>;
  /** Nouns standing for the actor that modifies them ("Iranian officials"): the lexicon's and the file's. */
  standInNouns: ReadonlySet<string>;
  /** The file's own stand-in nouns (forces, goods, towns): a bare demonym on one names its state ("Indian posts"); on the lexicon's "side" or "territory" it may name a people or a faction. */
  demonymStandInNouns: ReadonlySet<string>;
  relativePronouns: ReadonlySet<string>;
  asMediator: ReadonlySet<string>;
  /** Marks of a clause saying what an object is charged with ("accused X of attacking"): X does it. */
  chargeMarks: ReadonlySet<string>;
  /** Participles naming the agent of an event noun with their hyphenated modifier ("US-led strikes"). */
  agentParticiples: ReadonlySet<string>;
  /** Verbs whose object (or "on"/"to" attachment) does what their infinitive says. */
  objectControlVerbs: ReadonlySet<string>;
  /** Nouns for what an actor says or issues: a participle on one is said by its issuer ("issued a statement deploring X"). */
  utteranceNouns: ReadonlySet<string>;
  /** Verbs whose passive agent did what the noun they modify names ("attacks claimed by X"). */
  claimVerbs: ReadonlySet<string>;
  timeNouns: ReadonlySet<string>;
  /** Prepositions that also open a clause ("after Kenya criticized Eritrea"). */
  clauseOpeningPrepositions: ReadonlySet<string>;
  /** Relations whose verb's clausal complement names the target as its subject ("demanded that Ukraine withdraw"). */
  complementSubjectTargets: ReadonlySet<string>;
  /** Prepositions that also name the target of a threatened act ("threatened to secede from X"). */
  threatenedActPrepositions: ReadonlySet<string>;
  /** Relations whose cue verb takes no target from its infinitive: "helped fight al-Shabaab" helps nobody named. */
  helpingRelations: ReadonlySet<string>;
  /** Words counting a crowd ("Thousands of students"), which the parser may read as a name heading the sentence. */
  countNouns: ReadonlySet<string>;
  /** Participles used as adjectives before a name ("from neighboring Lebanon"), which the parser may read as verbs. */
  attributiveParticiples: ReadonlySet<string>;
  /** Cue verbs whose object is what is talked about, never a party ("discussed Syria with Turkey"). */
  topicVerbs: ReadonlySet<string>;
  /** Per cue verb, objects that give it another sense, no relation ("meet the deadline"). */
  otherSenseObjects: ReadonlyMap<string, ReadonlySet<string>>;
  /** Nouns that may stand for an event the text named before ("the move"), with the relations they fit (none listed: any). */
  eventAnaphors: ReadonlyMap<string, readonly string[]>;
  /** Determiners that make such a noun refer back ("the", "this", "these"). */
  anaphoricDeterminers: ReadonlySet<string>;
  /** Nouns whose possessor is not the target of a verb acting on them ("Colombia's neighbors", "Suu Kyi's arrest"). */
  notOwners: ReadonlySet<string>;
  /** What an actor claims, rules, demands or offers: a verb acting on one targets its owner ("rejected the Indian claim"). */
  claimNouns: ReadonlySet<string>;
  /** Per relation, the relations of earlier events its cue answers when it names no target ("Pakistan denied it": the accusation). */
  answeredRelations(relation: string): readonly string[];
  /** Prepositions of an adjunct whose symmetric event noun is held by the verb's coordinated subject ("agreed after talks"). */
  adjunctPartyPrepositions: ReadonlySet<string>;
  /** Relations whose event noun in an adjunct is done by the clause's subject ("briefed diplomats after a visit to Pyongyang"), and the adjunct's prepositions. */
  adjunctAgentRelations: ReadonlySet<string>;
  adjunctAgentPrepositions: ReadonlySet<string>;
  /** Relations whose event noun in a manner adjunct ("in defiance of X") is done by the clause's subject, and the adjunct's prepositions. */
  mannerAdjuncts: { relations: ReadonlySet<string>; prepositions: ReadonlySet<string> };
  /** Markers of a list of members after a noun ("groups, including X and Y"): the noun, naming no actor, stands for them. */
  memberMarkers: ReadonlySet<string>;
  /** Event nouns whose "of" phrase names who asked, in an adjunct opened by one of their prepositions ("at the request of X"). */
  askedAdjuncts: ReadonlyMap<string, ReadonlySet<string>>;
  /** What is done to the noun's owner or "of" attachment ("X's detention"), with the relations of earlier events whose doer did it. */
  eventPatientNouns: ReadonlyMap<string, readonly string[]>;
  /** A stretch of another event ("the extension of X's detention"): its "of" attachment is the event. */
  eventSpanNouns: ReadonlySet<string>;
  /** Talks or efforts whose purpose clause ends a conflict between two others: their holder mediates ("talks aimed at ending clashes between A and B"). */
  purposeMediation: { nouns: ReadonlySet<string>; aimVerbs: ReadonlySet<string>; endingVerbs: ReadonlySet<string> };
  /** Verbs reducing the relation their object noun names ("canceled meetings with X"), the CAMEO code of each noun, and the prepositions of its party. */
  reducedRelations: { verbs: ReadonlySet<string>; reducingNouns: ReadonlySet<string>; nouns: ReadonlyMap<string, string>; targetPrepositions: ReadonlySet<string> };
  /** Per relation, the prepositions and relations of an act its verb prepares for, whose target is its target ('mobilized reservists for a war against Iraq'). */
  preparedActs: ReadonlyMap<string, { prepositions: ReadonlySet<string>; actRelation: string; nouns: ReadonlySet<string> }>;
  /** Light verbs taking a recipient before the event noun ("promised Ukraine more aid"). */
  recipientVerbs: ReadonlySet<string>;
  /** Lifting a hostile measure, read like a reduction ('lifted a blockade on X'). */
  liftedMeasures: { verbs: ReadonlySet<string>; reducingNouns: ReadonlySet<string>; nouns: ReadonlyMap<string, string>; targetPrepositions: ReadonlySet<string> };
  /** Nouns of stopping an act: an act noun in their "of" attachment is no event ("a cessation of hostilities"). */
  ceasedActNouns: ReadonlySet<string>;
  /** Nouns naming one member of the organisation before them ("the OPEC nation", "the NATO country"). */
  memberStateNouns: ReadonlySet<string>;
  /** Marks that open a charge clause only on some verbs: mark → verb lemmas ("charged X with arming"). */
  verbChargeMarks: ReadonlyMap<string, ReadonlySet<string>>;
  /** Marks of a gerund clause whose verb's object is kept from or warned off the act ("warned Russia against attacking"). */
  dissuadingMarks: ReadonlySet<string>;
  /** Charged acts with no one named as done to: the accuser is the one they were done to (accuserTargets.ts). */
  accuserTargets: { relations: ReadonlySet<string>; verbs: ReadonlySet<string>; kinds: ReadonlySet<string>; placeNouns: ReadonlySet<string> };
}

function perRelation(table: Record<string, string[]>): (relation: string) => ReadonlySet<string> {
  const sets = new Map(Object.entries(table).map(([k, v]) => [k, new Set(v)]));
  const fallback = sets.get('default') ?? new Set<string>();
  return (relation) => sets.get(relation) ?? fallback;
}

function build(): RoleFrames {
  const d = framesData;
  return {
    verbTargets: perRelation(d.verbTargets),
    nounTargets: perRelation(d.nounTargets),
    placeTargets: new Set(d.placeTargets),
    frontierNouns: new Set(d.frontierNouns),
    passiveFromAgents: new Set(d.passiveFromAgents),
    takenFromCodes: new Set(d.takenFromCodes),
    underVerbs: new Set(d.underVerbs),
    undergoerVerbs: new Set(d.undergoerVerbs),
    purposeTravelVerbs: new Set(d.purposeTravelVerbs),
    sufferingNouns: new Set(d.sufferingNouns),
    placeStandInNouns: new Set(d.placeStandInNouns),
    victimVerbs: { active: new Set(d.victimVerbs.active), passive: new Set(d.victimVerbs.passive), prepositions: new Set(d.victimVerbs.prepositions) },
    responsibility: { nouns: new Set(d.responsibility.nouns), verbs: new Set(d.responsibility.verbs) },
    describingParticiples: new Set(d.describingParticiples),
    thatlessSpeechVerbs: new Set(d.thatlessSpeechVerbs),
    nounAgents: new Set(d.nounAgents),
    parties: new Set(d.parties),
    lightVerbs: new Set(d.lightVerbs),
    reactionVerbs: new Set(d.reactionVerbs),
    advanceVerbs: new Set(d.advanceVerbs),
    denialVerbs: new Set(d.denialVerbs),
    instrumentVerbs: new Set(d.instrumentVerbs),
    amountNouns: new Set(d.amountNouns),
    eventSeriesNouns: new Set(d.eventSeriesNouns),
    reciprocalMarkers: new Set(d.reciprocalMarkers),
    captionPositionWords: new Set(d.captionPositionWords),
    nounPhraseOpeners: new Set(d.nounPhraseOpeners),
    parentheticalPrepositions: new Set(d.parentheticalPrepositions),
    eventPlacingParticiples: new Set(d.eventPlacingParticiples),
    standInNouns: new Set([...d.standInNouns, ...LEXICON.governmentNouns, ...LEXICON.targetNouns, ...LEXICON.organizationKeywords]),
    demonymStandInNouns: new Set(d.standInNouns),
    relativePronouns: new Set(d.relativePronouns),
    asMediator: new Set(d.asMediator),
    chargeMarks: new Set(d.chargeMarks),
    agentParticiples: new Set(d.agentParticiples),
    objectControlVerbs: new Set(d.objectControlVerbs),
    claimVerbs: new Set(d.claimVerbs),
    utteranceNouns: new Set(d.utteranceNouns),
    timeNouns: new Set(d.timeNouns),
    clauseOpeningPrepositions: new Set(d.clauseOpeningPrepositions),
    complementSubjectTargets: new Set(d.complementSubjectTargets),
    threatenedActPrepositions: new Set(d.threatenedActPrepositions),
    helpingRelations: new Set(d.helpingRelations),
    countNouns: new Set(d.countNouns),
    attributiveParticiples: new Set(d.attributiveParticiples),
    topicVerbs: new Set(d.topicVerbs),
    otherSenseObjects: new Map(Object.entries(d.otherSenseObjects).map(([verb, nouns]) => [verb, new Set(nouns)])),
    notOwners: new Set(d.notOwners),
    eventAnaphors: new Map(Object.entries(d.eventAnaphors)),
    anaphoricDeterminers: new Set(d.anaphoricDeterminers),
    claimNouns: new Set(d.claimNouns),
    answeredRelations: (relation) => (d.answeredRelations as Record<string, string[]>)[relation] ?? [],
    adjunctPartyPrepositions: new Set(d.adjunctPartyPrepositions),
    adjunctAgentRelations: new Set(d.adjunctAgentRelations),
    adjunctAgentPrepositions: new Set(d.adjunctAgentPrepositions),
    mannerAdjuncts: { relations: new Set(d.mannerAdjuncts.relations), prepositions: new Set(d.mannerAdjuncts.prepositions) },
    memberMarkers: new Set(d.memberMarkers.markers),
    askedAdjuncts: new Map(Object.entries(d.askedAdjuncts).map(([noun, prepositions]) => [noun, new Set(prepositions)])),
    eventPatientNouns: new Map(Object.entries(d.eventPatientNouns)),
    eventSpanNouns: new Set(d.eventSpanNouns),
    purposeMediation: { nouns: new Set(d.purposeMediation.nouns), aimVerbs: new Set(d.purposeMediation.aimVerbs), endingVerbs: new Set(d.purposeMediation.endingVerbs) },
    reducedRelations: { verbs: new Set(d.reducedRelations.verbs), reducingNouns: new Set(d.reducedRelations.reducingNouns), nouns: new Map(Object.entries(d.reducedRelations.nouns)), targetPrepositions: new Set(d.reducedRelations.targetPrepositions) },
    liftedMeasures: { verbs: new Set(d.liftedMeasures.verbs), reducingNouns: new Set(d.liftedMeasures.reducingNouns), nouns: new Map(Object.entries(d.liftedMeasures.nouns)), targetPrepositions: new Set(d.liftedMeasures.targetPrepositions) },
    recipientVerbs: new Set(d.recipientVerbs),
    ceasedActNouns: new Set(d.ceasedActs.nouns),
    memberStateNouns: new Set(d.memberStateNouns.nouns),
    dissuadingMarks: new Set(d.dissuadingMarks.marks),
    verbChargeMarks: new Map(Object.entries(d.verbChargeMarks.marks).map(([mark, verbs]) => [mark, new Set(verbs)])),
    accuserTargets: { relations: new Set(d.accuserTargets.relations), verbs: new Set(d.accuserTargets.verbs), kinds: new Set(d.accuserTargets.kinds), placeNouns: new Set(d.accuserTargets.placeNouns) },
    preparedActs: new Map(Object.entries(d.preparedActs.relations).map(([relation, f]) => [relation, { prepositions: new Set(f.prepositions), actRelation: f.actRelation, nouns: new Set(f.nouns) }])),
  };
}

export const ROLE_FRAMES: RoleFrames = build();

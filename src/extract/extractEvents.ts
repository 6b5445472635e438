import type { RelationDefinition } from '../domain/relationOntology';
import type { ActorDictionary } from './actorDictionary';
import { ScopedActors } from './actorLookup';
import { datelineTokens } from './datelines';
import { discoverActors, type DiscoveredEntry } from './actors/discoverActors';
import { assignRoles, type CueMatch } from './assignRoles';
import { chooseRoles } from './roleFallback';
import { cueDate } from './cueDate';
import { nextAnchor, type DiscourseAnchor } from './discourseAnchor';
import { relativeClauseAt } from './relations/otherClauseDates';
import { clauseAround, governingPreposition } from './clauses';
import { findPronounMentions, findRoleMentions } from './actors/coreference';
import { findActorPronouns } from './actors/actorPronouns';
import { expandMembers, findDiscourseMentions } from './actors/discourse';
import { readLeaderGovernments } from './actors/leaderGovernments';
import { preferLongerNames } from './actors/shortNames';
import { findSpeechFrames } from './speechFrames';
import { ownSpeechActModality, reportAsAccusation, type ReportingContext } from './speechAccusations';
import { announcedThreat } from './announcedThreats';
import { agentlessParticiple, constrainedPairs } from './cueConstraints';
import { findCues, type FoundCue } from './findCues';
import { findDictionaryMentions, qualifyMentions } from './findMentions';
import { LEXICON } from './lexicon';
import { findPlaceMentions, placeAllowed, type PlaceGazetteer } from './places';
import { personInOwnPhrase } from './relations/onePhrase';
import { companionTarget } from './relations/companions';
import { partnerBetween } from './partnerNouns';
import { MentionIndex } from './mentionIndex';
import { clauseTense, cueModality, cueTense } from './modality';
import type { Ontology } from './ontology';
import { MAX_SENTENCE_CHARS, readSyntax, type TreedText } from './documentSyntax';
import type { SyntaxModel } from './syntax/syntaxModel';
import { documentDateFinder } from './resolveEventDate';
import { describesGroup, SentenceMentions } from './relations/argumentMentions';
import { DependencyTree } from './relations/dependencyTree';
import { readRoles } from './relations/readRoles';
import { accuserTargetPairs } from './relations/accuserTargets';
import { chargeClauseSayer } from './relations/clauseArguments';
import { answeredEvent, awaitsLaterDoer, laterPatientDoers, restatedEvent, verbOnAnaphor, verbOnClaim, type AnaphorReading, type NamedEvent } from './relations/eventAnaphora';
import { cueHead } from './relations/frameContext';
import { treeModality } from './relations/treeModality';
import { isStated, type StatedCue } from './relations/judgedWrongs';
import { statedCues } from './relations/statedCues';
import { withoutRestated } from './relations/statedRequests';
import { purposeMediations } from './relations/purposeMediation';
import { withoutMemberStateOwners } from './relations/memberStates';
import { isInternationalBody } from './actors/internationalBodies';
import { reducedRelations, withoutReduced, type ReducedCue } from './relations/reducedRelations';
import type { Modality } from '../domain/contract';
import type { ExtractedEvent, Mention, Sentence, SourceDocument, SpeechFrame, Token } from './types';

export interface ExtractionResources {
  dictionary: ActorDictionary;
  ontology: Ontology;
  /** Tagger and dependency parser; without it sentences are read without their trees. */
  syntax?: SyntaxModel;
  /** Cities and regions, read as their state where a relation may target a place. */
  places?: PlaceGazetteer;
}

export interface DocumentExtraction {
  events: ExtractedEvent[];
  mentions: Mention[];
  /** Actors found in this text that the dictionary lacks. */
  discovered: DiscoveredEntry[];
  /** Relations left out because neither the document nor their clause gives a date. */
  undated: number;
  /** Sentences not read for relations because they are longer than MAX_SENTENCE_CHARS. */
  overlong?: number;
}


// Stands in for "no publication date" so only dates that carry their own year resolve.

const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'its', 'their']);
// Pronouns that never stand for a person speaker.
const IMPERSONAL_PRONOUNS = new Set(['it', 'its', 'their']);

/** Pronouns opening reported speech refer to the speaker ("Iran said that it is keeping...", "the army says its forces ..."); "it", "its" and "their" never to a person. */
function speakerPronouns(tokens: Token[], frames: SpeechFrame[], mentions: Mention[], kindOf: (id: string) => string | undefined): Mention[] {
  const out: Mention[] = [];
  for (const f of frames) {
    let j = f.start;
    while (j < f.end && tokens[j]!.pos === 'PUNCT') j++;
    const t = tokens[j];
    if (!f.speaker || !t || !SUBJECT_PRONOUNS.has(t.norm) || (IMPERSONAL_PRONOUNS.has(t.norm) && kindOf(f.speaker.actorId) === 'person')) continue;
    const existing = mentions.findIndex((m) => m.tokenStart === j);
    // A pronoun already read as the speaker keeps its own explanation.
    if (existing >= 0 && mentions[existing]!.actorId === f.speaker.actorId && !mentions[existing]!.members) continue;
    const note = `"${t.text}" read as ${f.speaker.surface}: the speaker of the reported speech it opens`;
    const m: Mention = { actorId: f.speaker.actorId, form: 'pronoun', tokenStart: j, tokenEnd: j + 1, sentence: t.sentence, surface: t.text, note };
    if (existing >= 0) mentions[existing] = m;
    else out.push(m);
  }
  return out;
}

/** A mention the cue's roles may take: not a modifier, nor a place unless the relation can target places. */
function isArgument(tokens: Token[], m: Mention, cue: CueMatch): boolean {
  if (m.modifierOf !== undefined || describesGroup(tokens, m)) return false;
  const prep = governingPreposition(tokens, m);
  return !(prep && LEXICON.locativePrepositions.has(prep.norm) && !cue.placeTarget && prep.norm !== 'at');
}

/** The document's places by sentence, each read as its state where the name or the document settles which (src/extract/places.ts). */
function documentPlaces(text: string, tokens: Token[], places: PlaceGazetteer, named: readonly Mention[], dict: ScopedActors): Map<number, Mention[]> {
  const states = new Set(named.filter((m) => dict.get(m.actorId)?.kind === 'state').map((m) => m.actorId));
  const out = new Map<number, Mention[]>();
  for (const m of findPlaceMentions(text, tokens, places, named, states, (id) => dict.get(id)?.label)) {
    const list = out.get(m.sentence);
    if (list) list.push(m);
    else out.set(m.sentence, [m]);
  }
  return out;
}

/** Whether a state's mention modifies mention m ("Tehran's" in "Tehran's United Nations spokesman"). */
function ownedByState(m: Mention, mentions: readonly Mention[], index: MentionIndex, kindOf: (id: string) => string | undefined): boolean {
  return mentions.some((x) => x.modifierOf !== undefined && index.at(x.modifierOf)?.tokenStart === m.tokenStart && kindOf(x.actorId) === 'state');
}

/** "Iran's foreign ministry": events of the registry's structural relation, from the ministry to Iran. */
function affiliationEvents(
  structural: RelationDefinition | undefined,
  doc: SourceDocument,
  tokens: Token[],
  sentences: Sentence[],
  mentions: Mention[],
  index: MentionIndex,
  kindOf: (id: string) => string | undefined,
  docDate: string,
  international: (id: string) => boolean,
): ExtractedEvent[] {
  const out: ExtractedEvent[] = [];
  if (!structural) return out;
  const seen = new Set<string>();
  for (const m of mentions) {
    if (m.modifierOf === undefined) continue;
    const head = m.modifierOf === undefined ? undefined : index.at(m.modifierOf);
    if (!head || head.actorId === m.actorId) continue;
    const headKind = kindOf(head.actorId);
    const ownerKind = kindOf(m.actorId);
    if (headKind === 'state' || (ownerKind !== 'state' && ownerKind !== 'organization' && ownerKind !== 'group')) continue;
    // "Tehran's United Nations spokesman X": the state's mission to an international body; neither X nor the body is the other's.
    if ((ownerKind === 'state' && international(head.actorId)) || (international(m.actorId) && ownedByState(m, mentions, index, kindOf))) continue;
    // "Hamas ally Hezbollah": partners or foes, neither a part of the other.
    if (partnerBetween(tokens, Math.min(m.tokenEnd, head.tokenEnd), Math.max(m.tokenStart, head.tokenStart))) continue;
    const key = `${head.actorId}>${m.actorId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // The modifier comes before its head ("Iran's foreign ministry") or after it in apposition ("X, Iran's UN ambassador").
    const first = tokens[Math.min(m.tokenStart, head.tokenStart)]!;
    const last = tokens[Math.max(m.tokenEnd, head.tokenEnd) - 1]!;
    const s = sentences[first.sentence]!;
    out.push({
      id: `${doc.id}:${first.sentence}:aff:${head.actorId}:${m.actorId}`,
      source: head.actorId,
      target: m.actorId,
      relation: structural.id,
      cameo: structural.cameo[0]!,
      plover: structural.plover,
      date: docDate,
      datePrecision: 'document',
      doc: doc.id,
      evidence: { text: doc.body.slice(s.start, s.end), start: s.start, end: s.end },
      modality: 'asserted',
      confidence: m.form === 'name' ? 0.9 : 0.8,
      cue: doc.body.slice(first.start, last.end),
    });
  }
  return out;
}

/**
 * The tree's reading of negation, condition, modals and governors where the parse held the cue's
 * frame ("Without warning, X attacked" is not negated: "without" governs "warning", not the cue);
 * the positional reading where the tree marks nothing else or lost the frame.
 */
function statedModality(tree: DependencyTree | null, anchored: boolean, cue: CueMatch, positional: Modality, reported: boolean): Modality {
  if (!tree) return positional;
  const verdict = treeModality(tree, cueHead(tree, cue));
  // A frame the parse lost keeps the positional reading, but an act the tree places under a plan or an offer is still unrealised.
  if (!anchored) return positional === 'asserted' && (verdict === 'planned' || verdict === 'hypothetical') ? verdict : positional;
  if (verdict) return verdict;
  return positional === 'negated' ? (reported ? 'reported' : 'asserted') : positional;
}

/** Called as sentences are read: `done` of `total`, from 0 up to `total`. */
export type SentenceProgress = (done: number, total: number) => void;

/**
 * Events stated by one document's sentences; `onSentence`, if given, hears of each sentence read.
 * `syntax`: the body's `readSyntax`, when it was read beforehand (with its sentences' trees, when built: see withTrees).
 */
export function extractDocument(doc: SourceDocument, res: ExtractionResources, onSentence?: SentenceProgress, syntax?: TreedText): DocumentExtraction {
  const { dictionary, ontology } = res;
  const { tokens, sentences } = syntax ?? readSyntax(doc.body, res);
  const dateline = datelineTokens(tokens, sentences);
  const fromDictionary = preferLongerNames(findDictionaryMentions(doc.body, tokens, dictionary).filter((m) => !dateline[m.tokenStart]), dictionary);
  const discovery = discoverActors({ text: doc.body, tokens, sentences, known: fromDictionary, dict: dictionary, skip: dateline, actsInRelations: (lemma) => ontology.cuesByFirstLemma.get(lemma)?.some((c) => c.kind === 'verb') ?? false, namesEvent: (lemma) => ontology.cuesByFirstLemma.get(lemma)?.some((c) => c.kind === 'noun') ?? false, opensPhrasalCue: (lemma, next) => ontology.cuesByFirstLemma.get(lemma)?.some((c) => c.kind === 'phrase' && !c.nominal && c.lemmas[1] === next) ?? false, placeAt: res.places ? (i, length) => res.places!.matchAt(tokens, i)?.length === length : undefined });
  const dict = new ScopedActors(dictionary, discovery.actors);
  const kindOf = (id: string) => dict.get(id)?.kind;
  // The state a state body (a ministry, a parliament) belongs to: it answers for its state.
  const stateOfBody = (id: string) => {
    const owner = kindOf(id) === 'organization' ? dict.affiliationOn(id, doc.published ?? null) : undefined;
    return owner && kindOf(owner) === 'state' ? owner : undefined;
  };
  const docDate = doc.published?.slice(0, 10) ?? null;
  const byStart = (a: Mention, b: Mention) => a.tokenStart - b.tokenStart;
  const kept = fromDictionary.filter((m) => !discovery.superseded.includes(m));
  const named = readLeaderGovernments(tokens, qualifyMentions(tokens, [...kept, ...discovery.mentions].sort(byStart), kindOf), dict, doc.published);
  const keptStarts = new Set(named.map((m) => m.tokenStart));
  const looseDemonyms = kept.filter((m) => m.form === 'demonym' && !keptStarts.has(m.tokenStart));
  const roles = findRoleMentions(tokens, named, dict, doc.published);
  let mentions = [...named, ...roles].sort(byStart);
  mentions = [...mentions, ...findPronounMentions(tokens, mentions, dict, doc.published)].sort(byStart);
  mentions = [...mentions, ...findDiscourseMentions(tokens, mentions, dict, doc.published)].sort(byStart);
  mentions = [...mentions, ...findActorPronouns(tokens, mentions, dict)].sort(byStart);

  const index = new MentionIndex(mentions, tokens.length);
  const placesBySentence = res.places ? documentPlaces(doc.body, tokens, res.places, [...fromDictionary, ...discovery.mentions, ...mentions], dict) : new Map<number, Mention[]>();
  const events: ExtractedEvent[] = [];
  // Events in the order the text names them, for "the move" and "the strikes" to refer back to.
  const earlier: NamedEvent[] = [];
  // Mentions the tree reading took beyond the list (loose demonyms: "British in contact with ..."): each event's ends must be actors.
  const listed = new Set(mentions);
  const usedOutside = new Set<Mention>();
  // The date parser's answers, kept for this document: several cues share a clause or a sentence.
  const findDates = documentDateFinder();
  // The day the text named last, carried from sentence to sentence (discourseAnchor.ts).
  let anchor: DiscourseAnchor | undefined;
  const reporting: ReportingContext = { relations: ontology.registry, dict, published: doc.published ?? null, body: doc.body, tokens };
  const accusationCode = ontology.registry.accusation?.cameo;
  // The relation of one standing between two parties (data/relations.json: betweenParties).
  const mediator = ontology.registry.relations.find((r) => r.betweenParties);
  const cameoRelation = (cameo: string) => ontology.registry.relations.find((r) => r.cameo.includes(cameo))?.id;
  let undated = 0;
  let overlong = 0;
  let read = 0;
  onSentence?.(0, sentences.length);
  // Each sentence, and each cue in it, read by a function of its own: one function holding both loops
  // took the optimizing compiler seconds to compile, and again after every deoptimization.
  for (const sentence of sentences) readSentence(sentence);
  function readSentence(sentence: Sentence): void {
    if (read > 0) onSentence?.(read, sentences.length);
    read++;
    if (sentence.end - sentence.start > MAX_SENTENCE_CHARS) {
      overlong++;
      return;
    }
    let inSentence = withoutMemberStateOwners(tokens, index.inSentence(sentence.index), kindOf);
    const frames = findSpeechFrames(tokens, sentence, inSentence, looseDemonyms);
    const extra = speakerPronouns(tokens, frames, inSentence, kindOf);
    if (extra.length) inSentence = [...inSentence, ...extra].sort((a, b) => a.tokenStart - b.tokenStart);
    const evidence = { text: doc.body.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end };
    const built = syntax?.trees?.get(sentence);
    const tree = built === undefined ? DependencyTree.of(tokens, sentence) : built;
    const sentenceTreeMentions = tree ? new SentenceMentions(tree, inSentence, looseDemonyms.filter((m) => m.sentence === sentence.index)) : null;
    const places = placesBySentence.get(sentence.index);
    const withPlaces = places && [...inSentence, ...places].sort(byStart);
    const placeTreeMentions = tree && withPlaces ? new SentenceMentions(tree, withPlaces, looseDemonyms.filter((m) => m.sentence === sentence.index)) : null;
    // Relations said by judging an act a wrong, asking another actor to act, threatening or denying, read on the tree.
    const stated = tree && sentenceTreeMentions && accusationCode ? statedCues({ tree, mentions: sentenceTreeMentions, frames, earlier, accusationCameo: accusationCode, first: sentence.firstToken, end: sentence.endToken }) : [];
    // "X is in Bangkok for talks aimed at ending clashes between A and B": mediation said by the talks' purpose.
    const purposes = tree && sentenceTreeMentions && mediator ? purposeMediations({ tree, mentions: sentenceTreeMentions, mediation: mediator.id, mediationCameo: mediator.cameo[0]!, first: sentence.firstToken, end: sentence.endToken }) : [];
    // "canceled planned meetings with Japan": a relation reduced by acting on the noun that names it.
    const reduced = tree && sentenceTreeMentions ? reducedRelations({ tree, mentions: sentenceTreeMentions, relationOf: cameoRelation, first: sentence.firstToken, end: sentence.endToken }) : [];
    for (const cue of [...withoutReduced(withoutRestated(findCues(tokens, sentence, inSentence, ontology), stated), reduced), ...stated, ...purposes, ...reduced]) readCue(cue);
    let first = sentence.firstToken;
    while (first < sentence.endToken && dateline[first]) first++;
    const from = tokens[first]?.start ?? sentence.end;
    const inRelativeClause = tree ? (at: number) => relativeClauseAt(tree, from + at) : undefined;
    if (first < sentence.endToken) anchor = nextAnchor(anchor, { text: doc.body.slice(from, sentence.end), index: sentence.index, tokens, first, end: sentence.endToken, inRelativeClause }, doc.published ?? null, findDates);
    function readCue(cue: FoundCue | StatedCue | ReducedCue): void {
      const relation = ontology.get(cue.relation);
      if (!relation || relation.structural) return;
      // "crisis mediator Thabo Mbeki": a cue noun standing as a person's title names that person, no event.
      const titled = cue.kind === 'noun' ? index.at(cue.tokenEnd) : undefined;
      if (titled && titled.tokenStart === cue.tokenEnd && titled.sentence === sentence.index && kindOf(titled.actorId) === 'person') return;
      const clause = clauseAround(tokens, sentence, cue.tokenStart, frames);
      // Places take part only where the relation may target one ("shelled the city of Ganja").
      const cueMentions = cue.placeTarget && withPlaces ? withPlaces : inSentence;
      const treeMentions = cue.placeTarget && placeTreeMentions ? placeTreeMentions : sentenceTreeMentions;
      const args = cueMentions.filter((m) => isArgument(tokens, m, cue));
      const before = args.filter((m) => m.tokenEnd <= clause.start && !governingPreposition(tokens, m));
      const frame = frames.find((f) => cue.tokenStart >= f.start && cue.tokenStart < f.end);
      const outer = before.filter((m) => !frame || m.tokenStart >= frame.start);
      const opener = tokens[clause.start]?.norm;
      const relative = opener === 'which' || opener === 'who' || opener === 'that';
      // A relative clause's subject is the mention it hangs on ("Switzerland, which acts..."),
      // and nobody when it hangs on a common noun ("an attack that killed...").
      const last = inSentence.filter((m) => m.tokenEnd <= clause.start && m.modifierOf === undefined).pop();
      const antecedent = relative && last && tokens.slice(last.tokenEnd, clause.start).every((t) => t.norm === ',') ? last : undefined;
      const outerSubject = relative ? antecedent : (outer[0] ?? frame?.heldSubject);
      // The tree's pairs where it read any; else the positional pairs the tree does not rule out (roleFallback.ts).
      const ownReading = tree && treeMentions ? readRoles(tree, treeMentions, cue, frame?.speaker) : null;
      // "Armenia accused Azerbaijan of more shelling": a charged act naming no one it was done to was done to the accuser.
      const treeReading = tree && treeMentions && ownReading?.pairs.length === 0 ? (accuserTargetPairs(tree, treeMentions, cue, kindOf) ?? ownReading) : ownReading;
      // The tree's pairs the cue's target rule allows (data/relations.json, targetRules).
      const reading = treeReading && { ...treeReading, pairs: constrainedPairs(treeReading.pairs, cue, tree, treeMentions, kindOf) };
      // "China criticized the move": the tree read no target, but its object refers back to an event.
      let anaphor: AnaphorReading | null = null;
      if (isStated(cue)) anaphor = { pairs: cue.stated };
      else if (tree && treeMentions && reading?.pairs.length === 0) {
        const head = cueHead(tree, cue);
        anaphor = (reading.anchored ? (verbOnClaim(tree, treeMentions, cue, head) ?? verbOnAnaphor(tree, treeMentions, cue, head, earlier)) : null) ?? restatedEvent(tree, treeMentions, cue, head, earlier) ?? answeredEvent(tree, treeMentions, cue, head, earlier, stateOfBody);
      }
      // No positional guess for a cue whose relation allows only the tree's roles (targetRules: treeOnly), nor for an agentless participle.
      const positional = () => (cue.rule?.treeOnly || agentlessParticiple(tree, cue) ? [] : assignRoles(tokens, args, cue, clause.start, clause.end, outerSubject, frame?.speaker));
      const read = anaphor?.pairs ?? chooseRoles(tree, reading, cue, positional).pairs;
      // What an earlier event or a claim's owner gave was read through the object: the cue's target rule holds already.
      const chosen = anaphor || read === reading?.pairs ? read : constrainedPairs(read, cue, tree, treeMentions, kindOf);
      // "fought alongside forces loyal to X": a companion of the doer is no target (relations/companions.ts).
      const companion = (m: Mention) => companionTarget(tree, tokens, m, cue.tokenStart, cue.tokenEnd, sentence.firstToken);
      const pairs = expandMembers(chosen, tokens).filter((p) => placeAllowed(tokens, p, cue) && !personInOwnPhrase(tree, p.source, p.target, kindOf) && !companion(p.target));
      if (pairs.length === 0) return;
      const tense = cueTense(tokens, cue.tokenStart) ?? clauseTense(tokens, clause.start, clause.end);
      const stated = isStated(cue) && cue.madeBySaying ? 'asserted' : statedModality(tree, reading?.anchored === true, cue, cueModality(tokens, clause.start, clause.end, cue.tokenStart, Boolean(frame)), Boolean(frame));
      // "accused Rwanda of backing the rebels": the charge is what the accuser says happened.
      const sayer = tree && reading?.anchored ? chargeClauseSayer(tree, cueHead(tree, cue)) : undefined;
      const charged = sayer !== undefined && stated === 'asserted';
      // An invitation is to a meeting still to come.
      const modality = cue.planned && (stated === 'asserted' || stated === 'reported') ? 'planned' : charged ? 'reported' : stated;
      let date = cueDate({ doc, tokens, sentence, clause, cue, tree, dateline, tense, findDates, evidence, anaphor, earlier, frames, frame, anchor, pairs: pairs.map((p) => ({ source: p.source.actorId, target: p.target.actorId })) });
      // "Russia-backed rebels": a standing state the phrase describes is dated by the document, not by the clause around it.
      if (reading?.standing && read === reading.pairs && docDate) date = undefined;
      if (!date && !docDate) {
        undated += pairs.length;
        return;
      }
      const cueText = doc.body.slice(tokens[cue.tokenStart]!.start, tokens[cue.tokenEnd - 1]!.end);
      const cueWeight = cue.kind === 'noun' || cue.generated ? 0.9 : 1;
      for (const p of pairs) {
        // A place stands for its state in acts stated as done, not in threats or plans ("threatened to capture Goma").
        const viaPlace = p.target.form === 'place';
        if (viaPlace && (modality === 'hypothetical' || modality === 'planned')) continue;
        const awaiting = awaitsLaterDoer(p.target.actorId);
        for (const m of [p.source, p.target]) if (!listed.has(m) && !awaiting) usedOutside.add(m);
        const indirect = [p.source, p.target].some((m) => m.form === 'pronoun' || m.form === 'role') ? 0.1 : 0;
        const event: ExtractedEvent = {
          id: `${doc.id}:${sentence.index}:${cue.tokenStart}:${p.source.actorId}:${p.target.actorId}`,
          source: p.source.actorId,
          target: p.target.actorId,
          relation: relation.id,
          cameo: cue.cameo,
          plover: relation.plover,
          date: date?.date ?? docDate!,
          datePrecision: date?.precision ?? 'document',
          doc: doc.id,
          evidence,
          modality: ownSpeechActModality(relation.id, modality, frame?.speaker?.actorId, p.source.actorId),
          confidence: Math.round(Math.max(0.05, Math.min(0.99, p.strength * cueWeight - indirect)) * 100) / 100,
          cue: cueText,
        };
        if (date?.dateEnd) event.dateEnd = date.dateEnd;
        if (date?.note) event.dateNote = date.note;
        // A speech act the speaker reports of itself is its own statement, attributed to nobody else.
        if (frame?.speaker && !(event.modality !== modality && frame.speaker.actorId === p.source.actorId)) event.attributedTo = frame.speaker.actorId;
        else if (!frame?.speaker && charged && sayer >= 0) {
          const by = treeMentions?.group(sayer)[0];
          if (by && by.actorId !== event.source) event.attributedTo = by.actorId;
        }
        if (anaphor?.note) event.anaphor = anaphor.note;
        events.push(event);
        if (awaiting) continue;
        // What a place reading gave stays in its sentence: "the attack" later restates the act, not a second one.
        if (!viaPlace) earlier.push({ event, sentence: sentence.index, token: cue.tokenStart });
        // "NATO says NATO and Pakistani troops fired on them": a speaker among the doers accuses none of them.
        const jointAct = frame?.speaker !== undefined && pairs.some((q) => q.source.actorId === frame.speaker!.actorId);
        const announced = announcedThreat(ontology.registry, tokens, doc.body, event, frame);
        if (announced) events.push(announced);
        const report = frame && !jointAct ? reportAsAccusation(reporting, event, frame) : null;
        if (report) {
          events.push(report);
          // A denial may answer the accusation a report makes; "the move" still means the act, named after it.
          earlier.splice(earlier.length - (viaPlace ? 0 : 1), 0, { event: report, sentence: sentence.index, token: cue.tokenStart });
        }
      }
    }
  }
  onSentence?.(sentences.length, sentences.length);
  if (docDate) events.push(...affiliationEvents(ontology.registry.structural, doc, tokens, sentences, mentions, index, kindOf, docDate, (id) => isInternationalBody(dictionary, id)).filter((e) => e.evidence.end - e.evidence.start <= MAX_SENTENCE_CHARS));
  // One event per relation, pair and sentence; an act whose doer a later sentence names gets it now.
  const sentenceAt = new Map(sentences.map((s) => [s.start, s.index]));
  const byKey = new Map<string, ExtractedEvent>();
  for (const e of laterPatientDoers(events, (x) => sentenceAt.get(x.evidence.start) ?? -1)) {
    const key = `${e.relation}|${e.source}|${e.target}|${e.evidence.start}`;
    const prev = byKey.get(key);
    if (!prev || prev.confidence < e.confidence) byKey.set(key, e);
  }
  if (usedOutside.size) mentions = [...mentions, ...usedOutside].sort(byStart);
  return { events: [...byKey.values()], mentions, discovered: discovery.actors, undated, ...(overlong > 0 ? { overlong } : {}) };
}

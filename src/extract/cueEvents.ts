// One cue of a sentence read into events: its clause and arguments, the roles the tree (or, failing
// it, the positions) give, the modality and date of what it says, and the events of each pair.
import type { Modality } from '../domain/contract';
import { assignRoles, type CueMatch, type RolePair } from './assignRoles';
import { chooseRoles } from './roleFallback';
import { cueDate } from './cueDate';
import { clauseAround, governingPreposition } from './clauses';
import { expandMembers } from './actors/discourse';
import { ownSpeechActModality, reportAsAccusation, type ReportingContext } from './speechAccusations';
import { announcedThreat } from './announcedThreats';
import { agentlessParticiple, constrainedPairs } from './cueConstraints';
import type { FoundCue } from './findCues';
import { LEXICON } from './lexicon';
import { placeAllowed } from './places';
import { personInOwnPhrase } from './relations/onePhrase';
import { companionTarget } from './relations/companions';
import { clauseTense, cueModality, cueTense } from './modality';
import type { Ontology } from './ontology';
import type { DateFinder, ResolvedDate } from './resolveEventDate';
import type { DocumentActors } from './documentActors';
import type { AnchorChain } from './anchorChain';
import { isDescribedMention, positionalArguments, readingFor } from './describedArguments';
import { describingParticiple } from './describingParticiple';
import { describesGroup, type SentenceMentions } from './relations/argumentMentions';
import type { DependencyTree } from './relations/dependencyTree';
import { readRoles } from './relations/readRoles';
import { accuserTargetPairs } from './relations/accuserTargets';
import { chargeClauseSayer } from './relations/clauseArguments';
import { answeredEvent, awaitsLaterDoer, restatedEvent, verbOnAnaphor, verbOnClaim, type AnaphorReading, type NamedEvent } from './relations/eventAnaphora';
import { cueHead, type FrameReading } from './relations/frameContext';
import { treeModality } from './relations/treeModality';
import { isStated, type StatedCue } from './relations/judgedWrongs';
import type { ReducedCue } from './relations/reducedRelations';
import type { ExtractedEvent, Mention, Sentence, SourceDocument, SpeechFrame, Token } from './types';

export type SentenceCue = FoundCue | StatedCue | ReducedCue;

/** What the reading of one document holds while its sentences are read, and the events it collects. */
export interface DocumentReading {
  doc: SourceDocument;
  ontology: Ontology;
  tokens: Token[];
  actors: DocumentActors;
  docDate: string | null;
  events: ExtractedEvent[];
  /** Events in the order the text names them, for "the move" and "the strikes" to refer back to. */
  earlier: NamedEvent[];
  /** Mentions the tree reading took beyond the list (loose demonyms: "British in contact with ..."): each event's ends must be actors. */
  listed: Set<Mention>;
  usedOutside: Set<Mention>;
  /** The date parser's answers, kept for this document: several cues share a clause or a sentence. */
  findDates: DateFinder;
  /** The day the text named last, carried from sentence to sentence when a cue asks (anchorChain.ts). */
  anchor: AnchorChain;
  reporting: ReportingContext;
  /** Pairs left out because neither the document nor their clause gives a date. */
  undated: number;
}

/** One sentence's mentions, speech frames and tree, as its cues read them. */
export interface SentenceReading {
  sentence: Sentence;
  inSentence: Mention[];
  frames: SpeechFrame[];
  evidence: { text: string; start: number; end: number };
  tree: DependencyTree | null;
  treeMentions: SentenceMentions | null;
  /** The sentence's mentions with its places, where it names any. */
  withPlaces: Mention[] | undefined;
  placeTreeMentions: SentenceMentions | null;
}

/** The cue's clause, the mentions its roles may take, and its speech frame. */
interface CueFrame {
  clause: { start: number; end: number };
  args: Mention[];
  frame: SpeechFrame | undefined;
  outerSubject: Mention | undefined;
  treeMentions: SentenceMentions | null;
}

/** The pairs a cue's roles gave, and how they were read. */
interface CueRoles {
  pairs: RolePair[];
  reading: FrameReading | null;
  anaphor: AnaphorReading | null;
  /** The pairs before the checks on places, own phrases and companions. */
  read: RolePair[];
}

/** How and when the cue's act is said to happen. */
interface CueStatus {
  modality: Modality;
  /** The node of who charges the act, when a charge clause holds it (-1: nobody named). */
  sayer: number | undefined;
  charged: boolean;
  date: ResolvedDate | undefined;
}

/** A mention the cue's roles may take: not a modifier, nor a place unless the relation can target places. */
function isArgument(tokens: Token[], m: Mention, cue: CueMatch): boolean {
  if (m.modifierOf !== undefined || describesGroup(tokens, m)) return false;
  const prep = governingPreposition(tokens, m);
  return !(prep && LEXICON.locativePrepositions.has(prep.norm) && !cue.placeTarget && prep.norm !== 'at');
}

/**
 * The tree's reading of negation, condition, modals and governors where the parse held the cue's
 * frame ("Without warning, X attacked" is not negated: "without" governs "warning", not the cue);
 * the positional reading where the tree marks nothing else or lost the frame.
 */
function statedModality(tree: DependencyTree | null, anchored: boolean, cue: CueMatch, positional: Modality, reported: boolean): Modality {
  if (!tree) return positional;
  const head = cueHead(tree, cue);
  const verdict = treeModality(tree, head);
  // A frame the parse lost keeps the positional reading, but an act the tree places under a plan or an offer is still unrealised;
  // a condition the tree hangs on a "would" ("If X attacked, Y would impose ...") outranks the plan the positional reading sees in it.
  const conditioned = verdict === 'hypothetical' && positional === 'planned' && tree.children(head, 'aux').some((a) => tree.token(a).norm === 'would');
  if (!anchored) return (positional === 'asserted' && (verdict === 'planned' || verdict === 'hypothetical')) || conditioned ? verdict! : positional;
  if (verdict) return verdict;
  return positional === 'negated' ? (reported ? 'reported' : 'asserted') : positional;
}

function cueFrame(d: DocumentReading, whole: SentenceReading, cue: SentenceCue): CueFrame {
  const { tokens } = d;
  const s = readingFor(d.actors, whole, cue.relation);
  const clause = clauseAround(tokens, s.sentence, cue.tokenStart, s.frames);
  // Places take part only where the relation may target one ("shelled the city of Ganja").
  const cueMentions = cue.placeTarget && s.withPlaces ? s.withPlaces : s.inSentence;
  const treeMentions = cue.placeTarget && s.placeTreeMentions ? s.placeTreeMentions : s.treeMentions;
  const args = cueMentions.filter((m) => isArgument(tokens, m, cue));
  const before = args.filter((m) => m.tokenEnd <= clause.start && !governingPreposition(tokens, m));
  const frame = s.frames.find((f) => cue.tokenStart >= f.start && cue.tokenStart < f.end);
  const outer = before.filter((m) => !frame || m.tokenStart >= frame.start);
  const opener = tokens[clause.start]?.norm;
  const relative = opener === 'which' || opener === 'who' || opener === 'that';
  // A relative clause's subject is the mention it hangs on ("Switzerland, which acts..."),
  // and nobody when it hangs on a common noun ("an attack that killed...").
  const last = s.inSentence.filter((m) => m.tokenEnd <= clause.start && m.modifierOf === undefined).pop();
  const antecedent = relative && last && tokens.slice(last.tokenEnd, clause.start).every((t) => t.norm === ',') ? last : undefined;
  const outerSubject = relative ? antecedent : (outer[0] ?? frame?.heldSubject);
  return { clause, args, frame, outerSubject, treeMentions };
}

/** "China criticized the move": the tree read no target, but its object refers back to an event. */
function cueAnaphor(d: DocumentReading, tree: DependencyTree | null, treeMentions: SentenceMentions | null, cue: SentenceCue, reading: FrameReading | null): AnaphorReading | null {
  if (isStated(cue)) return { pairs: cue.stated };
  if (!(tree && treeMentions && reading?.pairs.length === 0)) return null;
  const { earlier } = d;
  const head = cueHead(tree, cue);
  return (reading.anchored ? (verbOnClaim(tree, treeMentions, cue, head) ?? verbOnAnaphor(tree, treeMentions, cue, head, earlier)) : null) ?? restatedEvent(tree, treeMentions, cue, head, earlier) ?? answeredEvent(tree, treeMentions, cue, head, earlier, d.actors.stateOfBody);
}

function cueRoles(d: DocumentReading, s: SentenceReading, cue: SentenceCue, f: CueFrame): CueRoles {
  const { tokens } = d;
  const { kindOf } = d.actors;
  const { tree } = s;
  const { treeMentions, frame, clause } = f;
  // The tree's pairs where it read any; else the positional pairs the tree does not rule out (roleFallback.ts).
  const ownReading = tree && treeMentions ? readRoles(tree, treeMentions, cue, frame?.speaker) : null;
  // "Armenia accused Azerbaijan of more shelling": a charged act naming no one it was done to was done to the accuser.
  const treeReading = tree && treeMentions && ownReading?.pairs.length === 0 ? (accuserTargetPairs(tree, treeMentions, cue, kindOf) ?? ownReading) : ownReading;
  // The tree's pairs the cue's target rule allows (data/relations.json, targetRules).
  const reading = treeReading && { ...treeReading, pairs: constrainedPairs(treeReading.pairs, cue, tree, treeMentions, kindOf) };
  const anaphor = cueAnaphor(d, tree, treeMentions, cue, reading);
  // No positional guess for a cue whose relation allows only the tree's roles (targetRules: treeOnly), nor for an agentless participle.
  // A described group takes part only where the tree reads it in a role: positional guesses leave it out.
  const outerSubject = isDescribedMention(d.actors, f.outerSubject) ? undefined : f.outerSubject;
  const positional = () => (cue.rule?.treeOnly || agentlessParticiple(tree, cue) ? [] : assignRoles(tokens, positionalArguments(d.actors, f.args), cue, clause.start, clause.end, outerSubject, frame?.speaker));
  const read = anaphor?.pairs ?? chooseRoles(tree, reading, cue, positional).pairs;
  // What an earlier event or a claim's owner gave was read through the object: the cue's target rule holds already.
  const chosen = anaphor || read === reading?.pairs ? read : constrainedPairs(read, cue, tree, treeMentions, kindOf);
  // "fought alongside forces loyal to X": a companion of the doer is no target (relations/companions.ts).
  const companion = (m: Mention) => companionTarget(tree, tokens, m, cue.tokenStart, cue.tokenEnd, s.sentence.firstToken);
  const pairs = expandMembers(chosen, tokens).filter((p) => placeAllowed(tokens, p, cue) && !personInOwnPhrase(tree, p.source, p.target, kindOf) && !companion(p.target));
  return { pairs, reading, anaphor, read };
}

function cueStatus(d: DocumentReading, s: SentenceReading, cue: SentenceCue, f: CueFrame, r: CueRoles): CueStatus {
  const { tokens, doc } = d;
  const { tree } = s;
  const { clause, frame } = f;
  const { reading } = r;
  const tense = cueTense(tokens, cue.tokenStart) ?? clauseTense(tokens, clause.start, clause.end);
  const stated = isStated(cue) && cue.madeBySaying ? 'asserted' : statedModality(tree, reading?.anchored === true, cue, cueModality(tokens, clause.start, clause.end, cue.tokenStart, Boolean(frame)), Boolean(frame));
  // "accused Rwanda of backing the rebels": the charge is what the accuser says happened.
  const sayer = tree && reading?.anchored ? chargeClauseSayer(tree, cueHead(tree, cue)) : undefined;
  const charged = sayer !== undefined && stated === 'asserted';
  // An invitation is to a meeting still to come.
  // "will help search for schoolgirls abducted last month": the abduction is done, whatever the plan around it.
  // Only for people it describes: "an agreement mediated by X" that the sides will sign is planned with them.
  const describesActor = () => tree !== null && f.treeMentions?.covering(tree.head(cueHead(tree, cue))) !== undefined;
  const done = (stated === 'planned' || stated === 'hypothetical') && describingParticiple(tree, cue) && describesActor() ? 'asserted' : stated;
  const modality = cue.planned && (done === 'asserted' || done === 'reported') ? 'planned' : charged ? 'reported' : done;
  let date = cueDate({ doc, tokens, sentence: s.sentence, clause, cue, tree, dateline: d.actors.dateline, tense, findDates: d.findDates, evidence: s.evidence, anaphor: r.anaphor, earlier: d.earlier, frames: s.frames, frame, anchor: d.anchor.current, pairs: r.pairs.map((p) => ({ source: p.source.actorId, target: p.target.actorId })) });
  // "Russia-backed rebels": a standing state the phrase describes is dated by the document, not by the clause around it.
  if (reading?.standing && r.read === reading.pairs && d.docDate) date = undefined;
  return { modality, sayer, charged, date };
}

/** The event one pair of the cue states. */
function pairEvent(d: DocumentReading, s: SentenceReading, cue: SentenceCue, p: RolePair, f: CueFrame, r: CueRoles, st: CueStatus, cueWeight: number, cueText: string): ExtractedEvent {
  const { doc } = d;
  const { frame } = f;
  const relation = d.ontology.get(cue.relation)!;
  const indirect = [p.source, p.target].some((m) => m.form === 'pronoun' || m.form === 'role') ? 0.1 : 0;
  const event: ExtractedEvent = {
    id: `${doc.id}:${s.sentence.index}:${cue.tokenStart}:${p.source.actorId}:${p.target.actorId}`,
    source: p.source.actorId,
    target: p.target.actorId,
    relation: relation.id,
    cameo: cue.cameo,
    plover: relation.plover,
    date: st.date?.date ?? d.docDate!,
    datePrecision: st.date?.precision ?? 'document',
    doc: doc.id,
    evidence: s.evidence,
    modality: ownSpeechActModality(relation.id, st.modality, frame?.speaker?.actorId, p.source.actorId),
    confidence: Math.round(Math.max(0.05, Math.min(0.99, p.strength * cueWeight - indirect)) * 100) / 100,
    cue: cueText,
  };
  if (st.date?.dateEnd) event.dateEnd = st.date.dateEnd;
  if (st.date?.note) event.dateNote = st.date.note;
  // A speech act the speaker reports of itself is its own statement, attributed to nobody else.
  if (frame?.speaker && !(event.modality !== st.modality && frame.speaker.actorId === p.source.actorId)) event.attributedTo = frame.speaker.actorId;
  else if (!frame?.speaker && st.charged && st.sayer! >= 0) {
    const by = f.treeMentions?.group(st.sayer)[0];
    if (by && by.actorId !== event.source) event.attributedTo = by.actorId;
  }
  if (r.anaphor?.note) event.anaphor = r.anaphor.note;
  return event;
}

/** What an event stated in a speech frame brings besides itself: an announced threat, the report's accusation. */
function followingEvents(d: DocumentReading, s: SentenceReading, cue: SentenceCue, event: ExtractedEvent, frame: SpeechFrame | undefined, pairs: RolePair[], viaPlace: boolean): void {
  // "NATO says NATO and Pakistani troops fired on them": a speaker among the doers accuses none of them.
  const jointAct = frame?.speaker !== undefined && pairs.some((q) => q.source.actorId === frame.speaker!.actorId);
  const announced = announcedThreat(d.ontology.registry, d.tokens, d.doc.body, event, frame);
  if (announced) d.events.push(announced);
  const report = frame && !jointAct ? reportAsAccusation(d.reporting, event, frame) : null;
  if (report) {
    d.events.push(report);
    // A denial may answer the accusation a report makes; "the move" still means the act, named after it.
    d.earlier.splice(d.earlier.length - (viaPlace ? 0 : 1), 0, { event: report, sentence: s.sentence.index, token: cue.tokenStart });
  }
}

function addPairEvents(d: DocumentReading, s: SentenceReading, cue: SentenceCue, f: CueFrame, r: CueRoles, st: CueStatus): void {
  const { tokens } = d;
  const cueText = d.doc.body.slice(tokens[cue.tokenStart]!.start, tokens[cue.tokenEnd - 1]!.end);
  const cueWeight = cue.kind === 'noun' || cue.generated ? 0.9 : 1;
  for (const p of r.pairs) {
    // A place stands for its state in acts stated as done, not in threats or plans ("threatened to capture Goma").
    const viaPlace = p.target.form === 'place';
    if (viaPlace && (st.modality === 'hypothetical' || st.modality === 'planned')) continue;
    const awaiting = awaitsLaterDoer(p.target.actorId);
    for (const m of [p.source, p.target]) if (!d.listed.has(m) && !awaiting) d.usedOutside.add(m);
    const event = pairEvent(d, s, cue, p, f, r, st, cueWeight, cueText);
    d.events.push(event);
    if (awaiting) continue;
    // What a place reading gave stays in its sentence: "the attack" later restates the act, not a second one.
    if (!viaPlace) d.earlier.push({ event, sentence: s.sentence.index, token: cue.tokenStart });
    followingEvents(d, s, cue, event, f.frame, r.pairs, viaPlace);
  }
}

/** The events one cue of the sentence states, added to the document's. */
export function readCue(d: DocumentReading, s: SentenceReading, cue: SentenceCue): void {
  const relation = d.ontology.get(cue.relation);
  if (!relation || relation.structural) return;
  // "crisis mediator Thabo Mbeki": a cue noun standing as a person's title names that person, no event.
  const titled = cue.kind === 'noun' ? d.actors.index.at(cue.tokenEnd) : undefined;
  if (titled && titled.tokenStart === cue.tokenEnd && titled.sentence === s.sentence.index && d.actors.kindOf(titled.actorId) === 'person') return;
  const f = cueFrame(d, s, cue);
  const r = cueRoles(d, s, cue, f);
  if (r.pairs.length === 0) return;
  const st = cueStatus(d, s, cue, f, r);
  if (!st.date && !d.docDate) {
    d.undated += r.pairs.length;
    return;
  }
  addPairEvents(d, s, cue, f, r, st);
}

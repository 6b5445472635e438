import type { RelationDefinition } from '../domain/relationOntology';
import type { ActorDictionary } from './actorDictionary';
import type { DiscoveredEntry } from './actors/discoverActors';
import { documentActors, byStart } from './documentActors';
import { affiliationEvents } from './affiliationEvents';
import { readCue, type DocumentReading, type SentenceCue, type SentenceReading } from './cueEvents';
import { findSpeechFrames } from './speechFrames';
import { findCues } from './findCues';
import type { PlaceGazetteer } from './places';
import type { Ontology } from './ontology';
import { MAX_SENTENCE_CHARS, readSyntax, type TreedText } from './documentSyntax';
import type { SyntaxModel } from './syntax/syntaxModel';
import { documentDateFinder } from './resolveEventDate';
import { AnchorChain } from './anchorChain';
import { relativeClauseAt } from './relations/otherClauseDates';
import { SentenceMentions } from './relations/argumentMentions';
import { DependencyTree } from './relations/dependencyTree';
import { laterPatientDoers } from './relations/eventAnaphora';
import { statedCues } from './relations/statedCues';
import { withoutRestated } from './relations/statedRequests';
import { purposeMediations } from './relations/purposeMediation';
import { withoutMemberStateOwners } from './relations/memberStates';
import { isInternationalBody } from './actors/internationalBodies';
import { dropIdleGroups } from './actors/participantGroups';
import { reducedRelations, withoutReduced } from './relations/reducedRelations';
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


const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'its', 'their']);
const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '``', "''"]);
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
    // "'They are blaming ...,' said Tenzin": a quote's "they" is never the one person quoted ("X said they ..." may be X's men).
    const quoted = tokens.slice(f.start, j).some((w) => QUOTE_MARKS.has(w.text));
    if (quoted && t.norm === 'they' && kindOf(f.speaker.actorId) === 'person' && !f.speaker.members) continue;
    const existing = mentions.findIndex((m) => m.tokenStart === j);
    // A pronoun already read as the speaker keeps its own explanation; a "we" read as the speaker's side keeps it (firstPerson.ts).
    if (existing >= 0 && mentions[existing]!.actorId === f.speaker.actorId && !mentions[existing]!.members) continue;
    if (existing >= 0 && t.norm === 'we' && mentions[existing]!.form === 'pronoun') continue;
    const note = `"${t.text}" read as ${f.speaker.surface}: the speaker of the reported speech it opens`;
    const m: Mention = { actorId: f.speaker.actorId, form: 'pronoun', tokenStart: j, tokenEnd: j + 1, sentence: t.sentence, surface: t.text, note };
    if (existing >= 0) mentions[existing] = m;
    else out.push(m);
  }
  return out;
}

/** Called as sentences are read: `done` of `total`, from 0 up to `total`. */
export type SentenceProgress = (done: number, total: number) => void;

/** Sentences of a document read one by one; the document's reading and what its syntax holds. */
interface DocumentPass {
  reading: DocumentReading;
  sentences: Sentence[];
  syntax: TreedText | undefined;
  onSentence: SentenceProgress | undefined;
  /** Sentences read so far, and those too long to read. */
  read: number;
  overlong: number;
  /** The accusation relation's CAMEO code, for the cues read from judged wrongs (data/relations.json). */
  accusationCameo: string | undefined;
  /** The relation of one standing between two parties (data/relations.json: betweenParties). */
  mediator: RelationDefinition | undefined;
  relationOf: (cameo: string) => string | undefined;
}

/** A sentence's mentions (with the speakers' pronouns), speech frames and tree. */
function sentenceReading(d: DocumentReading, sentence: Sentence, syntax: TreedText | undefined): SentenceReading {
  const { tokens, doc } = d;
  const { index, kindOf, looseDemonyms, placesBySentence } = d.actors;
  let inSentence = withoutMemberStateOwners(tokens, index.inSentence(sentence.index), kindOf);
  const demonyms = looseDemonyms.get(sentence.index) ?? [];
  const frames = findSpeechFrames(tokens, sentence, inSentence, demonyms);
  const extra = speakerPronouns(tokens, frames, inSentence, kindOf);
  if (extra.length) inSentence = [...inSentence, ...extra].sort((a, b) => a.tokenStart - b.tokenStart);
  const evidence = { text: doc.body.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end };
  const built = syntax?.trees?.get(sentence);
  const tree = built === undefined ? DependencyTree.of(tokens, sentence) : built;
  const treeMentions = tree ? new SentenceMentions(tree, inSentence, [...demonyms]) : null;
  const places = placesBySentence.get(sentence.index);
  const withPlaces = places && [...inSentence, ...places].sort(byStart);
  const placeTreeMentions = tree && withPlaces ? new SentenceMentions(tree, withPlaces, [...demonyms]) : null;
  return { sentence, inSentence, frames, evidence, tree, treeMentions, withPlaces, placeTreeMentions };
}

/** The sentence's cues: those its words name, and those the tree reads from a judgement, a purpose or a reduced relation. */
function sentenceCues(pass: DocumentPass, s: SentenceReading): SentenceCue[] {
  const { ontology, earlier, tokens } = pass.reading;
  const { accusationCameo, mediator, relationOf } = pass;
  const { tree, treeMentions: mentions, sentence, frames } = s;
  const first = sentence.firstToken;
  const end = sentence.endToken;
  // Relations said by judging an act a wrong, asking another actor to act, threatening or denying, read on the tree.
  const stated = tree && mentions && accusationCameo ? statedCues({ tree, mentions, frames, earlier, accusationCameo, first, end }) : [];
  // "X is in Bangkok for talks aimed at ending clashes between A and B": mediation said by the talks' purpose.
  const purposes = tree && mentions && mediator ? purposeMediations({ tree, mentions, mediation: mediator.id, mediationCameo: mediator.cameo[0]!, first, end }) : [];
  // "canceled planned meetings with Japan": a relation reduced by acting on the noun that names it.
  const reduced = tree && mentions ? reducedRelations({ tree, mentions, relationOf, first, end }) : [];
  return [...withoutReduced(withoutRestated(findCues(tokens, sentence, s.inSentence, ontology, tree), stated), reduced), ...stated, ...purposes, ...reduced];
}

function readSentence(pass: DocumentPass, sentence: Sentence): void {
  const { sentences, onSentence } = pass;
  if (pass.read > 0) onSentence?.(pass.read, sentences.length);
  pass.read++;
  if (sentence.end - sentence.start > MAX_SENTENCE_CHARS) {
    pass.overlong++;
    return;
  }
  const s = sentenceReading(pass.reading, sentence, pass.syntax);
  for (const cue of sentenceCues(pass, s)) readCue(pass.reading, s, cue);
  moveAnchor(pass.reading, s);
}

/** The day the text named last, carried on past this sentence (discourseAnchor.ts). */
function moveAnchor(d: DocumentReading, s: SentenceReading): void {
  const { tokens, doc } = d;
  const { sentence, tree } = s;
  let first = sentence.firstToken;
  while (first < sentence.endToken && d.actors.dateline[first]) first++;
  const from = tokens[first]?.start ?? sentence.end;
  const inRelativeClause = tree ? (at: number) => relativeClauseAt(tree, from + at) : undefined;
  if (first < sentence.endToken) d.anchor.push({ text: doc.body.slice(from, sentence.end), index: sentence.index, tokens, first, end: sentence.endToken, inRelativeClause });
}

/** What reading a document begins with: its actors, and nothing read yet. */
function startReading(doc: SourceDocument, res: ExtractionResources, tokens: Token[], sentences: Sentence[]): DocumentReading {
  const actors = documentActors(doc, tokens, sentences, res);
  const reporting = { relations: res.ontology.registry, dict: actors.dict, published: doc.published ?? null, body: doc.body, tokens };
  const docDate = doc.published?.slice(0, 10) ?? null;
  const findDates = documentDateFinder();
  return { doc, ontology: res.ontology, tokens, actors, docDate, events: [], earlier: [], listed: new Set(actors.mentions), usedOutside: new Set(), findDates, anchor: new AnchorChain(doc.published ?? null, findDates), reporting, undated: 0 };
}

/** The document's events once every sentence is read: its affiliations added, one event per relation, pair and sentence. */
function documentEvents(d: DocumentReading, res: ExtractionResources, sentences: Sentence[]): ExtractedEvent[] {
  const { doc, docDate, events, tokens } = d;
  const { mentions, index, kindOf } = d.actors;
  if (docDate) events.push(...affiliationEvents(res.ontology.registry.structural, doc, tokens, sentences, mentions, index, kindOf, docDate, (id) => isInternationalBody(res.dictionary, id)).filter((e) => e.evidence.end - e.evidence.start <= MAX_SENTENCE_CHARS));
  // An act whose doer a later sentence names gets it now.
  const sentenceAt = new Map(sentences.map((s) => [s.start, s.index]));
  const byKey = new Map<string, ExtractedEvent>();
  for (const e of laterPatientDoers(events, (x) => sentenceAt.get(x.evidence.start) ?? -1)) {
    const key = `${e.relation}|${e.source}|${e.target}|${e.evidence.start}`;
    const prev = byKey.get(key);
    if (!prev || prev.confidence < e.confidence) byKey.set(key, e);
  }
  return [...byKey.values()];
}

/**
 * Events stated by one document's sentences; `onSentence`, if given, hears of each sentence read.
 * `syntax`: the body's `readSyntax`, when it was read beforehand (with its sentences' trees, when built: see withTrees).
 */
export function extractDocument(doc: SourceDocument, res: ExtractionResources, onSentence?: SentenceProgress, syntax?: TreedText): DocumentExtraction {
  const { tokens, sentences } = syntax ?? readSyntax(doc.body, res);
  const reading = startReading(doc, res, tokens, sentences);
  const { registry } = res.ontology;
  const relationOf = (cameo: string) => registry.relations.find((r) => r.cameo.includes(cameo))?.id;
  const mediator = registry.relations.find((r) => r.betweenParties);
  const pass: DocumentPass = { reading, sentences, syntax, onSentence, read: 0, overlong: 0, accusationCameo: registry.accusation?.cameo, mediator, relationOf };
  onSentence?.(0, sentences.length);
  // Each sentence, and each cue in it, read by a function of its own: one function holding both loops
  // took the optimizing compiler seconds to compile, and again after every deoptimization.
  for (const sentence of sentences) readSentence(pass, sentence);
  onSentence?.(sentences.length, sentences.length);
  const all = documentEvents(reading, res, sentences);
  const { usedOutside } = reading;
  const read = usedOutside.size ? [...reading.actors.mentions, ...usedOutside].sort(byStart) : reading.actors.mentions;
  // Described groups that take part in no relation leave no node, nor their affiliations (actors/participantGroups.ts).
  const { events, mentions, discovered } = dropIdleGroups({ events: all, mentions: read, discovered: reading.actors.discovery.actors });
  const { overlong } = pass;
  return { events, mentions, discovered, undated: reading.undated, ...(overlong > 0 ? { overlong } : {}) };
}

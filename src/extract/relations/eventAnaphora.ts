// Event anaphora: "China criticized the move", "Pakistan denied the allegation", "the strikes killed
// twelve": a definite event noun with no actor of its own stands for an event the document named
// before. The nearest preceding event the noun fits (data/roleFrames.json, eventAnaphors) gives the
// doer of "the move" as the target of the verb acting on it, or the roles of the restated event.
// Claims and answers: a verb acting on a claim noun whose owner is named targets that owner
// ("rejected the Indian claim"), and a rejection naming no target answers the latest accusation or
// demand aimed at its subject ("Pakistan denied it": whoever accused Pakistan).
import type { CueMatch, RolePair } from '../assignRoles';
import type { ResolvedDate } from '../resolveEventDate';
import type { ExtractedEvent, Mention } from '../types';
import type { SentenceMentions } from './argumentMentions';
import { activeSubject, agentOf, isPassive } from './clauseArguments';
import type { DependencyTree } from './dependencyTree';
import { ROLE_FRAMES } from './roleFrames';
import { joinedActors } from './joinedActors';

/** How far back (in sentences) an antecedent may lie: news refers back to the last few sentences. */
const MAX_SENTENCES_BACK = 4;

/** What an anaphor was read as: the pairs it gives and the note saying why. */
export interface AnaphorReading {
  pairs: RolePair[];
  /** Why the roles come from an earlier event; none when they come from the sentence itself (a claim's owner). */
  note?: string;
  antecedent?: ExtractedEvent;
  /** The act happens when the event it refers to does ("will mediate the talks"): a clause without a date of its own takes the event's. */
  sameTime?: boolean;
}

/** An event the document named, with where it was named. */
export interface NamedEvent {
  event: ExtractedEvent;
  sentence: number;
  /** Token the event's cue starts at. */
  token: number;
}

function ofAttachment(tree: DependencyTree, n: number): number | undefined {
  return tree.children(n, 'nmod').find((c) => c > n && tree.caseOf(c) === 'of');
}

/** "the move", "this decision", "these attacks": a definite noun of the list with no owner, agent or actor modifier. */
export function anaphoricNoun(tree: DependencyTree, mentions: SentenceMentions, n: number): boolean {
  const t = tree.token(n);
  if (!ROLE_FRAMES.eventAnaphors.has(t.lemma) && !ROLE_FRAMES.eventAnaphors.has(t.norm)) return false;
  const det = tree.children(n, 'det').find((d) => ROLE_FRAMES.anaphoricDeterminers.has(tree.token(d).norm));
  if (det === undefined) return false;
  if (tree.children(n, 'nmod:poss').length > 0) return false;
  // "the detention of Ukrainian sailors" names whom it was done to: the patient, not the nearest event, says which act it is.
  if (ROLE_FRAMES.eventPatientNouns.has(t.lemma) && ofAttachment(tree, n) !== undefined) return false;
  // "the Russian move", "the move by Russia": the noun names its own actor.
  if (tree.children(n, 'amod', 'compound').some((c) => mentions.modifierAt(c))) return false;
  // "the peace plan", "the budget decision": a noun of any relation that a noun before it names is that thing, no anaphor.
  if (ROLE_FRAMES.eventAnaphors.get(anaphorKey(tree, n))?.length === 0 && tree.children(n, 'compound').some((c) => c < n && tree.token(c).pos === 'NOUN')) return false;
  return !tree.children(n, 'nmod', 'acl', 'acl:relcl').some((c) => mentions.group(c).length > 0);
}

/** How the anaphor list names the noun: its lemma, or its form where the list keeps the plural ("talks", lemma "talk"). */
function anaphorKey(tree: DependencyTree, n: number): string {
  const t = tree.token(n);
  return ROLE_FRAMES.eventAnaphors.has(t.lemma) ? t.lemma : t.norm;
}

/**
 * The nearest event before `token` in this or the last few sentences that the noun may stand for. A
 * claim noun may also stand for what someone was reported to say ("X officials say Y paid the rebels.
 * Z rejects that claim"): any event attributed to a speaker.
 */
export function antecedentOf(named: readonly NamedEvent[], noun: string, sentence: number, token: number): NamedEvent | undefined {
  const relations = ROLE_FRAMES.eventAnaphors.get(noun);
  const claim = ROLE_FRAMES.claimNouns.has(noun);
  for (let i = named.length - 1; i >= 0; i--) {
    const e = named[i]!;
    if (e.sentence === sentence && e.token >= token) continue;
    if (sentence - e.sentence > MAX_SENTENCES_BACK) return undefined;
    if (!relations || relations.length === 0 || relations.includes(e.event.relation)) return e;
    if (claim && e.event.attributedTo) return e;
  }
  return undefined;
}

/** Whose the event a noun stands for is: its doer, or for a claim that restates a report, the one reported ("that claim": the speaker's). */
function ownerOf(found: NamedEvent, noun: string): string {
  const relations = ROLE_FRAMES.eventAnaphors.get(noun);
  const fits = !relations || relations.length === 0 || relations.includes(found.event.relation);
  return !fits && found.event.attributedTo ? found.event.attributedTo : found.event.source;
}

function stand(antecedent: ExtractedEvent, actorId: string, n: number, tree: DependencyTree, surface: string): Mention {
  const note = `"${surface}" read as the event named before: ${antecedent.source} ${antecedent.relation} ${antecedent.target} ("${antecedent.cue ?? antecedent.relation}")`;
  return { actorId, form: 'role', tokenStart: n, tokenEnd: n + 1, sentence: tree.token(n).sentence, surface, note };
}

function phrase(tree: DependencyTree, n: number): string {
  const det = tree.children(n, 'det')[0];
  return det === undefined ? tree.token(n).text : `${tree.token(det).text} ${tree.token(n).text}`;
}

/**
 * A verb cue acting on an anaphoric noun ("China criticized the move"): its subject as the source,
 * the doer of the event the noun stands for as the target.
 */
export function verbOnAnaphor(tree: DependencyTree, mentions: SentenceMentions, cue: CueMatch, head: number, named: readonly NamedEvent[]): AnaphorReading | null {
  const object = tree.children(head, 'obj')[0] ?? tree.children(head, 'obl').find((c) => tree.caseOf(c) !== undefined && ROLE_FRAMES.verbTargets(cue.relation).has(tree.caseOf(c)!));
  // An obl without a preposition is an object the parser mislabelled ("demanded Aung San Suu Kyi's release").
  const acted = object ?? tree.children(head, 'obl').find((c) => c > head && tree.caseOf(c) === undefined);
  if (acted === undefined) return null;
  if (object === undefined || !anaphoricNoun(tree, mentions, object)) return verbOnPatientEvent(tree, mentions, cue, head, acted, named);
  const subject = isPassive(tree, head) ? agentOf(tree, head) : activeSubject(tree, head);
  const sources = mentions.group(subject);
  const noun = anaphorKey(tree, object);
  const found = antecedentOf(named, noun, tree.token(head).sentence, head);
  if (!found || sources.length === 0) return null;
  // "would hold the talks", "staged the meeting": a light verb carries out the event its object names, it does not act on that event's parties.
  if (ROLE_FRAMES.lightVerbs.has(tree.token(head).lemma) && found.event.relation !== cue.relation) return null;
  const surface = phrase(tree, object);
  // "Russia will mediate the talks": a mediator stands between the parties of the event, not against its doer.
  const ends = cue.betweenParties ? partiesOf(named, found) : [ownerOf(found, noun)];
  const targets = ends.map((id) => stand(found.event, id, object, tree, surface));
  const pairs = sources.flatMap((s) => targets.filter((t) => t.actorId !== s.actorId).map((target) => ({ source: s, target, strength: 0.7 })));
  return pairs.length ? { pairs, note: targets[0]!.note!, antecedent: found.event, ...(cue.betweenParties ? { sameTime: true } : {}) } : null;
}

/** The date of the event an anaphor refers to, for an act happening with it, when the text dated that event. */
export function antecedentDate(reading: AnaphorReading | null): ResolvedDate | undefined {
  const e = reading?.sameTime ? reading.antecedent : undefined;
  if (!e || e.datePrecision === 'document') return undefined;
  return { date: e.date, precision: e.datePrecision, index: 0, text: '', ...(e.dateEnd ? { dateEnd: e.dateEnd } : {}) };
}

/** Everyone taking part in the event `found` names: the ends of every pair read from the same cue ("talks between A, B and C"). */
function partiesOf(named: readonly NamedEvent[], found: NamedEvent): string[] {
  const out: string[] = [];
  for (const e of named) {
    if (e.sentence !== found.sentence || e.token !== found.token || e.event.relation !== found.event.relation) continue;
    for (const id of [e.event.source, e.event.target]) if (!out.includes(id)) out.push(id);
  }
  return out;
}

/**
 * An event noun cue that is itself the anaphor ("The strikes killed twelve", "the attack was
 * condemned"): the event named before with the same relation, restated.
 */
export function restatedEvent(tree: DependencyTree, mentions: SentenceMentions, cue: CueMatch, head: number, named: readonly NamedEvent[]): AnaphorReading | null {
  if (cue.kind !== 'noun' || !anaphoricNoun(tree, mentions, head)) return null;
  if (tree.baseDep(head) !== 'nsubj') return null;
  const found = antecedentOf(named, anaphorKey(tree, head), tree.token(head).sentence, head);
  if (!found || found.event.relation !== cue.relation) return null;
  const surface = phrase(tree, head);
  const source = stand(found.event, found.event.source, head, tree, surface);
  const target = { ...stand(found.event, found.event.target, head, tree, surface) };
  return { pairs: [{ source, target, strength: 0.7 }], note: source.note!, antecedent: found.event };
}

/** The nominal the cue verb acts on: its object, or an attachment its relation takes as target. */
function actedOn(tree: DependencyTree, cue: CueMatch, head: number): number | undefined {
  return tree.children(head, 'obj')[0] ?? tree.children(head, 'obl').find((c) => tree.caseOf(c) !== undefined && ROLE_FRAMES.verbTargets(cue.relation).has(tree.caseOf(c)!));
}

/** Who owns a claim noun: its possessor, an actor modifying it ("the Indian claim"), or its "by"/"from" agent. */
function claimOwners(tree: DependencyTree, mentions: SentenceMentions, n: number): Mention[] {
  const t = tree.token(n);
  if (!ROLE_FRAMES.claimNouns.has(t.lemma) && !ROLE_FRAMES.claimNouns.has(t.norm)) return [];
  for (const c of tree.children(n, 'nmod:poss')) {
    const group = mentions.group(c);
    if (group.length) return group;
  }
  for (const c of tree.children(n, 'amod', 'compound')) {
    const own = c < n ? mentions.modifierAt(c) : undefined;
    if (own) return [own];
  }
  for (const c of tree.children(n, 'nmod')) {
    if (!ROLE_FRAMES.nounAgents.has(tree.caseOf(c) ?? '')) continue;
    const group = mentions.group(c);
    if (group.length) return group;
  }
  return [];
}

/** "Pakistan rejected the Indian claim", "Hanoi dismissed the demand from Beijing": the claim's owner is the target. */
export function verbOnClaim(tree: DependencyTree, mentions: SentenceMentions, cue: CueMatch, head: number): AnaphorReading | null {
  // "discussed Ukraine's proposal": a topic verb does nothing to the proposal's owner.
  if (cue.kind === 'noun' || ROLE_FRAMES.topicVerbs.has(tree.token(head).lemma)) return null;
  const object = actedOn(tree, cue, head);
  if (object === undefined) return null;
  const named = claimOwners(tree, mentions, object);
  // "rejected an offer from Russia" with "from Russia" hung on the verb, right after the claim noun.
  const agent = named.length === 0 && (ROLE_FRAMES.claimNouns.has(tree.token(object).lemma) || ROLE_FRAMES.claimNouns.has(tree.token(object).norm)) ? tree.children(head, 'obl').find((c) => ROLE_FRAMES.nounAgents.has(tree.caseOf(c) ?? '') && tree.children(c, 'case')[0] === object + 1) : undefined;
  const owners = agent === undefined ? named : mentions.group(agent);
  const sources = mentions.group(isPassive(tree, head) ? agentOf(tree, head) : activeSubject(tree, head));
  const pairs = sources.flatMap((s) => owners.filter((o) => o.actorId !== s.actorId).map((target) => ({ source: s, target, strength: 0.75 })));
  return pairs.length ? { pairs } : null;
}

/**
 * "India accused Pakistan of shelling. Pakistan denied it.": a cue of a relation that answers others
 * (data/roleFrames.json, answeredRelations) naming no target of its own answers the latest such event
 * aimed at its subject: that event's source is the target.
 */
export function answeredEvent(tree: DependencyTree, mentions: SentenceMentions, cue: CueMatch, head: number, named: readonly NamedEvent[], ownerOf: (id: string) => string | undefined = () => undefined): AnaphorReading | null {
  const answers = ROLE_FRAMES.answeredRelations(cue.relation);
  if (answers.length === 0 || cue.kind === 'noun') return null;
  const sources = mentions.group(isPassive(tree, head) ? agentOf(tree, head) : activeSubject(tree, head));
  if (sources.length === 0) return null;
  const sentence = tree.token(head).sentence;
  // "The Armenian defense ministry denied ...": a state's body answers what was aimed at its state.
  const answering = (id: string) => [id, ownerOf(id)];
  const actors = new Set(sources.flatMap((m) => answering(m.actorId)));
  for (let i = named.length - 1; i >= 0; i--) {
    const e = named[i]!;
    if (e.sentence === sentence && e.token >= head) continue;
    if (sentence - e.sentence > MAX_SENTENCES_BACK) return null;
    if (!answers.includes(e.event.relation) || !actors.has(e.event.target)) continue;
    const surface = tree.token(head).text;
    const note = `"${surface}" read as answering the event named before: ${e.event.source} ${e.event.relation} ${e.event.target} ("${e.event.cue ?? e.event.relation}")`;
    const target: Mention = { actorId: e.event.source, form: 'role', tokenStart: head, tokenEnd: head + 1, sentence, surface, note };
    const pairs = sources.filter((s) => answering(s.actorId).includes(e.event.target)).map((s) => ({ source: s, target, strength: 0.6 }));
    return pairs.length ? { pairs, note, antecedent: e.event } : null;
  }
  return null;
}


/**
 * "Germany condemned the extension of Ali Kaya's detention", "demanded Ali Kaya's release": an act
 * done to someone (data/roleFrames.json, eventPatientNouns) whose doer the sentence does not name
 * was done by the doer of the latest earlier event of the document on that same patient ("Ankara
 * arrested Ali Kaya"), who is the target.
 */
function verbOnPatientEvent(tree: DependencyTree, mentions: SentenceMentions, cue: CueMatch, head: number, object: number, named: readonly NamedEvent[]): AnaphorReading | null {
  if (cue.kind === 'noun') return null;
  // "the extension of X's detention": the act extended.
  // The parser may hang "of" on the name inside the act ("of [Aung San Suu Kyi's] detention"): any act attached after the noun.
  // Or as a second object of the verb ("criticizing the extension of opposition leader [X's house arrest]").
  const patientAct = (c: number) => c > object && ROLE_FRAMES.eventPatientNouns.has(tree.token(c).lemma);
  const span = ROLE_FRAMES.eventSpanNouns.has(tree.token(object).lemma)
    ? (tree.children(object, 'nmod').find(patientAct) ?? tree.children(head, 'obj').find(patientAct))
    : undefined;
  const event = span ?? object;
  const relations = ROLE_FRAMES.eventPatientNouns.get(tree.token(event).lemma);
  if (!relations) return null;
  const of = ofAttachment(tree, event);
  // "X's detention", with the name's first words maybe hung on the noun as a compound.
  const possessors = tree.children(event, 'nmod:poss', 'compound').filter((c) => c < event);
  // A doer of its own ("Romania's detention of X", "the detention of X by Y") is read by the frame.
  if (of !== undefined && possessors.length > 0) return null;
  if ([event, ...(of === undefined ? [] : [of])].some((n) => tree.children(n, 'nmod').some((c) => tree.caseOf(c) === 'by'))) return null;
  const patients = new Set((of === undefined ? possessors : [of]).flatMap((n) => mentions.group(n)).map((m) => m.actorId));
  const subjects = mentions.group(isPassive(tree, head) ? agentOf(tree, head) : activeSubject(tree, head));
  // "France joined Germany and the EU in condemning ...": the joined actors act too.
  const sources = [...subjects, ...joinedActors(tree, mentions, head).filter((j) => !subjects.some((m) => m.actorId === j.actorId))];
  if (patients.size === 0 || sources.length === 0) return null;
  const sentence = tree.token(head).sentence;
  for (let i = named.length - 1; i >= 0; i--) {
    const e = named[i]!;
    if (e.sentence === sentence && e.token >= head) continue;
    if (!relations.includes(e.event.relation) || !patients.has(e.event.target)) continue;
    const surface = tree.token(event).text;
    const note = `"${surface}" read as done by the doer of the event named before: ${e.event.source} ${e.event.relation} ${e.event.target} ("${e.event.cue ?? e.event.relation}")`;
    const target: Mention = { actorId: e.event.source, form: 'role', tokenStart: event, tokenEnd: event + 1, sentence, surface, note };
    const pairs = sources.filter((s) => s.actorId !== target.actorId && !patients.has(s.actorId)).map((s) => ({ source: s, target, strength: 0.65 }));
    return pairs.length ? { pairs, note, antecedent: e.event } : null;
  }
  // A lead often reacts to the act before the article says who did it: the doer is read from the sentences after (laterPatientDoers).
  const surface = tree.token(event).text;
  const note = `"${surface}" read as done by the doer of the act on ${[...patients].join(', ')} the next sentences name`;
  const target: Mention = { actorId: `${LATER_DOER}${relations.join(',')}${LATER_DOER_SEPARATOR}${[...patients].join(',')}`, form: 'role', tokenStart: event, tokenEnd: event + 1, sentence, surface, note };
  const pairs = sources.filter((s) => !patients.has(s.actorId)).map((s) => ({ source: s, target, strength: 0.6 }));
  return pairs.length ? { pairs, note } : null;
}

/** The target id of an act on a patient whose doer a later sentence names: the relations and patients it waits for. */
const LATER_DOER = 'doer-named-later:';
const LATER_DOER_SEPARATOR = ':';
/** How far ahead (in sentences) a lead's act on a patient may be explained: a lead and the paragraphs that follow it. */
const MAX_SENTENCES_AHEAD = 6;

/** True for a target that waits for the doer a later sentence names. */
export const awaitsLaterDoer = (actorId: string): boolean => actorId.startsWith(LATER_DOER);

/**
 * "The US joined the EU in criticizing the extension of X's house arrest. ... X has been under
 * detention by the military since 1990": an act on a patient with no doer before it targets the doer
 * of the first act on that patient the next few sentences name; without one it is dropped.
 */
export function laterPatientDoers(events: readonly ExtractedEvent[], sentenceOf: (e: ExtractedEvent) => number): ExtractedEvent[] {
  const out: ExtractedEvent[] = [];
  for (const e of events) {
    if (!awaitsLaterDoer(e.target)) {
      out.push(e);
      continue;
    }
    const [relations, patients] = e.target.slice(LATER_DOER.length).split(LATER_DOER_SEPARATOR).map((list) => new Set(list!.split(',')));
    const at = sentenceOf(e);
    const act = events
      .filter((d) => !awaitsLaterDoer(d.target) && relations!.has(d.relation) && patients!.has(d.target) && d.modality !== 'negated' && d.source !== e.source)
      .filter((d) => sentenceOf(d) > at && sentenceOf(d) - at <= MAX_SENTENCES_AHEAD)
      .sort((a, b) => a.evidence.start - b.evidence.start)[0];
    if (!act) continue;
    out.push({ ...e, id: `${e.id}:${act.source}`, target: act.source, anaphor: `${e.anaphor ?? ''} (${act.source} ${act.relation} ${act.target}, "${act.cue ?? act.relation}")`.trim() });
  }
  return out;
}

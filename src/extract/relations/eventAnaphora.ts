// Event anaphora: "China criticized the move", "Pakistan denied the allegation", "the strikes killed
// twelve": a definite event noun with no actor of its own stands for an event the document named
// before. The nearest preceding event the noun fits (data/roleFrames.json, eventAnaphors) gives the
// doer of "the move" as the target of the verb acting on it, or the roles of the restated event.
// Claims and answers: a verb acting on a claim noun whose owner is named targets that owner
// ("rejected the Indian claim"), and a rejection naming no target answers the latest accusation or
// demand aimed at its subject ("Pakistan denied it": whoever accused Pakistan).
import type { CueMatch, RolePair } from '../assignRoles';
import type { ExtractedEvent, Mention } from '../types';
import type { SentenceMentions } from './argumentMentions';
import { activeSubject, agentOf, isPassive } from './clauseArguments';
import type { DependencyTree } from './dependencyTree';
import { ROLE_FRAMES } from './roleFrames';

/** How far back (in sentences) an antecedent may lie: news refers back to the last few sentences. */
const MAX_SENTENCES_BACK = 4;

/** What an anaphor was read as: the pairs it gives and the note saying why. */
export interface AnaphorReading {
  pairs: RolePair[];
  /** Why the roles come from an earlier event; none when they come from the sentence itself (a claim's owner). */
  note?: string;
  antecedent?: ExtractedEvent;
}

/** An event the document named, with where it was named. */
export interface NamedEvent {
  event: ExtractedEvent;
  sentence: number;
  /** Token the event's cue starts at. */
  token: number;
}

/** "the move", "this decision", "these attacks": a definite noun of the list with no owner, agent or actor modifier. */
export function anaphoricNoun(tree: DependencyTree, mentions: SentenceMentions, n: number): boolean {
  const t = tree.token(n);
  if (!ROLE_FRAMES.eventAnaphors.has(t.lemma) && !ROLE_FRAMES.eventAnaphors.has(t.norm)) return false;
  const det = tree.children(n, 'det').find((d) => ROLE_FRAMES.anaphoricDeterminers.has(tree.token(d).norm));
  if (det === undefined) return false;
  if (tree.children(n, 'nmod:poss').length > 0) return false;
  // "the Russian move", "the move by Russia": the noun names its own actor.
  if (tree.children(n, 'amod', 'compound').some((c) => mentions.modifierAt(c))) return false;
  return !tree.children(n, 'nmod', 'acl', 'acl:relcl').some((c) => mentions.group(c).length > 0);
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
  if (object === undefined || !anaphoricNoun(tree, mentions, object)) return null;
  const subject = isPassive(tree, head) ? agentOf(tree, head) : activeSubject(tree, head);
  const sources = mentions.group(subject);
  const found = antecedentOf(named, tree.token(object).lemma, tree.token(head).sentence, head);
  if (!found || sources.length === 0) return null;
  const surface = phrase(tree, object);
  const target = stand(found.event, ownerOf(found, tree.token(object).lemma), object, tree, surface);
  const pairs = sources.filter((s) => s.actorId !== target.actorId).map((s) => ({ source: s, target, strength: 0.7 }));
  return pairs.length ? { pairs, note: target.note!, antecedent: found.event } : null;
}

/**
 * An event noun cue that is itself the anaphor ("The strikes killed twelve", "the attack was
 * condemned"): the event named before with the same relation, restated.
 */
export function restatedEvent(tree: DependencyTree, mentions: SentenceMentions, cue: CueMatch, head: number, named: readonly NamedEvent[]): AnaphorReading | null {
  if (cue.kind !== 'noun' || !anaphoricNoun(tree, mentions, head)) return null;
  if (tree.baseDep(head) !== 'nsubj') return null;
  const found = antecedentOf(named, tree.token(head).lemma, tree.token(head).sentence, head);
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
  if (cue.kind === 'noun') return null;
  const object = actedOn(tree, cue, head);
  if (object === undefined) return null;
  const owners = claimOwners(tree, mentions, object);
  const sources = mentions.group(isPassive(tree, head) ? agentOf(tree, head) : activeSubject(tree, head));
  const pairs = sources.flatMap((s) => owners.filter((o) => o.actorId !== s.actorId).map((target) => ({ source: s, target, strength: 0.75 })));
  return pairs.length ? { pairs } : null;
}

/**
 * "India accused Pakistan of shelling. Pakistan denied it.": a cue of a relation that answers others
 * (data/roleFrames.json, answeredRelations) naming no target of its own answers the latest such event
 * aimed at its subject: that event's source is the target.
 */
export function answeredEvent(tree: DependencyTree, mentions: SentenceMentions, cue: CueMatch, head: number, named: readonly NamedEvent[]): AnaphorReading | null {
  const answers = ROLE_FRAMES.answeredRelations(cue.relation);
  if (answers.length === 0 || cue.kind === 'noun') return null;
  const sources = mentions.group(isPassive(tree, head) ? agentOf(tree, head) : activeSubject(tree, head));
  if (sources.length === 0) return null;
  const sentence = tree.token(head).sentence;
  const actors = new Set(sources.map((m) => m.actorId));
  for (let i = named.length - 1; i >= 0; i--) {
    const e = named[i]!;
    if (e.sentence === sentence && e.token >= head) continue;
    if (sentence - e.sentence > MAX_SENTENCES_BACK) return null;
    if (!answers.includes(e.event.relation) || !actors.has(e.event.target)) continue;
    const surface = tree.token(head).text;
    const note = `"${surface}" read as answering the event named before: ${e.event.source} ${e.event.relation} ${e.event.target} ("${e.event.cue ?? e.event.relation}")`;
    const target: Mention = { actorId: e.event.source, form: 'role', tokenStart: head, tokenEnd: head + 1, sentence, surface, note };
    const pairs = sources.filter((s) => s.actorId === e.event.target).map((s) => ({ source: s, target, strength: 0.6 }));
    return pairs.length ? { pairs, note, antecedent: e.event } : null;
  }
  return null;
}

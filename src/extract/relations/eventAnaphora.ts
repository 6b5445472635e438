// Event anaphora: "China criticized the move", "Pakistan denied the allegation", "the strikes killed
// twelve": a definite event noun with no actor of its own stands for an event the document named
// before. The nearest preceding event the noun fits (data/roleFrames.json, eventAnaphors) gives the
// doer of "the move" as the target of the verb acting on it, or the roles of the restated event.
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
  note: string;
  antecedent: ExtractedEvent;
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

/** The nearest event before `token` in this or the last few sentences that the noun may stand for. */
export function antecedentOf(named: readonly NamedEvent[], noun: string, sentence: number, token: number): NamedEvent | undefined {
  const relations = ROLE_FRAMES.eventAnaphors.get(noun);
  for (let i = named.length - 1; i >= 0; i--) {
    const e = named[i]!;
    if (e.sentence === sentence && e.token >= token) continue;
    if (sentence - e.sentence > MAX_SENTENCES_BACK) return undefined;
    if (!relations || relations.length === 0 || relations.includes(e.event.relation)) return e;
  }
  return undefined;
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
  const target = stand(found.event, found.event.source, object, tree, surface);
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

// Threats made by announcing a response: "the U.S. will respond appropriately to any North Korean
// provocations", "Kenya vowed to respond firmly to al-Shabaab's attacks", "Seoul will respond if
// Pyongyang fires". A response still to come, aimed at another actor or at what it might do, is a
// threat to that actor; one already made ("Kenya responded to the attack") is none.
import readingsData from '../../../data/speechReadings.json';
import type { RolePair } from '../assignRoles';
import { LEXICON } from '../lexicon';
import type { Mention } from '../types';
import type { SentenceMentions } from './argumentMentions';
import { activeSubject } from './clauseArguments';
import type { DependencyTree } from './dependencyTree';
import type { StatedCue } from './judgedWrongs';
import { treeModality } from './treeModality';

const RESPONDING_VERBS: ReadonlySet<string> = new Set(readingsData.respondingVerbs);
const RESPONSE_TARGETS: ReadonlySet<string> = new Set(readingsData.responseTargetPrepositions);
const VOWING_VERBS: ReadonlySet<string> = new Set(readingsData.vowingVerbs);
const THREATENING_VERBS: ReadonlySet<string> = new Set(readingsData.threateningVerbs);
const CONDITION_MARKS: ReadonlySet<string> = new Set(readingsData.conditionMarks);
// Modifiers of a provocation or attack noun that name its doer ("North Korean provocations", "al-Shabaab's attacks").
const DOER_DEPS = ['nmod:poss', 'amod', 'compound'];

export interface ThreatContext {
  tree: DependencyTree;
  mentions: SentenceMentions;
  threatCameo: string;
  first: number;
  end: number;
}

/** A response still to come: a future or modal auxiliary on it, or a vowing verb taking it ("vowed to respond"). */
function toCome(tree: DependencyTree, v: number): boolean {
  for (let n = v, steps = 0; n >= 0 && steps < 3; n = tree.head(n), steps++) {
    const auxiliaries = tree.children(n, 'aux').map((a) => tree.token(a).norm);
    if (auxiliaries.some((a) => a === 'will' || a === 'shall' || a === "'ll")) return true;
    // "warned (that) it would respond", "said it would respond": the future of a reported clause.
    if (auxiliaries.includes('would') && tree.dep(n) === 'ccomp') return true;
    if (tree.dep(n) === 'xcomp' && VOWING_VERBS.has(tree.token(tree.head(n)).lemma)) return true;
    // "will continue to protect ... and respond": a conjunct shares the auxiliary of the verb it follows.
    if (tree.dep(n) !== 'conj' && tree.dep(n) !== 'xcomp') return false;
  }
  return false;
}

/** Whom a response is aimed at: an actor after "to"/"against", or the doer of the act named there; or the actor of an "if" clause on it. */
function respondedTo(ctx: ThreatContext, v: number): Mention[] {
  const { tree, mentions } = ctx;
  for (const o of tree.children(v, 'obl')) {
    if (!RESPONSE_TARGETS.has(tree.caseOf(o) ?? '')) continue;
    const own = mentions.group(o);
    if (own.length > 0) return own;
    for (const c of tree.children(o, ...DOER_DEPS)) {
      const m = mentions.modifierAt(c);
      if (m) return [m];
    }
  }
  const condition = tree.children(v, 'advcl').find((c) => tree.children(c, 'mark').some((m) => tree.token(m).norm === 'if'));
  return condition === undefined ? [] : mentions.group(activeSubject(tree, condition));
}

const toMarked = (tree: DependencyTree, n: number) => tree.children(n, 'mark').some((m) => tree.token(m).norm === 'to');

/**
 * The actors of an "if"/"unless" clause on `n`; also on a "to" clause of `n` or of its object ("to
 * stop negotiations [to reduce arms] if the US deploys ...") or on the object itself,
 * where the parser hangs the condition ("stop the negotiations [if Washington deploys ...]").
 */
function conditionActors(ctx: ThreatContext, n: number): Mention[] {
  const { tree, mentions } = ctx;
  const objects = tree.children(n, 'obj');
  const toClauses = [...tree.children(n, 'advcl'), ...objects.flatMap((o) => tree.children(o, 'acl').filter((c) => tree.dep(c) === 'acl'))].filter((c) => toMarked(tree, c));
  const holders = [n, ...objects, ...toClauses];
  for (const h of holders) {
    const condition = tree.children(h, 'advcl', 'acl').find((c) => c > h && tree.children(c, 'mark').some((m) => CONDITION_MARKS.has(tree.token(m).norm)));
    if (condition !== undefined) return mentions.group(activeSubject(tree, condition));
  }
  return [];
}

/** "Russia threatened to halt gas deliveries if Ukraine did not pay": with no actor the threatened act is done to, the condition's actor is threatened. */
function conditionalThreat(ctx: ThreatContext, v: number): StatedCue | null {
  const { tree, mentions } = ctx;
  if (!THREATENING_VERBS.has(tree.token(v).lemma) || treeModality(tree, v) !== null) return null;
  const act = tree.children(v, 'xcomp').find((x) => toMarked(tree, x));
  const threateners = mentions.group(activeSubject(tree, v));
  // "to withdraw its troops": the threatener's own forces are no actor the act is done to.
  const other = (c: number) => mentions.group(c).some((m) => !threateners.some((t) => t.actorId === m.actorId));
  if (act === undefined || tree.children(act, 'obj', 'obl', 'iobj').some(other)) return null;
  const threatened = [...conditionActors(ctx, act), ...conditionActors(ctx, v)];
  const stated: RolePair[] = [];
  for (const source of threateners) for (const target of threatened) if (source.actorId !== target.actorId) stated.push({ source, target, strength: 0.7 });
  return stated.length > 0 ? { relation: 'threat', cameo: ctx.threatCameo, kind: 'verb', tokenStart: v, tokenEnd: v + 1, stated } : null;
}

/** Threats a sentence makes by announcing a response to another actor, as cues with their pairs read. */
export function statedThreats(ctx: ThreatContext): StatedCue[] {
  const { tree, mentions } = ctx;
  const out: StatedCue[] = [];
  for (let v = ctx.first; v < ctx.end; v++) {
    const conditional = tree.token(v).pos === 'VERB' ? conditionalThreat(ctx, v) : null;
    if (conditional) out.push(conditional);
    if (tree.token(v).pos !== 'VERB' || !RESPONDING_VERBS.has(tree.token(v).lemma) || !toCome(tree, v)) continue;
    if (tree.children(v, 'advmod').some((a) => LEXICON.negators.has(tree.token(a).norm))) continue;
    const responders = mentions.group(activeSubject(tree, v));
    const stated: RolePair[] = [];
    for (const source of responders) for (const target of respondedTo(ctx, v)) if (source.actorId !== target.actorId) stated.push({ source, target, strength: 0.7 });
    // The announcement is the threat, made now: its future tense is the response's, not the threat's.
    if (stated.length > 0) out.push({ relation: 'threat', cameo: ctx.threatCameo, kind: 'verb', tokenStart: v, tokenEnd: v + 1, stated, madeBySaying: true });
  }
  return out;
}

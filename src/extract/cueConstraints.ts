// What a cue's relation declares its target must be (data/relations.json, targetRules), applied to
// the pairs its roles gave: "Japanese police held the captain" keeps the captain; "Iran held a
// meeting with Oman" gives no coercion, nor does "the army held Kenya" (a state is not held); an
// object rule keeps what the verb's object names or whose the object is ("denied India's claim").
import type { RolePair } from './assignRoles';
import type { FoundCue } from './findCues';
import type { SentenceMentions } from './relations/argumentMentions';
import { agentOf, isPassive, patientOf } from './relations/clauseArguments';
import type { DependencyTree } from './relations/dependencyTree';
import type { Mention } from './types';
import { cueHead } from './relations/frameContext';

/** Nodes the cue verb acts on directly: its objects, or a passive verb's subject. */
function objectNodes(tree: DependencyTree, cue: FoundCue): number[] {
  const head = cueHead(tree, cue);
  if (isPassive(tree, head)) {
    const patient = patientOf(tree, head);
    return patient === undefined ? [] : [patient];
  }
  return tree.children(head, 'obj', 'iobj');
}

/** The actors owning an object noun ("India's claim", "the Indian claim"): what is done to the noun reaches them. */
function ownersOf(tree: DependencyTree, mentions: SentenceMentions, n: number): Mention[] {
  return tree.children(n, 'nmod:poss', 'amod', 'compound').flatMap((c) => {
    const m = mentions.modifierAt(c);
    return m ? [m] : mentions.group(c);
  });
}

/** The pairs whose target is what the cue allows; all of them for a cue without a rule. */
export function constrainedPairs(
  pairs: RolePair[],
  cue: FoundCue,
  tree: DependencyTree | null,
  mentions: SentenceMentions | null,
  kindOf: (id: string) => string | undefined,
): RolePair[] {
  const rule = cue.rule;
  if (!rule || pairs.length === 0) return pairs;
  let kept = rule.kinds.length > 0 ? pairs.filter((p) => rule.kinds.includes(kindOf(p.target.actorId) ?? '')) : pairs;
  // "Merkel told CNN" keeps its source; "an official told CNN", standing for a state, does not.
  const sourceKinds = rule.sourceKinds;
  if (sourceKinds) kept = kept.filter((p) => sourceKinds[kindOf(p.target.actorId) ?? '']?.includes(kindOf(p.source.actorId) ?? '') ?? true);
  if (rule.object) {
    // Without a tree the object cannot be told from an attachment: nothing is kept.
    const nodes = tree && mentions ? objectNodes(tree, cue) : [];
    const actors = new Set(nodes.flatMap((n) => [...mentions!.group(n), ...ownersOf(tree!, mentions!, n)]).map((m) => m.actorId));
    // A target read through the object noun itself ("denied that allegation": its owner) stands at that node.
    kept = kept.filter((p) => actors.has(p.target.actorId) || nodes.some((n) => p.target.tokenStart <= n && n < p.target.tokenEnd));
  }
  return kept;
}

/**
 * "ousted President Yanukovych", "detained opposition leader Suu Kyi": a participle modifying a noun
 * with no agent says nobody acts, so no positional guess may name a doer for it.
 */
export function agentlessParticiple(tree: DependencyTree | null, cue: FoundCue): boolean {
  if (!tree || cue.kind !== 'verb') return false;
  const head = cueHead(tree, cue);
  // Before its noun only, and not right after what may be its subject (adverbs aside): "forces (later)
  // attacked rebels" read as "attacked rebels", "Cuba freed ..." with "Cuba" tagged ADJ, or "X, a body
  // of members, accused ..." after an apposition's comma, is a lost verb.
  let k = head - 1;
  while (tree.contains(k) && tree.token(k).pos === 'ADV') k--;
  if (tree.contains(k)) {
    const before = tree.token(k);
    if (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON' || before.pos === 'PUNCT') return false;
    if (before.pos === 'ADJ' && /^\p{Lu}/u.test(before.text)) return false;
  }
  return tree.baseDep(head) === 'amod' && tree.head(head) > head && isPassive(tree, head) && agentOf(tree, head) === undefined;
}

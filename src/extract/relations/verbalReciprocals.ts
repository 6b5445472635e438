// A verb's cue with no target named: the parties it stands between, or one subject standing for
// parties that act on one another ("Each side blamed the other") or together ("The two sides met").
import { ACTOR_WORDS } from '../actors/actorWords';
import type { Mention } from '../types';
import type { DependencyTree } from './dependencyTree';
import { brokenAround } from './clauseArguments';
import { partiesUnder, PairCollector, pluralMembers, reciprocalMarked, type FrameContext, type FrameReading } from './frameContext';
import { ROLE_FRAMES } from './roleFrames';

/** "blamed the other", "accused each other": an object saying the subject's parties act on one another. */
function reciprocalObject(tree: DependencyTree, v: number): boolean {
  return tree.children(v, 'obj').some((o) => {
    const before = tree.contains(o - 1) ? tree.token(o - 1).norm : '';
    const after = tree.contains(o + 1) ? tree.token(o + 1).norm : '';
    const word = tree.token(o).norm;
    return ROLE_FRAMES.reciprocalMarkers.has(`${before} ${word}`) || ROLE_FRAMES.reciprocalMarkers.has(`${word} ${after}`);
  });
}

/** "the parties are still talking to us", "met the mediators": an object or a target attachment that is a pronoun or a go-between, no actor of the subject's. */
function addressesOutsider(tree: DependencyTree, v: number, prepositions: ReadonlySet<string>): boolean {
  return tree.children(v).some((c) => {
    const t = tree.token(c);
    const outsider = t.pos === 'PRON' || ACTOR_WORDS.thirdPartyNouns.has(t.norm);
    const dep = tree.dep(c);
    return outsider && (dep === 'obj' || dep === 'iobj' || (dep === 'obl' && prepositions.has(tree.caseOf(c) ?? '')));
  });
}

/** A mention owned through a possessive pronoun standing for `owner` ("Kagame and his Rwandan Patriotic Front"), or such a pronoun itself. */
function ownedConjunct(ctx: FrameContext, m: Mention, owner: string): boolean {
  const { tree, mentions } = ctx;
  const ownersPronoun = (c: number) => tree.token(c).pos === 'PRON' && tree.dep(c) === 'nmod:poss' && mentions.covering(c)?.actorId === owner;
  for (let i = m.tokenStart; i < m.tokenEnd; i++) {
    if (ownersPronoun(i)) return true;
    if (tree.children(i, 'nmod:poss').some((c) => (c < m.tokenStart || c >= m.tokenEnd) && ownersPronoun(c))) return true;
  }
  return false;
}

/** "with both accusing the other", "Each side blamed the other" read with the subject as a modifier: a reference to two parties before the verb. */
function hiddenPluralSubject(ctx: FrameContext, v: number): readonly Mention[] {
  for (const c of ctx.tree.children(v)) {
    const m = c < v ? ctx.mentions.covering(c) : undefined;
    if (m?.members && m.members.length >= 2) return pluralMembers([m]);
  }
  return [];
}

/**
 * The pairs among the parties of an act at `v` that names no target; `around` is `v` and the cue's
 * other nodes, `prepositions` the relation's target attachments, `anchored` whether the tree held the frame.
 */
export function amongParties(ctx: FrameContext, v: number, sources: Mention[], subjectNode: number | undefined, around: number[], prepositions: ReadonlySet<string>, anchored: boolean): FrameReading {
  const { tree, cue } = ctx;
  const out = new PairCollector(cue);
  // "fighting between Azerbaijan and Armenia" with no subject: the two sides act on each other.
  const parties = sources.length === 0 ? partiesUnder(ctx, [v]) : [];
  if (parties.length >= 2) {
    out.pushGroup(parties, 0.75, Boolean(cue.mutual));
    return { pairs: out.pairs, anchored: !brokenAround(tree, v) };
  }
  const marked = reciprocalMarked(ctx, [...new Set([...around, ...(subjectNode === undefined ? [] : [subjectNode])])]);
  const objectMarked = marked && reciprocalObject(tree, v);
  const hidden = objectMarked && sources.length === 0 ? hiddenPluralSubject(ctx, v) : [];
  if (hidden.length >= 2) {
    out.pushGroup(hidden, 0.7, true);
    return { pairs: out.pairs, anchored: !brokenAround(tree, v) };
  }
  // "The two sides exchanged fire" (a mutual cue), "Each side has blamed the other": one subject standing for two parties acts on the other one;
  // "The two sides agreed", "They met" (a symmetric cue): the two parties it stands for act together, unless the act names someone else ("talking to us").
  const outsider = cue.symmetric && addressesOutsider(tree, v, prepositions);
  const among = cue.symmetric && !outsider;
  // "The two sides met the mediators": the parties one reference stands for act on someone else, not among themselves (no positional guess).
  if (outsider && pluralMembers(sources).length >= 2 && sources.length === 1) return { pairs: [], anchored, settled: true };
  const members = (objectMarked && sources.length === 1) || cue.mutual || among ? pluralMembers(sources) : sources;
  // "Kagame and his RPF agreed": a conjunct someone's own by a possessive pronoun is on that side, no counterpart.
  const group = members.filter((m, i) => i === 0 || !ownedConjunct(ctx, m, members[0]!.actorId));
  if (cue.symmetric || cue.mutual || marked) out.pushGroup(group, 0.75, !cue.symmetric && (Boolean(cue.mutual) || marked));
  return { pairs: out.pairs, anchored };
}

// Who a conditional threat is aimed at: "threatened to withdraw its troops unless Somalia paid",
// "threatened to stop the talks if Washington deploys missiles". The threat names no target of its
// own; the subject of its condition is the one asked to act, and so the one threatened.
import type { Mention } from '../types';
import type { FrameContext } from './frameContext';
import { ROLE_FRAMES } from './roleFrames';

const MAX_DEPTH = 3;

const toMarked = (ctx: FrameContext, n: number): boolean => ctx.tree.children(n, 'mark').some((m) => ctx.tree.token(m).norm === 'to');

/** The cue verb and the acts it announces, down open complements and clausal complements ("threatened to try to stop"). */
function announcedActs(ctx: FrameContext, v: number): number[] {
  const { tree } = ctx;
  const out = [v];
  for (let i = 0; i < out.length && out.length < 8; i++) {
    const n = out[i]!;
    if (i > MAX_DEPTH) break;
    // "to stop negotiations to reduce weapons if ...": a "to" clause on the act's object belongs to the act too.
    const onObject = tree.children(n, 'obj').flatMap((o) => tree.children(o, 'acl').filter((c) => tree.dep(c) === 'acl' && toMarked(ctx, c)));
    for (const c of [...tree.children(n, 'xcomp', 'ccomp', 'advcl'), ...onObject]) {
      // An adverbial clause is an announced act only as a "to" infinitive; the condition itself is read below.
      if (tree.baseDep(c) === 'advcl' && !toMarked(ctx, c)) continue;
      out.push(c);
    }
  }
  return out;
}

/** The actors the condition on a cue verb (or on the act it announces) asks to act; none when there is no such condition. */
export function conditionedParties(ctx: FrameContext, v: number, sources: readonly Mention[]): Mention[] {
  const { tree, mentions, cue } = ctx;
  const { relations, marks } = ROLE_FRAMES.conditionedTargets;
  if (!relations.has(cue.relation)) return [];
  const own = new Set(sources.map((m) => m.actorId));
  for (const n of announcedActs(ctx, v)) {
    // The parser may hang the condition on the act's object ("stop the negotiations [if Washington deploys ...]").
    const onObject = tree.children(n, 'obj').flatMap((o) => tree.children(o, 'acl').filter((c) => tree.dep(c) === 'acl'));
    for (const c of [...tree.children(n, 'advcl'), ...onObject]) {
      if (c < n || !tree.children(c, 'mark').some((m) => marks.has(tree.token(m).norm))) continue;
      const asked = mentions.group(tree.children(c, 'nsubj', 'nsubj:pass')[0]).filter((m) => !own.has(m.actorId));
      if (asked.length > 0) return asked;
    }
  }
  return [];
}

// Acts that take ground from someone ("retook the town from the rebels", "recaptured territory from
// X", "seized control of the airport from Y"): the one it is taken from is the target. The "from"
// phrase may hang on the verb, on the cue's other words or on what is taken.
import type { Mention } from '../types';
import type { FrameContext } from './frameContext';
import { ROLE_FRAMES } from './roleFrames';

/** True for a cue whose act takes ground from someone (`takenFromCodes` in data/roleFrames.json). */
export function takesFrom(ctx: FrameContext): boolean {
  return ROLE_FRAMES.takenFromCodes.has(ctx.cue.cameo);
}

function fromPhrases(ctx: FrameContext, nodes: readonly number[]): Mention[] {
  const { tree, mentions } = ctx;
  const out: Mention[] = [];
  for (const n of nodes)
    for (const c of tree.children(n, 'obl', 'nmod'))
      if (tree.caseOf(c) === 'from') for (const m of mentions.group(c)) if (!out.some((o) => o.actorId === m.actorId)) out.push(m);
  return out;
}

/** The actors ground is taken from, for a cue that takes ground; else none. */
export function takenFromTargets(ctx: FrameContext, v: number): Mention[] {
  if (!takesFrom(ctx)) return [];
  const { tree, cue } = ctx;
  const nodes = [v];
  for (let i = cue.tokenStart; i < cue.tokenEnd; i++) if (i !== v) nodes.push(i);
  const own = fromPhrases(ctx, nodes);
  if (own.length > 0) return own;
  // "took control of the airport from X", "retook control Saturday from X": the taken thing carries the phrase.
  const taken = nodes.flatMap((n) => tree.children(n, 'obj', 'nmod', 'obl')).filter((c) => tree.caseOf(c) !== 'from');
  return fromPhrases(ctx, [...taken, ...taken.flatMap((t) => tree.children(t, 'nmod'))]);
}

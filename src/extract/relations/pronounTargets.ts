// "Hezbollah vowed revenge after Israeli raids on its positions", "Egypt condemned Hamas attacks on its
// soldiers": an event noun's target attachment owned by "its"/"their" and naming no actor stands for
// the subject of the clause the noun is part of, when that subject is not the event's doer.
import type { Mention } from '../types';
import { activeSubject, isPassive } from './clauseArguments';
import type { FrameContext } from './frameContext';

const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their']);
/** How many nouns and prepositions the event noun may lie below its clause's verb. */
const MAX_STEPS = 4;

/** The subject of the verb heading the clause `n` lies in, unless `n` is (part of) that subject. */
function clauseSubject(ctx: FrameContext, n: number): number | undefined {
  const { tree } = ctx;
  let node = n;
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    const head = tree.head(node);
    if (head < 0) return undefined;
    if (tree.baseDep(node) === 'nsubj') return undefined;
    if (tree.token(head).pos === 'VERB') return isPassive(tree, head) ? undefined : activeSubject(tree, head);
    node = head;
  }
  return undefined;
}

export function possessivePronounTargets(ctx: FrameContext, nodes: readonly number[], prepositions: ReadonlySet<string>, sources: readonly Mention[]): Mention[] {
  const { tree, mentions } = ctx;
  const n = ctx.head;
  const owned = nodes
    .flatMap((k) => tree.children(k, 'nmod', 'obl').filter((c) => c > k && prepositions.has(tree.caseOf(c) ?? '')))
    .filter((c) => mentions.group(c).length === 0 && tree.children(c, 'nmod:poss').some((p) => POSSESSIVES.has(tree.token(p).norm) && mentions.spanAt(p) === undefined));
  if (owned.length === 0) return [];
  const doers = new Set(sources.flatMap((m) => m.members ?? [m.actorId]));
  const subject = mentions.group(clauseSubject(ctx, n));
  // "its" names one actor; none of them the event's own doer ("Israel continued strikes on its neighbours" is no act on Israel).
  if (subject.length === 0 || subject.some((m) => doers.has(m.actorId))) return [];
  const singular = owned.every((c) => tree.children(c, 'nmod:poss').some((p) => tree.token(p).norm === 'its'));
  return singular && subject.length > 1 ? [] : subject;
}

// The parties of a deal or talks a participle says someone brokered ("a truce brokered by Egypt",
// "talks mediated by Kenya", "a Russian-brokered truce") when the noun names none of its own: the
// clause around the noun does. "took effect between Israel and Hamas", "Sudan and South Sudan signed
// an agreement mediated by Ethiopia", "A and B accused each other in violation of a Russian-brokered
// truce": each names the two sides the broker stood between.
import type { Mention } from '../types';
import { activeSubject, isPassive } from './clauseArguments';
import { partiesUnder, type FrameContext } from './frameContext';

const CLAUSE_ROLES = new Set(['obj', 'obl', 'nsubj']);
const ADJUNCT_ROLES = new Set(['obl', 'obj']);

/** Nodes below `top` reached through attachments and modifiers ("took effect on Monday between ..."), not into `skip`'s phrase nor into clauses. */
function attachmentsBelow(ctx: FrameContext, top: number, skip: number): number[] {
  const { tree } = ctx;
  const out: number[] = [];
  let layer = [top];
  for (let depth = 0; depth < 3 && layer.length > 0; depth++) {
    layer = layer.flatMap((n) => tree.children(n, 'obl', 'nmod', 'advmod', 'obj')).filter((c) => c !== skip);
    out.push(...layer);
  }
  return out;
}

/**
 * The sides a broker stood between, read from the clause around the noun `noun` that the broker's
 * participle modifies: a "between" phrase of that clause, or its coordinated subject when the noun is
 * what they did (object, attachment) or an adjunct of it ("in violation of the truce"). Never the
 * broker itself; fewer than two sides give none.
 */
export function mediatedParties(ctx: FrameContext, noun: number, brokers: readonly Mention[]): Mention[] {
  const { tree, mentions } = ctx;
  const own = new Set(brokers.map((m) => m.actorId));
  const sides = (group: readonly Mention[]) => {
    const kept = group.filter((m) => !own.has(m.actorId));
    return kept.length >= 2 && kept.length === group.length ? kept : [];
  };
  // "in violation of a Russian-brokered truce": the "of" phrase of an adjunct stands for the adjunct.
  let node = noun;
  if (tree.baseDep(node) === 'nmod' && tree.caseOf(node) === 'of' && tree.head(node) >= 0) node = tree.head(node);
  const verb = tree.head(node);
  if (verb < 0 || !CLAUSE_ROLES.has(tree.baseDep(node)) || tree.token(verb).pos !== 'VERB') return [];
  const between = sides(partiesUnder(ctx, [verb, ...attachmentsBelow(ctx, verb, node)]));
  if (between.length > 0) return between;
  if (!ADJUNCT_ROLES.has(tree.baseDep(node)) || isPassive(tree, verb)) return [];
  return sides(mentions.group(activeSubject(tree, verb)));
}

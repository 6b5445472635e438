// "France sent troops at the request of Mali", "the talks were held at the request of Kenya": an
// event noun of data/roleFrames.json askedAdjuncts, in an adjunct opened by one of its prepositions,
// names who asked in its "of" phrase; whom it asked is the clause's doer, not the other way round (a
// light verb's subject does not own such an adjunct).
import type { Mention } from '../types';
import { activeSubject, agentOf, isPassive } from './clauseArguments';
import type { FrameContext } from './frameContext';
import { ROLE_FRAMES } from './roleFrames';

/** Who asked and whom, when the cue noun heads such an adjunct; undefined when it does not. */
export interface AskedAdjunct {
  sources: Mention[];
  targets: Mention[];
}

/** How many noun attachments the adjunct may hang below the clause ("met in Moscow at the invitation of X" hung on "Moscow"). */
const MAX_NOUN_STEPS = 2;
/** The attachments naming the sides of an event noun that is the passive clause's subject. */
const PARTY_PREPOSITIONS: ReadonlySet<string> = new Set(['between', 'with']);

export function askedAdjunct(ctx: FrameContext, n: number): AskedAdjunct | undefined {
  const { tree, mentions } = ctx;
  const t = tree.token(n);
  const prepositions = ROLE_FRAMES.askedAdjuncts.get(t.lemma) ?? ROLE_FRAMES.askedAdjuncts.get(t.norm);
  if (prepositions === undefined || !prepositions.has(tree.caseOf(n) ?? '')) return undefined;
  const of = tree.children(n, 'nmod').find((c) => c > n && tree.caseOf(c) === 'of');
  const sources = of === undefined ? [] : mentions.group(of);
  if (sources.length === 0) return undefined;
  let node = n;
  for (let steps = 0; steps < MAX_NOUN_STEPS && tree.baseDep(node) === 'nmod'; steps++) node = tree.head(node);
  const verb = tree.baseDep(node) === 'obl' || tree.baseDep(node) === 'obj' ? tree.head(node) : -1;
  if (verb < 0 || tree.token(verb).pos !== 'VERB') return { sources, targets: [] };
  const asker = new Set(sources.map((m) => m.actorId));
  return { sources, targets: clauseDoers(ctx, verb).filter((m) => !asker.has(m.actorId)) };
}

/** The clause's doers: its active subject or passive agent; "the talks between A and B were held": the event's parties. */
function clauseDoers(ctx: FrameContext, verb: number): Mention[] {
  const { tree, mentions } = ctx;
  if (!isPassive(tree, verb)) return mentions.group(activeSubject(tree, verb));
  const agent = agentOf(tree, verb);
  if (agent !== undefined) return mentions.group(agent);
  const subject = tree.children(verb, 'nsubj', 'nsubj:pass')[0];
  if (subject === undefined) return [];
  return tree.children(subject, 'nmod').filter((c) => PARTY_PREPOSITIONS.has(tree.caseOf(c) ?? '')).flatMap((c) => [c, ...tree.conjuncts(c)]).flatMap((c) => mentions.group(c));
}

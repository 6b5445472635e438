// Whom a request asks when it names what is asked rather than who should act: "pressed for an apology
// from Japan", "demanded compensation from Tokyo", "appealed for help from the United Nations".
// The one asked is the "from" party of a thing an actor gives (data/speechReadings.json, askedOfNouns),
// on the noun itself or on the requesting verb, or the noun's "by" party ("an admission by Moscow").
import readingsData from '../../../data/speechReadings.json';
import type { Mention } from '../types';
import type { FrameContext } from './frameContext';

const REQUEST_RELATIONS: ReadonlySet<string> = new Set(readingsData.requestRelations);
const ASKED_OF: ReadonlySet<string> = new Set(readingsData.askedOfNouns);

function fromParty(ctx: FrameContext, n: number, deps: readonly string[], prepositions: readonly string[]): number | undefined {
  return ctx.tree.children(n, ...deps).find((c) => c > n && prepositions.includes(ctx.tree.caseOf(c) ?? ''));
}

/** The actors a request verb at `v` asks through the thing it asks for, or none. */
export function requestedFrom(ctx: FrameContext, v: number): Mention[] {
  const { tree, mentions } = ctx;
  if (!REQUEST_RELATIONS.has(ctx.cue.relation)) return [];
  // What is asked for: the verb's object or its "for" attachment ("demanded an apology", "pressed for an apology").
  const things = tree.children(v, 'obj', 'obl').filter((c) => c > v && (tree.baseDep(c) === 'obj' || tree.caseOf(c) === 'for'));
  for (const thing of things) {
    const t = tree.token(thing);
    if (!ASKED_OF.has(t.lemma) && !ASKED_OF.has(t.norm)) continue;
    // "an apology by Japan" on the noun names who gives it too; on the verb "by" is the passive's demander.
    const party = fromParty(ctx, thing, ['nmod'], ['from', 'by']) ?? fromParty(ctx, v, ['obl'], ['from']);
    const asked = party === undefined ? [] : mentions.group(party);
    if (asked.length > 0) return asked;
  }
  return [];
}

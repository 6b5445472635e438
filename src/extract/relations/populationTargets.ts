// Help given to the people of a place goes to that place's state: "assistance to the millions of people
// affected by hunger in Yemen and Somalia" aids Yemen and Somalia, "support for the people of
// Afghanistan" supports Afghanistan (data/roleFrames.json, populationTargets).
import framesData from '../../../data/roleFrames.json';
import type { Mention } from '../types';
import type { FrameContext } from './frameContext';

const FRAME = framesData.populationTargets;
const RELATIONS: ReadonlySet<string> = new Set(FRAME.relations);
const NOUNS: ReadonlySet<string> = new Set(FRAME.nouns);
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(FRAME.prepositions);
const OWNED_NOUNS: ReadonlySet<string> = new Set(FRAME.ownedNouns);
// The arcs a population noun's own phrase goes on by: its attachments, participles and their clauses, relative clauses, and conjuncts.
const PHRASE_DEPS = ['nmod', 'acl', 'obl', 'advcl', 'conj', 'appos'];

/** The actors named after "in" inside the phrase of population noun `n` ("people affected by hunger in Yemen"), or after "of" on it ("the people of Haiti"). */
function namedHomes(ctx: FrameContext, n: number): Mention[] {
  const { tree, mentions } = ctx;
  const t = tree.token(n);
  const owned = OWNED_NOUNS.has(t.norm) || OWNED_NOUNS.has(t.lemma);
  const out: Mention[] = owned ? tree.children(n, 'nmod').filter((c) => c > n && tree.caseOf(c) === 'of').flatMap((c) => mentions.group(c)) : [];
  let frontier = [n];
  for (let depth = 0; depth < FRAME.maxDepth && frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const node of frontier)
      for (const c of tree.children(node, ...PHRASE_DEPS)) {
        if (c < n) continue;
        const found = PLACE_PREPOSITIONS.has(tree.caseOf(c) ?? '') ? mentions.group(c) : [];
        for (const m of found) if (!out.some((o) => o.actorId === m.actorId)) out.push(m);
        // A named home ends its branch; a common noun ("food insecurity", "violence") may still hold one.
        if (found.length === 0) next.push(c);
      }
    frontier = next;
  }
  return out;
}

/**
 * Targets of an aid or support cue whose attachment (after one of `prepositions`, on any of `nodes`) is a
 * population noun: the states its phrase places it in. Empty for other relations, and where the
 * attachment names an actor of its own.
 */
export function populationTargets(ctx: FrameContext, nodes: readonly number[], prepositions: ReadonlySet<string>): Mention[] {
  const { tree, cue, mentions } = ctx;
  if (!RELATIONS.has(cue.relation)) return [];
  const out: Mention[] = [];
  for (const node of nodes)
    for (const c of tree.children(node, 'nmod', 'obl')) {
      if (c < cue.tokenEnd || !prepositions.has(tree.caseOf(c) ?? '')) continue;
      const t = tree.token(c);
      if (!NOUNS.has(t.norm) && !NOUNS.has(t.lemma)) continue;
      if (mentions.group(c).length > 0) continue;
      for (const m of namedHomes(ctx, c)) if (!out.some((o) => o.actorId === m.actorId)) out.push(m);
    }
  return out;
}

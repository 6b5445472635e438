// Relations reduced by acting on the noun that names them: "canceled planned meetings with Japan",
// "suspended military cooperation with Niger", "halted talks with the rebels", "cut off aid to Eritrea".
// A reducing verb whose object is a noun of contact, talks, ties or aid, with the party after
// "with"/"to", reduces relations with that party (CAMEO 16x: the relation holding the noun's code).
// Words and codes in data/roleFrames.json (reducedRelations).
import type { RolePair } from '../assignRoles';
import type { SentenceMentions } from './argumentMentions';
import { activeSubject, isPassive } from './clauseArguments';
import type { DependencyTree } from './dependencyTree';
import type { StatedCue } from './judgedWrongs';
import { ROLE_FRAMES } from './roleFrames';

export interface ReducedContext {
  tree: DependencyTree;
  mentions: SentenceMentions;
  /** The relation a CAMEO code belongs to, if any. */
  relationOf: (cameo: string) => string | undefined;
  first: number;
  end: number;
}

/** The noun's party: an actor after one of the frame's prepositions, on the noun or on the verb. */
function partyOf(ctx: ReducedContext, noun: number, verb: number): number | undefined {
  const { tree } = ctx;
  const { targetPrepositions } = ROLE_FRAMES.reducedRelations;
  const onNoun = tree.children(noun, 'nmod').find((c) => c > noun && targetPrepositions.has(tree.caseOf(c) ?? ''));
  return onNoun ?? tree.children(verb, 'obl').find((c) => c > noun && targetPrepositions.has(tree.caseOf(c) ?? ''));
}

/** Relations one sentence reduces by acting on the noun that names them, as cues with their pairs read. */
export function reducedRelations(ctx: ReducedContext): StatedCue[] {
  const { tree, mentions } = ctx;
  const { verbs, nouns } = ROLE_FRAMES.reducedRelations;
  const out: StatedCue[] = [];
  for (let v = ctx.first; v < ctx.end; v++) {
    if (tree.token(v).pos !== 'VERB' || !verbs.has(tree.token(v).lemma) || isPassive(tree, v)) continue;
    const sources = mentions.group(activeSubject(tree, v));
    if (sources.length === 0) continue;
    for (const o of tree.children(v, 'obj')) {
      const cameo = nouns.get(tree.token(o).lemma) ?? nouns.get(tree.token(o).norm);
      const relation = cameo === undefined ? undefined : ctx.relationOf(cameo);
      const party = partyOf(ctx, o, v);
      if (cameo === undefined || relation === undefined || party === undefined) continue;
      const stated: RolePair[] = [];
      for (const source of sources) for (const target of mentions.group(party)) if (source.actorId !== target.actorId) stated.push({ source, target, strength: 0.75 });
      if (stated.length > 0) out.push({ relation, cameo, kind: 'verb', tokenStart: v, tokenEnd: v + 1, stated });
    }
  }
  return out;
}

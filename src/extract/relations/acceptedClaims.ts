// Accepting what another actor demands or offers: "the government accepted demands from Hutu rebels"
// yields to the rebels (concession), "Kenya accepted Uganda's offer" agrees with Uganda (agreement).
// A verb of accepting (data/speechReadings.json, acceptingVerbs) whose object is a claim noun an actor
// owns acts on that owner, with the relation acceptedClaims gives the noun; negated, refusedAcceptance.ts
// reads it as a rejection instead.
import readingsData from '../../../data/speechReadings.json';
import { LEXICON } from '../lexicon';
import type { SentenceMentions } from './argumentMentions';
import { activeSubject, isPassive } from './clauseArguments';
import { claimOwner } from './claimOwner';
import type { DependencyTree } from './dependencyTree';
import { pairsOf, type StatedCue } from './judgedWrongs';

const ACCEPTING_VERBS: ReadonlySet<string> = new Set(readingsData.acceptingVerbs);
const ACCEPTED: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(readingsData.acceptedClaims));

export interface AcceptedClaimContext {
  tree: DependencyTree;
  mentions: SentenceMentions;
  first: number;
  end: number;
}

/** Concessions and agreements a sentence makes by accepting another actor's claim, as cues with their pairs read. */
export function acceptedClaims(ctx: AcceptedClaimContext): StatedCue[] {
  const { tree, mentions } = ctx;
  const out: StatedCue[] = [];
  for (let v = ctx.first; v < ctx.end; v++) {
    if (tree.token(v).pos !== 'VERB' || !ACCEPTING_VERBS.has(tree.token(v).lemma) || isPassive(tree, v)) continue;
    if (tree.children(v, 'advmod').some((a) => LEXICON.negators.has(tree.token(a).norm))) continue;
    const object = tree.children(v, 'obj')[0];
    const reading = object === undefined ? undefined : (ACCEPTED.get(tree.token(object).norm) ?? ACCEPTED.get(tree.token(object).lemma));
    if (object === undefined || !reading) continue;
    const stated = pairsOf(mentions.group(activeSubject(tree, v)), claimOwner(tree, mentions, v, object), 0.7);
    if (stated.length > 0) out.push({ relation: reading[0]!, cameo: reading[1]!, kind: 'verb', tokenStart: v, tokenEnd: v + 1, stated });
  }
  return out;
}

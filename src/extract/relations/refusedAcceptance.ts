// Rejections said as a refusal to accept: "Washington made clear it would not accept a nuclear North
// Korea", "Kenya will not accept Somalia's proposal", "the government will not meet the kidnappers'
// demands". A negated verb of accepting (data/speechReadings.json, acceptingVerbs) rejects the actor
// it takes as object, or the owner of the claim it takes.
import readingsData from '../../../data/speechReadings.json';
import { LEXICON } from '../lexicon';
import type { Mention } from '../types';
import type { SentenceMentions } from './argumentMentions';
import { activeSubject } from './clauseArguments';
import { claimOwner } from './claimOwner';
import type { DependencyTree } from './dependencyTree';
import { pairsOf, type StatedCue } from './judgedWrongs';
import { ROLE_FRAMES } from './roleFrames';

const ACCEPTING_VERBS: ReadonlySet<string> = new Set(readingsData.acceptingVerbs);
const CLAIM_ONLY: ReadonlySet<string> = new Set(readingsData.claimOnlyAcceptingVerbs);

export interface AcceptanceContext {
  tree: DependencyTree;
  mentions: SentenceMentions;
  rejectionCameo: string;
  first: number;
  end: number;
}

/** The actors a refused object stands for: itself, or the owner of a claim, demand or proposal. */
function refused(ctx: AcceptanceContext, v: number, object: number): Mention[] {
  const { tree, mentions } = ctx;
  const t = tree.token(object);
  const claim = ROLE_FRAMES.claimNouns.has(t.lemma) || ROLE_FRAMES.claimNouns.has(t.norm);
  if (!claim) return CLAIM_ONLY.has(tree.token(v).lemma) ? [] : mentions.group(object);
  return claimOwner(tree, mentions, v, object);
}

/** Rejections a sentence makes by refusing to accept, as cues with their pairs read. */
export function refusedAcceptance(ctx: AcceptanceContext): StatedCue[] {
  const { tree, mentions } = ctx;
  const out: StatedCue[] = [];
  for (let v = ctx.first; v < ctx.end; v++) {
    if (tree.token(v).pos !== 'VERB' || !ACCEPTING_VERBS.has(tree.token(v).lemma)) continue;
    if (!tree.children(v, 'advmod').some((a) => LEXICON.negators.has(tree.token(a).norm))) continue;
    const object = tree.children(v, 'obj')[0];
    if (object === undefined) continue;
    const stated = pairsOf(mentions.group(activeSubject(tree, v)), refused(ctx, v, object), 0.7);
    // The refusal is the rejection, made by saying it now ("will not accept").
    if (stated.length > 0) out.push({ relation: 'rejection', cameo: ctx.rejectionCameo, kind: 'verb', tokenStart: v, tokenEnd: v + 1, stated, madeBySaying: true });
  }
  return out;
}

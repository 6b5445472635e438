// Rejections of what another actor asked for or offered, read through a relative clause:
// "Kenya pressed for compensation, something Somalia rejected", "Israel offered a truce that Hamas
// rejected", "Somalia rejected the apology Kenya demanded". The one who asked or offered is rejected.
import readingsData from '../../../data/speechReadings.json';
import type { SentenceMentions } from './argumentMentions';
import { activeSubject } from './clauseArguments';
import type { DependencyTree } from './dependencyTree';
import { pairsOf, type StatedCue } from './judgedWrongs';
import { ROLE_FRAMES } from './roleFrames';
import { treeModality } from './treeModality';

const REJECTING_VERBS: ReadonlySet<string> = new Set(readingsData.rejectingVerbs);
const PROPOSING_VERBS: ReadonlySet<string> = new Set(readingsData.proposingVerbs);
const THING_DEPS = new Set(['obj', 'obl', 'conj', 'appos']);

export interface ProposalContext {
  tree: DependencyTree;
  mentions: SentenceMentions;
  rejectionCameo: string;
  first: number;
  end: number;
}

const proposing = (tree: DependencyTree, v: number) => v >= 0 && tree.token(v).pos === 'VERB' && PROPOSING_VERBS.has(tree.token(v).lemma);

/** The verb asking for or offering the thing a relative clause at `r` hangs on ("an apology, something [Kan rejected]"), or -1. */
function proposalAbove(tree: DependencyTree, r: number): number {
  if (tree.dep(r) !== 'acl:relcl') return -1;
  let thing = tree.head(r);
  // "something" or "one" standing in apposition (or read as a conjunct) for the thing before it.
  if (tree.token(thing).pos === 'PRON' && (tree.baseDep(thing) === 'appos' || tree.baseDep(thing) === 'conj')) {
    const before = tree.head(thing);
    if (proposing(tree, before)) return before;
    thing = before;
  }
  const verb = thing >= 0 ? tree.head(thing) : -1;
  return THING_DEPS.has(tree.baseDep(thing)) && verb < r && proposing(tree, verb) ? verb : -1;
}

/** "pressed for compensation, which Somalia rejected" read with the rejection as the asking verb's conjunct. */
function proposalBeforeRelative(tree: DependencyTree, r: number): number {
  const pronoun = tree.children(r, 'obj', 'obl:unmarked').find((c) => c < r && ROLE_FRAMES.relativePronouns.has(tree.token(c).norm));
  const verb = tree.head(r);
  return pronoun !== undefined && tree.baseDep(r) === 'conj' && tree.token(pronoun - 1)?.norm === ',' && proposing(tree, verb) ? verb : -1;
}

/** "rejected the apology Kenya demanded": a relative clause on the rejected thing, headed by the asking verb. */
function proposalBelow(tree: DependencyTree, r: number): number {
  const thing = tree.children(r, 'obj')[0];
  if (thing === undefined) return -1;
  return tree.children(thing, 'acl:relcl', 'ccomp').find((c) => c > thing && proposing(tree, c) && tree.children(c, 'obj').length === 0) ?? (tree.children(r, 'ccomp').find((c) => c === thing + 2 && proposing(tree, c)) ?? -1);
}

/** Rejections a sentence makes of what another actor asked for or offered, as cues with their pairs read. */
export function rejectedProposals(ctx: ProposalContext): StatedCue[] {
  const { tree, mentions } = ctx;
  const out: StatedCue[] = [];
  for (let r = ctx.first; r < ctx.end; r++) {
    if (tree.token(r).pos !== 'VERB' || !REJECTING_VERBS.has(tree.token(r).lemma) || tree.children(r, 'nsubj').length === 0) continue;
    let p = proposalAbove(tree, r);
    if (p < 0) p = proposalBeforeRelative(tree, r);
    if (p < 0) p = proposalBelow(tree, r);
    if (p < 0) continue;
    const proposer = tree.children(p, 'nsubj')[0] ?? activeSubject(tree, p);
    const stated = pairsOf(mentions.group(tree.children(r, 'nsubj')[0]), mentions.group(proposer), 0.7);
    // "Kyiv says ..., a claim Moscow denies": a comment in apposition stands outside what the speaker says.
    const aside = tree.dep(r) === 'acl:relcl' && tree.baseDep(tree.head(r)) === 'appos' && treeModality(tree, r) === null;
    if (stated.length > 0) out.push({ relation: 'rejection', cameo: ctx.rejectionCameo, kind: 'verb', tokenStart: r, tokenEnd: r + 1, stated, ...(aside ? { madeBySaying: true } : {}) });
  }
  return out;
}

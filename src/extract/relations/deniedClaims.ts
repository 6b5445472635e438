// Rejections made by calling a claim false: "Officials called the attack claim a lie", "the ministry
// said the charge was an absolute lie", "Kenya called Somalia's allegations baseless". The claim's
// owner is rejected; a claim of nobody named is the latest accusation aimed at the speaker.
import readingsData from '../../../data/speechReadings.json';
import type { Mention } from '../types';
import type { NamedEvent } from './eventAnaphora';
import { judgeOf, namingJudges, namingOf, pairsOf, statedAsDone, type JudgementContext, type StatedCue } from './judgedWrongs';
import { ROLE_FRAMES } from './roleFrames';

const FALSEHOODS: ReadonlySet<string> = new Set(readingsData.falsehoodNames);
const OWNER_DEPS = ['nmod:poss', 'amod', 'compound'];

export interface DenialContext extends JudgementContext {
  rejectionCameo: string;
}

/** Whose claim the noun `n` is: its possessor or actor modifier, its "by"/"from" agent, or the source of the latest accusation aimed at one of `judges`. */
function claimantsOf(ctx: DenialContext, n: number, judges: readonly Mention[]): Mention[] {
  const { tree, mentions } = ctx;
  for (const c of tree.children(n, ...OWNER_DEPS)) {
    const m = c < n ? mentions.modifierAt(c) : undefined;
    if (m) return [m];
  }
  const agent = tree.children(n, 'nmod').find((c) => ['by', 'from'].includes(tree.caseOf(c) ?? ''));
  if (agent !== undefined) return mentions.group(agent);
  const answered = latestAccusationOf(ctx.earlier, new Set(judges.map((j) => j.actorId)), tree.token(n).sentence);
  if (!answered) return [];
  const surface = tree.token(n).text;
  const note = `"${surface}" read as the accusation named before: ${answered.source} ${answered.relation} ${answered.target}`;
  return [{ actorId: answered.source, form: 'role', tokenStart: n, tokenEnd: n + 1, sentence: tree.token(n).sentence, surface, note }];
}

function latestAccusationOf(earlier: readonly NamedEvent[], targets: ReadonlySet<string>, sentence: number) {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i]!;
    if (e.sentence < sentence && e.event.relation === 'accusation' && targets.has(e.event.target)) return e.event;
  }
  return undefined;
}

/** "called [the claim] a lie" or "[the claim] is a lie" inside what a speaker says: the claim and who judges it. */
function judgedClaim(ctx: DenialContext, name: number): { verb: number; claim: number; judges: Mention[] } | null {
  const { tree } = ctx;
  const naming = namingOf(tree, name);
  if (naming) return statedAsDone(tree, naming.verb) ? { verb: naming.verb, claim: naming.act, judges: namingJudges(ctx, naming.verb) } : null;
  const claim = tree.children(name, 'nsubj')[0];
  if (claim === undefined || tree.children(name, 'cop').length === 0 || !statedAsDone(tree, name)) return null;
  const judge = judgeOf(ctx, name);
  return judge ? { verb: judge.verb, claim, judges: judge.judges } : null;
}

/** Rejections a sentence makes by calling a claim false, as cues with their pairs read. */
export function deniedClaims(ctx: DenialContext): StatedCue[] {
  const { tree } = ctx;
  const out: StatedCue[] = [];
  for (let n = ctx.first; n < ctx.end; n++) {
    if (!FALSEHOODS.has(tree.token(n).lemma) && !FALSEHOODS.has(tree.token(n).norm)) continue;
    const judged = judgedClaim(ctx, n);
    if (!judged || !ROLE_FRAMES.claimNouns.has(tree.token(judged.claim).lemma)) continue;
    const stated = pairsOf(judged.judges, claimantsOf(ctx, judged.claim, judged.judges), 0.7);
    if (stated.length > 0) out.push({ relation: 'rejection', cameo: ctx.rejectionCameo, kind: 'verb', tokenStart: judged.verb, tokenEnd: judged.verb + 1, stated });
  }
  return out;
}

// "Armenia accused Azerbaijan of more shelling": a charged act that names no one it was done to was
// done, as the accuser tells it, to the accuser's own side. Only a state or armed group accuser speaks
// for a side (data/roleFrames.json, accuserTargets); the act stays reported (extractEvents: charged).
import type { CueMatch } from '../assignRoles';
import type { Mention } from '../types';
import type { SentenceMentions } from './argumentMentions';
import { activeSubject, agentOf, chargingVerb, isPassive } from './clauseArguments';
import type { DependencyTree } from './dependencyTree';
import { cueHead, PairCollector, type FrameReading } from './frameContext';
import { ROLE_FRAMES } from './roleFrames';

const ARGUMENT_DEPS = ['obj', 'iobj', 'obl', 'nmod', 'nmod:poss'] as const;

/** Whether the act at `v` names anything it is done to or done at, other than a place or time word. */
function namesOthers(tree: DependencyTree, v: number): boolean {
  const { placeNouns } = ROLE_FRAMES.accuserTargets;
  return tree.children(v, ...ARGUMENT_DEPS).some((c) => {
    const t = tree.token(c);
    return !placeNouns.has(t.lemma) && !ROLE_FRAMES.timeNouns.has(t.norm);
  });
}

/** The pairs accused → accuser for a charged act with no target of its own; none when it is no such act. */
export function accuserTargetPairs(
  tree: DependencyTree,
  mentions: SentenceMentions,
  cue: CueMatch,
  kindOf: (id: string) => string | undefined,
): FrameReading | null {
  const { relations, verbs, kinds } = ROLE_FRAMES.accuserTargets;
  if (!relations.has(cue.relation)) return null;
  const v = cueHead(tree, cue);
  // "accused X of flying drones, attacking military posts": a conjunct shares the first act's charge.
  let charged = v;
  for (let steps = 0; tree.dep(charged) === 'conj' && tree.head(charged) >= 0 && steps < 4; steps++) charged = tree.head(charged);
  const verb = chargingVerb(tree, charged);
  if (verb === undefined || !verbs.has(tree.token(verb).lemma) || namesOthers(tree, v)) return null;
  // "denied the strikes and accused X of ...": a coordinated verb's subject is the first verb's.
  const sayer = isPassive(tree, verb) ? agentOf(tree, verb) : activeSubject(tree, verb);
  const accused = mentions.group(tree.children(verb, 'obj', 'iobj', 'nsubj:pass')[0]);
  const accusers: Mention[] = mentions.group(sayer).filter((m) => kinds.has(kindOf(m.actorId) ?? ''));
  if (accused.length === 0 || accusers.length === 0) return null;
  const out = new PairCollector({ ...cue, mutual: false });
  out.push(accused, accusers.filter((a) => !accused.some((d) => d.actorId === a.actorId)), 0.75);
  return out.pairs.length > 0 ? { pairs: out.pairs, anchored: true } : null;
}

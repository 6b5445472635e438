// "an al-Shabab attack that killed three Kenyan soldiers", "PKK attacks which killed 12 Turkish
// soldiers": a cue verb in a relative clause on an event noun, with the relative pronoun as its
// subject, is done by whoever did the event: the noun's possessor, actor modifier or "by" agent.
import type { Mention } from '../types';
import type { DependencyTree } from './dependencyTree';
import type { FrameContext } from './frameContext';
import { ROLE_FRAMES } from './roleFrames';

/** The event noun of the cue's relation whose relative clause the verb `v` heads with the relative pronoun as subject ("attacks which killed"), or undefined. */
export function restatedEventNoun(tree: DependencyTree, v: number, relation: string): number | undefined {
  if (tree.dep(v) !== 'acl:relcl') return undefined;
  const subject = tree.children(v, 'nsubj')[0];
  if (subject === undefined || !ROLE_FRAMES.relativePronouns.has(tree.token(subject).norm)) return undefined;
  const noun = tree.head(v);
  const t = tree.token(noun);
  const fits = ROLE_FRAMES.eventAnaphors.get(t.lemma) ?? ROLE_FRAMES.eventAnaphors.get(t.norm);
  // Only an event of the same relation: "the move that angered Iran" is nobody's attack.
  return fits && fits.includes(relation) ? noun : undefined;
}

/** The doer of the event noun a relative clause's verb `v` hangs on, when the event fits the cue's relation; else none. */
export function eventClauseDoer(ctx: FrameContext, v: number): Mention[] {
  const { tree, mentions, cue } = ctx;
  const noun = restatedEventNoun(tree, v, cue.relation);
  if (noun === undefined) return [];
  for (const c of tree.children(noun, 'nmod:poss')) {
    const group = mentions.group(c);
    if (group.length > 0) return group;
  }
  for (const c of tree.children(noun, 'amod', 'compound')) {
    if (c > noun) continue;
    const m = mentions.modifierAt(c);
    if (m) return [m];
  }
  return mentions.group(tree.children(noun, 'nmod').find((c) => c > noun && c < v && tree.caseOf(c) === 'by'));
}

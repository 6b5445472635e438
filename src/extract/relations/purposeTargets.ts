// Whom an act with no target of its own is aimed at through its purpose: "police opened fire to
// disperse the protesters" fired on the protesters. Declared in data/purposeTargets.json.
import purposeData from '../../../data/purposeTargets.json';
import type { Mention } from '../types';
import type { FrameContext } from './frameContext';

const RELATIONS: ReadonlySet<string> = new Set(purposeData.relations);
const VERBS: ReadonlySet<string> = new Set(purposeData.verbs);
const PURPOSE_DEPS = ['acl', 'advcl', 'xcomp'];

/** The objects of a "to" purpose clause of one of the declared verbs on any of `nodes` (the cue's words). */
export function purposeTargets(ctx: FrameContext, nodes: readonly number[]): Mention[] {
  const { tree, mentions, cue } = ctx;
  if (!RELATIONS.has(cue.relation)) return [];
  for (const n of nodes)
    for (const c of tree.children(n, ...PURPOSE_DEPS)) {
      const toMarked = tree.children(c, 'mark').some((m) => tree.token(m).norm === 'to');
      if (!toMarked || !VERBS.has(tree.token(c).lemma)) continue;
      const objects = tree.children(c, 'obj').flatMap((o) => mentions.group(o));
      if (objects.length > 0) return objects;
    }
  return [];
}

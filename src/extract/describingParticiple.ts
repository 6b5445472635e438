// "the girls kidnapped by X", "villagers displaced by the floods": a past participle describing the
// noun it hangs on names an act already done, whatever the clause around it plans or supposes, and
// dated apart from it (cueDate.ts: no caption's date; cueEvents.ts: no plan's modality).
import type { CueMatch } from './assignRoles';
import type { DependencyTree } from './relations/dependencyTree';
import { cueHead } from './relations/frameContext';

/** Whether the cue is a past participle describing the noun it hangs on, with no auxiliary of its own ("to be seized"). */
export function describingParticiple(tree: DependencyTree | null, cue: CueMatch): boolean {
  if (!tree) return false;
  const v = cueHead(tree, cue);
  const t = tree.tokens[v];
  // A past participle: not the "-ing" form of an act going on ("civilians fleeing the town"), its own form or a "by" agent.
  if (tree.dep(v) !== 'acl' || t === undefined || t.norm.endsWith('ing')) return false;
  if (tree.children(v, 'aux', 'aux:pass', 'mark').length > 0) return false;
  return t.norm !== t.lemma || tree.children(v, 'obl:agent').length > 0;
}

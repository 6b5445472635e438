import type { DramatisGraph } from '../graph/buildGraph';
import { applyEdits } from '../graph/curation/applyEdits';
import { describeEdit } from '../graph/curation/describeEdit';
import { assignHappenings } from '../graph/happenings';
import type { EditOutcome } from '../graph/curation/editTypes';
import { useAppStore } from './appStore';
import { activeEdits } from './curationLog';
import { useCurationStore } from './curationStore';

// The merge of the session's sources as it was last shown, before the analyst's edits.
let merged: DramatisGraph | null = null;
// Stale edits the user was already told about (told once per edit).
const toldStale = new Set<string>();

function staleNotice(fresh: { reason: string; title: string }[]): string {
  if (fresh.length === 1) return `Your edit "${fresh[0]!.title}" no longer applies: ${fresh[0]!.reason} It stays in the Edits list.`;
  return `${fresh.length} of your edits no longer apply to the data (${fresh.map((f) => f.title).join('; ')}). They stay in the Edits list, marked.`;
}

/** Applies the active edits to the kept merge and returns the graph to show. */
function curated(base: DramatisGraph): DramatisGraph {
  const curation = useCurationStore.getState();
  const edits = activeEdits(curation);
  const result = applyEdits(base, edits);
  const outcomes = new Map<string, EditOutcome>(edits.map((e, i) => [e.id, result.outcomes[i]!]));
  curation.editsApplied({ base, origins: result.origins, outcomes });
  const fresh = edits.flatMap((e) => {
    const o = outcomes.get(e.id);
    if (o?.status !== 'stale' || toldStale.has(e.id)) return [];
    toldStale.add(e.id);
    return [{ reason: o.reason, title: describeEdit(base, e).title }];
  });
  if (fresh.length > 0) useAppStore.getState().pushNotice(staleNotice(fresh));
  // Imports, removals and edits change which reports tell the same happening: group them again.
  assignHappenings(result.graph);
  return result.graph;
}

/** The first graph of the session (the seed corpus): shown fresh, with the analyst's edits applied. */
export function loadWorkspaceGraph(graph: DramatisGraph): void {
  merged = graph;
  useAppStore.getState().graphLoaded(curated(graph));
}

/**
 * Hands the merge of the session's sources, with the analyst's edits applied, to the app store.
 * The one place where what the sources say becomes what the app shows.
 */
export function showWorkspaceGraph(next: DramatisGraph): void {
  merged = next;
  useAppStore.getState().graphReplaced(curated(next));
}

// An edit, undo, redo or restored log re-applies the edits to the kept merge.
useCurationStore.subscribe((s, previous) => {
  if (merged && (s.edits !== previous.edits || s.cursor !== previous.cursor)) useAppStore.getState().graphReplaced(curated(merged));
});

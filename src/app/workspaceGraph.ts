// What the app shows: the merge of the session's sources with the analyst's edits applied.
import type { DramatisGraph } from '../graph/buildGraph';
import { applyEdits } from '../graph/curation/applyEdits';
import { describeEdit } from '../graph/curation/describeEdit';
import { assignHappenings } from '../graph/happenings';
import type { EditOutcome } from '../graph/curation/editTypes';
import { useAppStore } from '../store/appStore';
import { activeEdits } from '../store/curationLog';
import { useCurationStore } from '../store/curationStore';
import { useSourcesStore } from '../store/sourcesStore';

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

/**
 * Starts showing the sources' merge with the analyst's edits: a new merge in the sources store, and
 * an edit, undo, redo or restored log (re-applied to the kept merge), each give the app store its
 * graph. Returns the stop.
 */
export function startWorkspaceGraph(): () => void {
  const stopSources = useSourcesStore.subscribe((s, previous) => {
    if (s.merge === previous.merge || !s.merge) return;
    if (s.merge.startsSession) loadWorkspaceGraph(s.merge.graph);
    else showWorkspaceGraph(s.merge.graph);
  });
  const stopCuration = useCurationStore.subscribe((s, previous) => {
    if (merged && (s.edits !== previous.edits || s.cursor !== previous.cursor)) useAppStore.getState().graphReplaced(curated(merged));
  });
  return () => {
    stopSources();
    stopCuration();
    merged = null;
    toldStale.clear();
  };
}

// What the app shows: the merge of the session's sources with the analyst's edits applied.
import type { DramatisGraph } from '../graph/buildGraph';
import { applyEdits } from '../graph/curation/applyEdits';
import { describeEdit } from '../graph/curation/describeEdit';
import { assignHappenings, assignHappeningSteps } from '../graph/happenings';
import type { EditOutcome } from '../graph/curation/editTypes';
import { prepareFilterSteps, useAppStore } from '../store/appStore';
import { cancelled, measureWork, nextTask, runInSlices, WORK_MEASURES } from './stage/slicedWork';
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

/**
 * From this many events on, a graph is prepared for the store in slices (happenings, filter engine,
 * bundle index: about a third of a second of one task at 40,000 events); smaller ones go at once.
 */
const SLICED_PREPARATION_MIN_EVENTS = 10_000;
// The graph being prepared in slices (a newer one supersedes it); null when none is.
let preparing: DramatisGraph | null = null;

/** Whether a new graph is still being prepared for the store (the stage counts it as settling). */
export function graphPending(): boolean {
  return preparing !== null;
}

/** Applies the active edits to the kept merge and returns the graph to show, happenings not yet grouped. */
function curatedUngrouped(base: DramatisGraph): DramatisGraph {
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
  return result.graph;
}

/** Applies the active edits to the kept merge and returns the graph to show. */
function curated(base: DramatisGraph): DramatisGraph {
  const graph = curatedUngrouped(base);
  // Imports, removals and edits change which reports tell the same happening: group them again.
  assignHappenings(graph);
  return graph;
}

/**
 * Gives the app store the curated `base`. A large graph's happenings, filter engine and bundle index
 * are built first in slices between which the page answers; the store then takes it in one task.
 */
async function present(base: DramatisGraph): Promise<void> {
  if (base.size < SLICED_PREPARATION_MIN_EVENTS) {
    preparing = null;
    useAppStore.getState().graphReplaced(curated(base));
    return;
  }
  const graph = curatedUngrouped(base);
  // The edits left the graph shown as it is (the store would keep it): nothing to prepare.
  if (graph === useAppStore.getState().graph) {
    preparing = null;
    return;
  }
  preparing = graph;
  // The stage shows it is busy from now on (not only once the graph reaches it).
  useAppStore.getState().layoutStarted();
  const superseded = () => preparing !== graph;
  if ((await runInSlices(WORK_MEASURES.prepareGraph, assignHappeningSteps(graph), superseded)) === cancelled) return;
  const prepared = await runInSlices(WORK_MEASURES.prepareGraph, prepareFilterSteps(graph), superseded);
  if (prepared === cancelled) return;
  await nextTask();
  if (superseded()) return;
  preparing = null;
  const start = performance.now();
  useAppStore.getState().graphReplaced(graph, prepared);
  measureWork(WORK_MEASURES.showGraph, start);
}

/** The first graph of the session (the seed corpus): shown fresh, with the analyst's edits applied. */
export function loadWorkspaceGraph(graph: DramatisGraph): void {
  merged = graph;
  preparing = null;
  useAppStore.getState().graphLoaded(curated(graph));
}

/**
 * Hands the merge of the session's sources, with the analyst's edits applied, to the app store.
 * The one place where what the sources say becomes what the app shows.
 */
export function showWorkspaceGraph(next: DramatisGraph): void {
  merged = next;
  void present(next);
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
    if (merged && (s.edits !== previous.edits || s.cursor !== previous.cursor)) void present(merged);
  });
  return () => {
    stopSources();
    stopCuration();
    merged = null;
    preparing = null;
    toldStale.clear();
  };
}

import { nextTask } from '../../app/stage/slicedWork';
import { useAppStore, type AppState } from '../../store/appStore';
import { displayStateFrom, expandedPairs } from './stageDisplayState';
import { askFullProcess } from './sigmaProcess';
import { drawPending } from './drawNewGraph';
import { frame } from './stageLayout';
import { reprocess, type StageRuntime } from './stageRuntime';

const LABEL_GRID_SETTLE_MS = 300;

/**
 * Keeps the stage with the store: a new data graph is drawn (drawNewGraph), the shelf's opening
 * rearranges, hover, selection and filters redraw. Returns the unsubscribe.
 */
export function followStore(rt: StageRuntime): () => void {
  return useAppStore.subscribe((s, prev) => {
    if (s.graph !== prev.graph && s.graph) {
      takeNewGraph(rt, s.graph);
      return;
    }
    if (rt.drawing) return;
    if (s.shelfOpen !== prev.shelfOpen) {
      const bbox = rt.layout.rearrange();
      if (bbox) {
        frame(rt, bbox);
        void rt.sigma.getCamera().animatedReset({ duration: 300 });
      }
    }
    if (s.hoveredNode === prev.hoveredNode && s.hoveredEdge === prev.hoveredEdge && s.selection === prev.selection && s.visibility === prev.visibility) return;
    redisplay(rt, s, prev);
  });
}

/**
 * A new data graph is drawn after React has rendered the panels for it, in slices (drawNewGraph).
 * Until it is drawn the old layout is cancelled (it may not settle over the new graph) and other
 * changes wait; a graph arriving meanwhile replaces the one being drawn.
 */
function takeNewGraph(rt: StageRuntime, graph: NonNullable<AppState['graph']>): void {
  rt.pendingGraph = graph;
  if (rt.drawing) return;
  rt.drawing = true;
  rt.layout.cancel();
  useAppStore.getState().layoutStarted();
  void nextTask().then(() => drawPending(rt));
}

/** Hover, selection or filters changed: the display state follows, and sigma redraws what it touched. */
function redisplay(rt: StageRuntime, s: AppState, prev: AppState): void {
  const { sigma, stage } = rt;
  if (rt.processing) askFullProcess(sigma);
  const before = rt.display;
  const display = displayStateFrom(rt.graph, s, rt.lineFacts);
  rt.display = display;
  const change = s.visibilityChange;
  // First the lines the new focus or path brings back (or lets go), so the others follow it too.
  const lit = stage.refocus(display);
  const litMoved = lit.added.length > 0 || lit.dropped.length > 0;
  const lineChanges = s.visibility !== prev.visibility && s.bundles ? stage.follow(s.bundles) : null;
  if (s.selection !== prev.selection) {
    const expanded = stage.expand(expandedPairs(s)(stage.drawn!));
    stage.redraw(expanded, []);
  }
  const filtersOnly = s.hoveredNode === prev.hoveredNode && s.hoveredEdge === prev.hoveredEdge && s.selection === prev.selection;
  if (lineChanges && filtersOnly && !litMoved && change && !change.everything && !before.path && !display.path && before.secondRing === null && display.secondRing === null) {
    // Only the lines and actors the filter change touched are re-reduced and rewritten into sigma's buffers.
    stage.redraw(lineChanges, change.nodes);
    if (!display.forceLabels) rebuildLabelGridLater(rt);
    return;
  }
  sigma.refresh({ skipIndexation: true });
}

/** Sigma's label grid is built in full refreshes only; after partial ones, it is rebuilt once things settle. */
function rebuildLabelGridLater(rt: StageRuntime): void {
  clearTimeout(rt.labelGridTimer);
  rt.labelGridTimer = setTimeout(() => {
    rt.labelGridTimer = undefined;
    reprocess(rt.sigma);
  }, LABEL_GRID_SETTLE_MS);
}

import { LABEL_SIZE } from '../../graph/appearance';
import type { Box } from '../../graph/layout/placedNode';
import { nextTask, WORK_MEASURES } from '../../app/stage/slicedWork';
import type { LayoutOptions, LayoutRun } from '../../app/layout/layoutTypes';
import { useAppStore } from '../../store/appStore';
import { graphPending } from '../../app/workspaceGraph';
import { SIGMA_SETTINGS } from './sigmaSettings';
import { createLabelMeasurer, MAX_LABEL_ROOM_PX } from './measureLabel';
import { clearLayoutStopper, setLayoutStopper } from './layoutControl';
import { actorsHuddled, everyActorInView } from './actorsInView';
import { processThenDraw } from './sigmaProcess';
import { reprocess, type StageRuntime, type StageState } from './stageRuntime';
import { stageSize } from './stageSize';

const MEASURED_LABEL_SIZE = SIGMA_SETTINGS.labelSize ?? LABEL_SIZE;
/** Actors and lines above which sigma's process after the layout settled runs in slices. */
const SLICED_PROCESS_ITEMS = 10_000;

/** Whether sigma's process of the stage's graph runs in slices. */
export function slicedProcess({ stage }: Pick<StageState, 'stage'>): boolean {
  return stage.graph.order + stage.graph.size > SLICED_PROCESS_ITEMS;
}

/** How the stage's layout runs measure the stage and its labels, report progress and hold sigma. */
export function stageLayoutOptions(rt: StageState): LayoutOptions {
  const store = useAppStore;
  const { container, sigma, view, stage } = rt;
  const measureLabel = createLabelMeasurer();
  return {
    viewport: () => stageSize(container),
    stagePadding: sigma.getSetting('stagePadding'),
    // Labels drawn larger (presentation mode) take room in proportion; the stage's resize rearranges.
    labelWidth: (node) => (rt.display.forceLabels ? Math.min(MAX_LABEL_ROOM_PX, measureLabel(view.getNodeAttribute(node, 'label'))) * (sigma.getSetting('labelSize') / MEASURED_LABEL_SIZE) : 0),
    onProgress: ({ fraction }) => {
      // Whole percents are all the overlay shows; skip store updates in between.
      if (Math.floor(fraction * 100) !== Math.floor(store.getState().layoutProgress * 100)) store.getState().layoutProgressed(fraction);
    },
    onWorkerTrouble: (message) => store.getState().pushNotice(message),
    showShelf: () => store.getState().shelfOpen,
    // Sigma would re-run every actor's reducer twice per position copy; the actors' display data
    // (hidden ones may have changed) is refreshed once, the positions processed when the settled
    // layout is framed (frameSettled).
    holdRenderer: () => {
      const release = stage.silence();
      return () => {
        // Still silenced: the reducers run now and sigma draws nothing yet (on a large graph, in the
        // slices of the process that frames the settled layout).
        if (rt.disposed) return release();
        if (slicedProcess(rt)) rt.actorsToReduce = true;
        else sigma.refresh({ partialGraph: { nodes: stage.graph.nodes() } });
        release();
      };
    },
  };
}

/**
 * Frames discs and labels, not just node centres, so labels are never cut off. Sigma's caches of
 * actors and lines follow the graph through its listeners: only positions, the label grid and the
 * buffers are redone (reprocess), not the reducers of every actor and line.
 */
export function frame({ sigma }: Pick<StageState, 'sigma'>, bbox: Box | null): void {
  if (bbox) sigma.setCustomBBox({ x: [bbox.minX, bbox.maxX], y: [bbox.minY, bbox.maxY] });
  reprocess(sigma, true);
}

/** Makes `run` the stage's layout: the busy overlay and the Stop button follow it until it settles. */
export function startLayout(rt: StageRuntime, run: LayoutRun, reframe: boolean, shrank = false): void {
  const store = useAppStore;
  rt.layout = run;
  store.getState().layoutStarted();
  setLayoutStopper(rt.stopLayout);
  void run.settled.then((report) => {
    if (rt.layout !== run) return;
    clearLayoutStopper(rt.stopLayout);
    if (report.cancelled) return;
    rt.settledPositions = run.forcePositions() ?? rt.settledPositions;
    rt.arrangedFor = stageSize(rt.container);
    frameSettled(rt, report.bbox, reframe, shrank);
    // A graph still being prepared for the store comes next: the stage stays busy for it.
    if (!graphPending()) store.getState().layoutSettled();
  });
}

/**
 * A settled layout is framed in a task of its own, processed and drawn there at once (not in an
 * animation frame): with software WebGL the frame's commit reads every canvas back, which would
 * add to sigma's process of every actor and line in one task.
 * On a large graph sigma's process is itself sliced (processSteps); a store change meanwhile makes
 * it give up, and sigma's next render processes in full.
 */
function frameSettled(rt: StageState, bbox: Box | null, reframe: boolean, shrank: boolean): void {
  const { sigma, view } = rt;
  rt.framing = true;
  void nextTask().then(async () => {
    if (rt.disposed) return;
    // After an import or removal the camera and frame stay as they are while every actor is in
    // view, so nothing on screen moves; only new actors outside it make the whole graph come into
    // view, and so does a removal that left the rest huddled in a corner of the old frame.
    const keep = reframe && everyActorInView(sigma, view) && !(shrank && actorsHuddled(sigma, view));
    const box = () => {
      if (bbox && !keep) sigma.setCustomBBox({ x: [bbox.minX, bbox.maxX], y: [bbox.minY, bbox.maxY] });
    };
    if (slicedProcess(rt)) {
      rt.processing = true;
      const reduce = rt.actorsToReduce;
      rt.actorsToReduce = false;
      await processThenDraw(sigma, () => rt.stage.silence(), WORK_MEASURES.frameSettled, () => rt.disposed || rt.drawing, box, reduce);
      rt.processing = false;
    } else {
      box();
      reprocess(sigma);
    }
    rt.framing = false;
    if (reframe && !keep && !rt.disposed) void sigma.getCamera().animatedReset({ duration: 400 });
  });
}

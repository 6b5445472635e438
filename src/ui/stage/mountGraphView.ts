import Sigma from 'sigma';
import type { DramatisGraph } from '../../graph/buildGraph';
import { createEdgeReducer, createNodeReducer, type DisplayState } from '../../graph/displayReducers';
import { displayStateFrom, expandedPairs } from './stageDisplayState';
import { buildViewGraph } from '../../graph/viewGraph';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../../graph/viewTypes';
import { useAppStore } from '../../store/appStore';
import { startLayoutRun } from '../../app/layout/layoutRun';
import type { LayoutOptions, LayoutRun } from '../../app/layout/layoutTypes';
import { LineStage } from './lineStage';
import { takePresetPositions } from '../../app/stage/presetPositions';
import { fixedLayout } from '../../app/layout/fixedLayout';
import { settingsForSize, STAGE_LINE_LIMITS } from './densitySettings';
import { SIGMA_SETTINGS } from './sigmaSettings';
import { clearLayoutStopper } from './layoutControl';
import { setCurrentSigma } from '../../app/stage/sigmaRegistry';
import { exposeTestHandle } from './testHandle';
import { stageSize } from './stageSize';
import { stageSettling, type LineFacts, type StageRuntime, type StageSigma, type StageState } from './stageRuntime';
import { wireStagePointer } from './stagePointer';
import { followStore } from './followStore';
import { stageLayoutOptions, startLayout } from './stageLayout';
import { watchStageSize } from './watchStageSize';

/** What the stage tells the component around it. */
export interface StageOptions {
  /** What the stage says about lines a dense graph's overview leaves out (null: every line drawn). */
  showLineNote: (note: string | null) => void;
}

/**
 * Draws `graph` into `container` with sigma, runs the layout, and wires pointer events to
 * the store. Returns a teardown function. No React here: the component only mounts this.
 * The parts: stagePointer (hover and clicks), followStore (store changes, drawNewGraph for a new
 * data graph), stageLayout (layout runs and framing), watchStageSize (resizes).
 */
export function mountGraphView(container: HTMLElement, initialGraph: DramatisGraph, options: StageOptions): () => void {
  const store = useAppStore;
  const view = buildViewGraph(initialGraph);
  // Sigma draws the stage's lines (bundles, or the selected pair's events), not the view's events.
  const stage = new LineStage(view, STAGE_LINE_LIMITS);
  stage.onNote = options.showLineNote;
  const lineFacts: LineFacts = { ends: (line: string) => stage.allLines.extremities(line), leftOut: (line: string) => stage.leftOut(line) };
  let display = displayStateFrom(initialGraph, store.getState(), lineFacts);
  stage.refocus(display);
  const firstBundles = store.getState().bundles;
  if (firstBundles) stage.reset(firstBundles, expandedPairs(store.getState()));

  const sigma = startSigma(container, stage, () => display);
  if (!sigma) {
    stage.dispose();
    return () => {};
  }
  stage.attach(sigma);
  const unwirePointer = wireStagePointer({ container, sigma, stage });

  const state: StageState = {
    container,
    sigma,
    view,
    stage,
    lineFacts,
    graph: initialGraph,
    // Sigma's reducers, made before this state, read the display state through `display`.
    get display() {
      return display;
    },
    set display(next: DisplayState) {
      display = next;
    },
    pendingGraph: null,
    drawing: false,
    disposed: false,
    framing: false,
    processing: false,
    actorsToReduce: false,
    settledPositions: null,
    arrangedFor: stageSize(container),
    labelGridTimer: undefined,
    resizeTimer: undefined,
  };
  const layoutOptions = stageLayoutOptions(state);
  const rt: StageRuntime = Object.assign(state, { layoutOptions, layout: firstLayout(view, layoutOptions), stopLayout: () => rt.layout.stop() });
  const unsubscribe = followStore(rt);
  startLayout(rt, rt.layout, false);
  const unwatchSize = watchStageSize(rt);
  const hideTestHandle = exposeTestHandle({ sigma, graph: view, lines: stage, settling: () => stageSettling(rt) });
  setCurrentSigma(sigma);

  return () => {
    unwirePointer();
    unwatchSize();
    clearTimeout(rt.labelGridTimer);
    rt.disposed = true;
    hideTestHandle();
    setCurrentSigma(null);
    rt.layout.cancel();
    clearLayoutStopper(rt.stopLayout);
    unsubscribe();
    sigma.kill();
    stage.dispose();
  };
}

/** Sigma on the stage's lines, or null (told to the store) when it cannot start. */
function startSigma(container: HTMLElement, stage: LineStage, display: () => DisplayState): StageSigma | null {
  try {
    return new Sigma<ViewNodeAttributes, ViewEdgeAttributes>(stage.graph, container, {
      ...SIGMA_SETTINGS,
      ...settingsForSize(stage.allLines.size, stage.graph.order),
      nodeReducer: createNodeReducer(display),
      edgeReducer: createEdgeReducer(display),
    });
  } catch (err) {
    // Typically WebGL being unavailable; say so instead of crashing the app.
    useAppStore.getState().graphFailed(`The graph view could not start (${err instanceof Error ? err.message : String(err)}). It needs a browser with WebGL.`);
    return null;
  }
}

/** The first layout: where a presentation file put the actors, or a fresh run. */
function firstLayout(view: ViewGraph, layoutOptions: LayoutOptions): LayoutRun {
  const preset = takePresetPositions();
  return preset ? fixedLayout(view, preset, layoutOptions) : startLayoutRun(view, layoutOptions, null);
}

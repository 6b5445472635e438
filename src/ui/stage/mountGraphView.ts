import Sigma from 'sigma';
import type { DramatisGraph } from '../../graph/buildGraph';
import { LABEL_SIZE } from '../../graph/appearance';
import { createEdgeReducer, createNodeReducer } from '../../graph/displayReducers';
import { displayStateFrom, expandedPairs } from './stageDisplayState';
import { isBundleKey } from '../../graph/bundles';
import { buildViewGraph, syncViewGraphSteps } from '../../graph/viewGraph';
import { afterTwoFrames, cancelled, measureWork, nextTask, runInSlices, WORK_MEASURES } from '../../app/stage/slicedWork';
import { placeOnCircle } from '../../graph/initialPlacement';
import type { ViewEdgeAttributes, ViewNodeAttributes } from '../../graph/viewTypes';
import { useAppStore } from '../../store/appStore';
import { startLayoutRun, startLayoutRunInSlices } from '../../app/layout/layoutRun';
import type { LayoutOptions, LayoutRun } from '../../app/layout/layoutTypes';
import { LineStage } from './lineStage';
import { takePresetPositions } from '../../app/stage/presetPositions';
import { fixedLayout } from '../../app/layout/fixedLayout';
import { drawnLineShapes, LINE_HIT_TOLERANCE_PX, nearestLine } from './lineHitTest';
import { differsFrom, drawsCheaper, settingsForSize } from './densitySettings';
import type { Box } from '../../graph/layout/placedNode';
import { SIGMA_SETTINGS } from './sigmaSettings';
import { createLabelMeasurer, MAX_LABEL_ROOM_PX } from './measureLabel';
import { clearLayoutStopper, setLayoutStopper } from './layoutControl';
import { notifyArranged, setCurrentSigma } from '../../app/stage/sigmaRegistry';
import { exposeTestHandle } from './testHandle';
import { indexSteps } from './sigmaIndex';
import { actorsHuddled, everyActorInView } from './actorsInView';
import { askFullProcess, drawNow, processSteps, processThenDraw } from './sigmaProcess';
import type { BundleView } from '../../graph/bundleView';
import { graphPending } from '../../app/workspaceGraph';

const RESIZE_SETTLE_MS = 200;
/** The share by which the stage's width or height must change before the actors are arranged again. */
const REARRANGE_MIN_CHANGE = 0.25;
const MEASURED_LABEL_SIZE = SIGMA_SETTINGS.labelSize ?? LABEL_SIZE;
const LABEL_GRID_SETTLE_MS = 300;
/** Actors and lines above which sigma's process after the layout settled runs in slices. */
const SLICED_PROCESS_ITEMS = 10_000;

/**
 * Sigma's process and render without re-running the reducers of every actor and line (a refresh of
 * no items that is not told to skip indexing): for a new frame box or label grid, caches being current.
 * `scheduled`: in the next animation frame, a task of its own, which also takes a process the
 * layout's last position copy asked for (one process instead of two).
 */
function reprocess(sigma: Sigma<ViewNodeAttributes, ViewEdgeAttributes>, scheduled = false): void {
  sigma.refresh({ partialGraph: { nodes: [], edges: [] }, schedule: scheduled });
}

/** Bundles with a shown event: about the lines the stage will draw for them. */
function shownBundleCount(bundles: BundleView): number {
  let shown = 0;
  for (const events of bundles.counts.bundleEvents) if (events > 0) shown++;
  return shown;
}

/** What the stage tells the component around it. */
export interface StageOptions {
  /** What the stage says about lines a dense graph's overview leaves out (null: every line drawn). */
  showLineNote: (note: string | null) => void;
}

/**
 * Draws `graph` into `container` with sigma, runs the layout, and wires pointer events to
 * the store. Returns a teardown function. No React here: the component only mounts this.
 */
export function mountGraphView(container: HTMLElement, initialGraph: DramatisGraph, options: StageOptions): () => void {
  const store = useAppStore;
  // The data graph shown; replaced in place when a source is imported or removed (see drawNewGraph).
  let graph = initialGraph;
  const view = buildViewGraph(graph);
  // Sigma draws the stage's lines (bundles, or the selected pair's events), not the view's events.
  const stage = new LineStage(view);
  stage.onNote = options.showLineNote;
  const lineFacts = { ends: (line: string) => stage.graph.extremities(line), leftOut: (line: string) => stage.leftOut(line) };
  let display = displayStateFrom(graph, store.getState(), lineFacts);
  const firstBundles = store.getState().bundles;
  if (firstBundles) stage.reset(firstBundles, expandedPairs(store.getState()));

  let sigma: Sigma<ViewNodeAttributes, ViewEdgeAttributes>;
  try {
    sigma = new Sigma<ViewNodeAttributes, ViewEdgeAttributes>(stage.graph, container, {
      ...SIGMA_SETTINGS,
      ...settingsForSize(stage.graph.size, stage.graph.order),
      nodeReducer: createNodeReducer(() => display),
      edgeReducer: createEdgeReducer(() => display),
    });
  } catch (err) {
    // Typically WebGL being unavailable; say so instead of crashing the app.
    store.getState().graphFailed(`The graph view could not start (${err instanceof Error ? err.message : String(err)}). It needs a browser with WebGL.`);
    stage.dispose();
    return () => {};
  }
  stage.attach(sigma);

  const { hoverNode, hoverEdge, selectNode, selectEdge, clearSelection } = store.getState();
  const setCursor = (pointer: boolean) => {
    container.style.cursor = pointer ? 'pointer' : '';
  };
  sigma.on('enterNode', ({ node }) => {
    hoverNode(node);
    setCursor(true);
  });
  sigma.on('leaveNode', () => {
    hoverNode(null);
    setCursor(false);
  });
  // Lines are thin: a line is hovered and clicked within LINE_HIT_TOLERANCE_PX of its drawn width,
  // faded ones included (sigma's own edge picking only knows the drawn pixels).
  const lineAt = (x: number, y: number) =>
    sigma.getSetting('enableEdgeEvents') ? nearestLine(drawnLineShapes(sigma), { x, y }, LINE_HIT_TOLERANCE_PX) : null;
  const selectLine = (line: string) => selectEdge(isBundleKey(line) ? (stage.drawn?.shownEventsOf(line)[0] ?? line) : line);
  const onPointerMove = (e: PointerEvent) => {
    const state = store.getState();
    if (state.hoveredNode !== null) return;
    const rect = container.getBoundingClientRect();
    const line = lineAt(e.clientX - rect.left, e.clientY - rect.top);
    if (line === state.hoveredEdge) return;
    hoverEdge(line);
    setCursor(line !== null);
  };
  const onPointerLeave = () => {
    if (store.getState().hoveredEdge !== null) hoverEdge(null);
  };
  container.addEventListener('pointermove', onPointerMove);
  container.addEventListener('pointerleave', onPointerLeave);
  sigma.on('clickNode', ({ node }) => selectNode(node));
  // A bundle stands for its shown events: clicking it selects the first (the panel lists them all)
  // and expands the pair into one line per event.
  sigma.on('clickEdge', ({ edge }) => selectLine(edge));
  sigma.on('clickStage', ({ event }) => {
    const line = lineAt(event.x, event.y);
    if (line) selectLine(line);
    else clearSelection();
  });

  // Sigma's label grid is built in full refreshes only; after partial ones, rebuild it once things settle.
  let labelGridTimer: ReturnType<typeof setTimeout> | undefined;
  // A new data graph is drawn after React has rendered the panels for it, in slices (drawNewGraph).
  // Until it is drawn the old layout is cancelled (it may not settle over the new graph) and other
  // changes wait; a graph arriving meanwhile replaces the one being drawn.
  let pendingGraph: DramatisGraph | null = null;
  let drawing = false;
  let disposed = false;
  const drawPending = async () => {
    while (pendingGraph !== null && !disposed) {
      const next = pendingGraph;
      pendingGraph = null;
      await drawNewGraph(next);
    }
    drawing = false;
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.graph !== prev.graph && s.graph) {
      pendingGraph = s.graph;
      if (!drawing) {
        drawing = true;
        layout.cancel();
        store.getState().layoutStarted();
        void nextTask().then(drawPending);
      }
      return;
    }
    if (drawing) return;
    if (s.shelfOpen !== prev.shelfOpen) {
      const bbox = layout.rearrange();
      if (bbox) {
        frame(bbox);
        void sigma.getCamera().animatedReset({ duration: 300 });
      }
    }
    if (s.hoveredNode === prev.hoveredNode && s.hoveredEdge === prev.hoveredEdge && s.selection === prev.selection && s.visibility === prev.visibility) return;
    if (processing) askFullProcess(sigma);
    const before = display;
    display = displayStateFrom(graph, s, lineFacts);
    const change = s.visibilityChange;
    const lineChanges = s.visibility !== prev.visibility && s.bundles ? stage.follow(s.bundles) : null;
    if (s.selection !== prev.selection) {
      const expanded = stage.expand(expandedPairs(s)(stage.drawn!));
      stage.redraw(expanded, []);
    }
    const filtersOnly = s.hoveredNode === prev.hoveredNode && s.hoveredEdge === prev.hoveredEdge && s.selection === prev.selection;
    if (lineChanges && filtersOnly && change && !change.everything && !before.path && !display.path && before.secondRing === null && display.secondRing === null) {
      // Only the lines and actors the filter change touched are re-reduced and rewritten into sigma's buffers.
      stage.redraw(lineChanges, change.nodes);
      if (!display.forceLabels) {
        clearTimeout(labelGridTimer);
        labelGridTimer = setTimeout(() => {
          labelGridTimer = undefined;
          reprocess(sigma);
        }, LABEL_GRID_SETTLE_MS);
      }
      return;
    }
    sigma.refresh({ skipIndexation: true });
  });

  const measureLabel = createLabelMeasurer();
  const layoutOptions: LayoutOptions = {
    viewport: () => ({ width: container.clientWidth, height: container.clientHeight }),
    stagePadding: sigma.getSetting('stagePadding'),
    // Labels drawn larger (presentation mode) take room in proportion; the stage's resize rearranges.
    labelWidth: (node) => (display.forceLabels ? Math.min(MAX_LABEL_ROOM_PX, measureLabel(view.getNodeAttribute(node, 'label'))) * (sigma.getSetting('labelSize') / MEASURED_LABEL_SIZE) : 0),
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
        if (disposed) return release();
        if (slicedProcess()) actorsToReduce = true;
        else sigma.refresh({ partialGraph: { nodes: stage.graph.nodes() } });
        release();
      };
    },
  };
  // Frame discs and labels, not just node centres, so labels are never cut off. Sigma's caches of
  // actors and lines follow the graph through its listeners: only positions, the label grid and the
  // buffers are redone (reprocess), not the reducers of every actor and line.
  const frame = (bbox: Box | null) => {
    if (bbox) sigma.setCustomBBox({ x: [bbox.minX, bbox.maxX], y: [bbox.minY, bbox.maxY] });
    reprocess(sigma, true);
  };
  // A settled layout is framed in a task of its own, processed and drawn there at once (not in an
  // animation frame): with software WebGL the frame's commit reads every canvas back, which would
  // add to sigma's process of every actor and line in one task.
  // On a large graph sigma's process is itself sliced (processSteps); a store change meanwhile makes
  // it give up, and sigma's next render processes in full.
  let framing = false;
  let processing = false;
  /** The layout's settling moved actors with sigma held: their reducers run in the sliced process. */
  let actorsToReduce = false;
  const slicedProcess = () => stage.graph.order + stage.graph.size > SLICED_PROCESS_ITEMS;
  const frameSettled = (bbox: Box | null, reframe: boolean, shrank: boolean) => {
    framing = true;
    void nextTask().then(async () => {
      if (disposed) return;
      // After an import or removal the camera and frame stay as they are while every actor is in
      // view, so nothing on screen moves; only new actors outside it make the whole graph come into
      // view, and so does a removal that left the rest huddled in a corner of the old frame.
      const keep = reframe && everyActorInView(sigma, view) && !(shrank && actorsHuddled(sigma, view));
      const box = () => {
        if (bbox && !keep) sigma.setCustomBBox({ x: [bbox.minX, bbox.maxX], y: [bbox.minY, bbox.maxY] });
      };
      if (slicedProcess()) {
        processing = true;
        const reduce = actorsToReduce;
        actorsToReduce = false;
        await processThenDraw(sigma, () => stage.silence(), WORK_MEASURES.frameSettled, () => disposed || drawing, box, reduce);
        processing = false;
      } else {
        box();
        reprocess(sigma);
      }
      framing = false;
      if (reframe && !keep && !disposed) void sigma.getCamera().animatedReset({ duration: 400 });
    });
  };
  let layout: LayoutRun;
  // Force coordinates of the last layout that finished: a graph change arriving while another run is
  // still going (undo, redo, quick edits) starts from these instead of from scratch.
  let settledPositions: ReadonlyMap<string, { x: number; y: number }> | null = null;
  const stopLayout = () => layout.stop();
  const startLayout = (run: LayoutRun, reframe: boolean, shrank = false) => {
    layout = run;
    store.getState().layoutStarted();
    setLayoutStopper(stopLayout);
    void run.settled.then((report) => {
      if (layout !== run) return;
      clearLayoutStopper(stopLayout);
      if (report.cancelled) return;
      settledPositions = run.forcePositions() ?? settledPositions;
      arrangedFor = { width: container.clientWidth, height: container.clientHeight };
      frameSettled(report.bbox, reframe, shrank);
      // A graph still being prepared for the store comes next: the stage stays busy for it.
      if (!graphPending()) store.getState().layoutSettled();
    });
  };
  const preset = takePresetPositions();
  startLayout(preset ? fixedLayout(view, preset, layoutOptions) : startLayoutRun(view, layoutOptions, null), false);

  /**
   * A source was imported or removed: the same renderer and view graph take the new data graph.
   * Actors already laid out keep their positions and the layout runs for the new ones; if the
   * first layout had not settled yet, it starts again on the whole graph. Sigma does not listen
   * while the view and lines change, in slices between which the page answers; it is refreshed
   * once at the end, in a task of its own. Gives up (for the next graph) when a newer one waits.
   */
  async function drawNewGraph(next: DramatisGraph): Promise<void> {
    const superseded = () => disposed || pendingGraph !== null;
    graph = next;
    const previous = settledPositions;
    const shrank = next.order < view.order;
    layout.cancel();
    const release = stage.silence();
    let drawn = false;
    let indexed = false;
    // The forces start once the new graph's first frame is on screen (see runLayout).
    let showDrawn: () => void = () => {};
    const forcesAfter = new Promise<void>((resolve) => (showDrawn = resolve));
    try {
      const { bundles } = store.getState();
      // Sigma re-indexes every actor and line on a change of settings: a graph growing dense or large
      // takes its settings while the old, smaller one is still on it (one thinning out, once it is drawn).
      const guessedLines = bundles ? shownBundleCount(bundles) : 0;
      if (bundles && drawsCheaper(settingsForSize(guessedLines, next.order))) takeSettingsFor(guessedLines, next.order);
      if ((await runInSlices(WORK_MEASURES.drawGraph, syncViewGraphSteps(view, next), superseded)) === cancelled) return;
      const s = store.getState();
      if (s.bundles && (await runInSlices(WORK_MEASURES.drawGraph, stage.resetSteps(s.bundles, expandedPairs(s)), superseded)) === cancelled) return;
      await nextTask();
      if (superseded()) return;
      display = displayStateFrom(graph, store.getState(), lineFacts);
      if (!previous) placeOnCircle(view);
      const run = await startLayoutRunInSlices(view, layoutOptions, previous, superseded, forcesAfter);
      if (!run) return;
      const start = performance.now();
      startLayout(run, true, shrank);
      measureWork(WORK_MEASURES.drawGraph, start, 'layout shown');
      // A graph thinning out, or a wrong guess above (lines drawn differ from bundles shown).
      takeSettingsFor(stage.graph.size, stage.graph.order);
      // Without edge events no line can be hovered between two steps: the reducers run in slices.
      indexed = !sigma.getSetting('enableEdgeEvents') && (await runInSlices(WORK_MEASURES.drawGraph, indexSteps(sigma), superseded)) !== cancelled;
      // Sigma's process of the whole new graph follows in slices too (sigma, still silenced, draws
      // no frame in between); it gives up when a store change asked sigma to process meanwhile.
      if (indexed && (await runInSlices(WORK_MEASURES.drawGraph, processSteps(sigma), superseded)) === cancelled) return;
      if (superseded()) return;
      drawn = true;
    } finally {
      if (!drawn) askFullProcess(sigma);
      release();
      if (!drawn) showDrawn();
    }
    // The refresh or draw follows in the same task: a frame drawn before it (a resize, the layout's
    // first positions or its settling) would read caches that do not yet hold the new actors and lines.
    const start = performance.now();
    if (indexed) drawNow(sigma);
    else sigma.refresh();
    measureWork(WORK_MEASURES.stageRefresh, start);
    void afterTwoFrames().then(showDrawn);
  }

  /** Sigma's settings for `lines` drawn lines among `actors`, when they differ from its current ones. */
  function takeSettingsFor(lines: number, actors: number): void {
    const sized = settingsForSize(lines, actors);
    if (differsFrom(sigma.getSettings(), sized)) sigma.setSettings(sized);
  }

  // Label spacing is arranged in screen pixels, so redo it when the stage changes size.
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  // Only a real change of the stage (the window, full screen) is arranged again: a notice or a busy
  // note shown or gone changes it by a few rows and must not move actors already placed.
  let arrangedFor = { width: container.clientWidth, height: container.clientHeight };
  sigma.on('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      resizeTimer = undefined;
      // A graph being drawn gets a layout arranged for the stage as it is then.
      if (drawing) return;
      const now = { width: container.clientWidth, height: container.clientHeight };
      const change = Math.max(Math.abs(now.width - arrangedFor.width) / Math.max(arrangedFor.width, 1), Math.abs(now.height - arrangedFor.height) / Math.max(arrangedFor.height, 1));
      if (change < REARRANGE_MIN_CHANGE) return;
      const bbox = layout.rearrange();
      if (bbox) {
        arrangedFor = now;
        frame(bbox);
        notifyArranged();
      }
    }, RESIZE_SETTLE_MS);
  });

  // Sigma notices a new container size only when it renders; a stage resized by the page around it
  // (a notice shown or dismissed) gets a render, so the arrangement above follows it.
  const stageObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(() => sigma.scheduleRender()) : null;
  stageObserver?.observe(container);

  // Work the stage has scheduled: a new graph to draw, a size sigma has not taken yet, a resize to
  // arrange, the label grid to rebuild (browser tests wait for none of it to be left).
  const sizeNotTaken = () => {
    const { width, height } = sigma.getDimensions();
    return container.offsetWidth > 0 && (width !== container.offsetWidth || height !== container.offsetHeight);
  };
  const settling = () => graphPending() || drawing || framing || processing || resizeTimer !== undefined || labelGridTimer !== undefined || sizeNotTaken();
  const hideTestHandle = exposeTestHandle({ sigma, graph: view, lines: stage, settling });
  setCurrentSigma(sigma);

  return () => {
    container.removeEventListener('pointermove', onPointerMove);
    container.removeEventListener('pointerleave', onPointerLeave);
    stageObserver?.disconnect();
    clearTimeout(resizeTimer);
    clearTimeout(labelGridTimer);
    disposed = true;
    hideTestHandle();
    setCurrentSigma(null);
    layout.cancel();
    clearLayoutStopper(stopLayout);
    unsubscribe();
    sigma.kill();
    stage.dispose();
  };
}

import Sigma from 'sigma';
import type { DramatisGraph } from '../../graph/buildGraph';
import { LABEL_SIZE } from '../../graph/appearance';
import { createEdgeReducer, createNodeReducer, type DisplayState } from '../../graph/displayReducers';
import { computeFocus } from '../../graph/focus';
import { buildViewGraph, syncViewGraph } from '../../graph/viewGraph';
import { placeOnCircle } from '../../graph/initialPlacement';
import type { ViewEdgeAttributes, ViewNodeAttributes } from '../../graph/viewTypes';
import { useAppStore, type AppState } from '../../store/appStore';
import { extendLayout } from '../../workers/extendLayout';
import { runLayoutPipeline, type LayoutOptions, type LayoutRun } from '../../workers/layoutPipeline';
import { refreshChanged } from './refreshChanged';
import { settingsForSize } from './densitySettings';
import type { Box } from '../../workers/placedNode';
import { FORCE_ALL_LABELS_MAX_ORDER, SIGMA_SETTINGS } from './sigmaSettings';
import { createLabelMeasurer, MAX_LABEL_ROOM_PX } from './measureLabel';
import { clearLayoutStopper, setLayoutStopper } from './layoutControl';
import { notifyArranged, setCurrentSigma } from './sigmaRegistry';
import { exposeTestHandle } from './testHandle';

const RESIZE_SETTLE_MS = 200;
const MEASURED_LABEL_SIZE = SIGMA_SETTINGS.labelSize ?? LABEL_SIZE;
const LABEL_GRID_SETTLE_MS = 300;

function displayStateFrom(graph: DramatisGraph, s: AppState): DisplayState {
  const selectedNode = s.selection?.kind === 'node' ? s.selection.node : null;
  return {
    focus: computeFocus(graph, s.hoveredNode, s.selection),
    highlightedNode: s.hoveredNode ?? selectedNode,
    hoveredEdge: s.hoveredEdge,
    forceLabels: graph.order <= FORCE_ALL_LABELS_MAX_ORDER,
    visible: s.visibility,
    path: s.visibility && s.filters.path ? { nodes: s.visibility.pathNodes, edges: s.visibility.pathEdges } : null,
  };
}

/**
 * Draws `graph` into `container` with sigma, runs the layout, and wires pointer events to
 * the store. Returns a teardown function. No React here: the component only mounts this.
 */
export function mountGraphView(container: HTMLElement, initialGraph: DramatisGraph): () => void {
  const store = useAppStore;
  // The data graph shown; replaced in place when a source is imported or removed (see showGraph).
  let graph = initialGraph;
  const view = buildViewGraph(graph);
  let display = displayStateFrom(graph, store.getState());

  let sigma: Sigma<ViewNodeAttributes, ViewEdgeAttributes>;
  try {
    sigma = new Sigma<ViewNodeAttributes, ViewEdgeAttributes>(view, container, {
      ...SIGMA_SETTINGS,
      ...settingsForSize(view.size),
      nodeReducer: createNodeReducer(() => display),
      edgeReducer: createEdgeReducer(() => display),
    });
  } catch (err) {
    // Typically WebGL being unavailable; say so instead of crashing the app.
    store.getState().graphFailed(`The graph view could not start (${err instanceof Error ? err.message : String(err)}). It needs a browser with WebGL.`);
    return () => {};
  }

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
  sigma.on('enterEdge', ({ edge }) => {
    hoverEdge(edge);
    setCursor(true);
  });
  sigma.on('leaveEdge', () => {
    hoverEdge(null);
    setCursor(false);
  });
  sigma.on('clickNode', ({ node }) => selectNode(node));
  sigma.on('clickEdge', ({ edge }) => selectEdge(edge));
  sigma.on('clickStage', () => clearSelection());

  // Sigma's label grid is built in full refreshes only; after partial ones, rebuild it once things settle.
  let labelGridTimer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.graph !== prev.graph && s.graph) {
      showGraph(s.graph, s);
      return;
    }
    if (s.hoveredNode === prev.hoveredNode && s.hoveredEdge === prev.hoveredEdge && s.selection === prev.selection && s.visibility === prev.visibility) return;
    const before = display;
    display = displayStateFrom(graph, s);
    const change = s.visibilityChange;
    const filtersOnly = s.hoveredNode === prev.hoveredNode && s.hoveredEdge === prev.hoveredEdge && s.selection === prev.selection;
    if (filtersOnly && change && !change.everything && !before.path && !display.path) {
      // Only what the filter change showed or hid is re-reduced and rewritten into sigma's buffers.
      refreshChanged(sigma, change);
      if (!display.forceLabels) {
        clearTimeout(labelGridTimer);
        labelGridTimer = setTimeout(() => sigma.refresh(), LABEL_GRID_SETTLE_MS);
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
  };
  // Frame discs and labels, not just node centres, so labels are never cut off.
  const frame = (bbox: Box | null) => {
    if (bbox) sigma.setCustomBBox({ x: [bbox.minX, bbox.maxX], y: [bbox.minY, bbox.maxY] });
    sigma.refresh();
  };
  let layout: LayoutRun;
  // Force coordinates of the last layout that finished: a graph change arriving while another run is
  // still going (undo, redo, quick edits) starts from these instead of from scratch.
  let settledPositions: ReadonlyMap<string, { x: number; y: number }> | null = null;
  const stopLayout = () => layout.stop();
  const startLayout = (run: LayoutRun, reframe: boolean) => {
    layout = run;
    store.getState().layoutStarted();
    setLayoutStopper(stopLayout);
    void run.settled.then((report) => {
      if (layout !== run) return;
      clearLayoutStopper(stopLayout);
      if (report.cancelled) return;
      settledPositions = run.forcePositions() ?? settledPositions;
      frame(report.bbox);
      // After an import or removal the whole new graph comes into view.
      if (reframe) void sigma.getCamera().animatedReset({ duration: 400 });
      store.getState().layoutSettled();
    });
  };
  startLayout(runLayoutPipeline(view, layoutOptions), false);

  /**
   * A source was imported or removed: the same renderer and view graph take the new data graph.
   * Actors already laid out keep their positions and the layout runs for the new ones; if the
   * first layout had not settled yet, it starts again on the whole graph.
   */
  function showGraph(next: DramatisGraph, s: AppState) {
    graph = next;
    const previous = settledPositions;
    layout.cancel();
    syncViewGraph(view, next);
    sigma.setSettings(settingsForSize(view.size));
    display = displayStateFrom(graph, s);
    if (previous) startLayout(extendLayout(view, previous, layoutOptions), true);
    else {
      placeOnCircle(view);
      startLayout(runLayoutPipeline(view, layoutOptions), true);
    }
    sigma.refresh();
  }

  // Label spacing is arranged in screen pixels, so redo it when the stage changes size.
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  sigma.on('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      const bbox = layout.rearrange();
      if (bbox) {
        frame(bbox);
        notifyArranged();
      }
    }, RESIZE_SETTLE_MS);
  });

  // Sigma notices a new container size only when it renders; a stage resized by the page around it
  // (a notice shown or dismissed) gets a render, so the arrangement above follows it.
  const stageObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(() => sigma.scheduleRender()) : null;
  stageObserver?.observe(container);

  const hideTestHandle = exposeTestHandle({ sigma, graph: view });
  setCurrentSigma(sigma);

  return () => {
    stageObserver?.disconnect();
    clearTimeout(resizeTimer);
    clearTimeout(labelGridTimer);
    hideTestHandle();
    setCurrentSigma(null);
    layout.cancel();
    clearLayoutStopper(stopLayout);
    unsubscribe();
    sigma.kill();
  };
}

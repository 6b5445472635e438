// Runs in headless Chromium: steps a date window through a generated graph and times
// (a) per event (Dramatis before issue 18): the incremental filter step, then sigma redrawing only
//     the events that changed, every event staying in sigma's buffers (hidden ones too);
// (b) bundled (Dramatis now): the same filter step, then the changed bundles' lines redrawn, sigma
//     holding only the shown lines (one per pair and relation);
// (c) the baseline (what Gephi Lite does): a full filter pass, then clearing sigma's graph and
//     importing the filtered graph again, then a full sigma refresh.
// (b) and (c) take turns step by step (the order alternating), so a busy machine weighs on both alike.
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import relations from '../../data/relations.json';
import { generateSyntheticGraph } from '../../src/cli/synthetic/generateGraph';
import type { DramatisGraph } from '../../src/graph/buildGraph';
import type { SerializedDramatisGraph } from '../../src/domain/contract';
import { createEdgeReducer, createNodeReducer, type DisplayState } from '../../src/graph/displayReducers';
import { isoDay } from '../../src/graph/eventTime';
import { DEFAULT_FILTERS, type FilterState } from '../../src/graph/filterState';
import { chooseBinSize, shiftByBins, timeExtent, type BinSize } from '../../src/graph/timeHistogram';
import { buildViewGraph } from '../../src/graph/viewGraph';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../../src/graph/viewTypes';
import { computeVisibility } from '../../src/graph/visibility';
import { VisibilityEngine } from '../../src/graph/visibilityEngine';
import { refreshChanged } from '../../src/ui/stage/refreshChanged';
import { BundleView } from '../../src/graph/bundleView';
import { LineStage } from '../../src/ui/stage/lineStage';
import { settingsForSize, STAGE_LINE_LIMITS } from '../../src/ui/stage/densitySettings';
import { SIGMA_SETTINGS } from '../../src/ui/stage/sigmaSettings';

export interface WindowBenchParams {
  actors: number;
  events: number;
  years: number;
  seed: number;
  steps: number;
  /** Window width in bins of the timeline (the timeline's own bin size for the span, unless `bin` is given). */
  windowBins: number;
  /** Step by this bin size instead of the timeline's (to compare corpora of different spans step for step). */
  bin?: BinSize;
  baselineSteps: number;
}

export interface WindowBenchResult {
  nodes: number;
  edges: number;
  binSize: string;
  setupMs: { generate: number; load: number; engine: number; sigma: number };
  /** Per step, ms: the filter step; filter + sigma refresh (main thread); until the GPU has drawn it. */
  incremental: { filter: number[]; refresh: number[]; full: number[]; changed: number[]; shown: number[] };
  /** The same for bundled lines; `changed` counts lines added, dropped or restyled, `shown` lines drawn. */
  bundled: StepTimes;
  /** The baseline's `shown` counts the events drawn, `changed` the actors. */
  baseline: StepTimes;
  heapMb: number | null;
}

type ViewSigma = Sigma<ViewNodeAttributes, ViewEdgeAttributes>;
type StepTimes = { filter: number[]; refresh: number[]; full: number[]; changed: number[]; shown: number[] };

/** Waits for the GPU to finish what the render queued (a 1-pixel read blocks until then). */
function finishGpu(sigma: ViewSigma): void {
  const contexts = (sigma as unknown as { webGLContexts: Record<string, WebGLRenderingContext> }).webGLContexts;
  const pixel = new Uint8Array(4);
  for (const gl of Object.values(contexts)) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
}

function displayFor(visible: DisplayState['visible'], ends: DisplayState['ends']): DisplayState {
  return { focus: null, highlightedNode: null, hoveredEdge: null, forceLabels: false, visible, path: null, secondRing: null, ends, leftOut: () => false };
}

/** The per-event renderer's edge reducer: every event is in sigma's graph, hidden unless shown. */
function perEventReducer(shown: () => ReadonlySet<string>) {
  return (edge: string, attrs: ViewEdgeAttributes) => (shown().has(edge) ? attrs : { ...attrs, hidden: true });
}

function heapMb(): number | null {
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? Math.round(memory.usedJSHeapSize / 1e6) : null;
}

export async function runWindowBench(p: WindowBenchParams): Promise<WindowBenchResult> {
  let t = performance.now();
  const serialized: SerializedDramatisGraph = generateSyntheticGraph({ actors: p.actors, events: p.events, years: p.years, seed: p.seed, relations: relations.relations });
  const generate = performance.now() - t;

  t = performance.now();
  const graph: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.import(serialized);
  const view = buildViewGraph(graph);
  // Spread actors over the plane (no layout here: the benchmark is about filtering).
  let k = 0;
  view.forEachNode((node) => {
    k++;
    view.mergeNodeAttributes(node, { x: Math.cos(k * 2.399) * Math.sqrt(k), y: Math.sin(k * 2.399) * Math.sqrt(k) });
  });
  const load = performance.now() - t;

  t = performance.now();
  const engine = new VisibilityEngine(graph);
  const extent = timeExtent(graph)!;
  const bin = p.bin ?? chooseBinSize(extent.first, extent.last);
  const engineMs = performance.now() - t;

  // The windows: `windowBins` bins wide, stepping one bin at a time from the start, as Play does.
  const windows: FilterState[] = [];
  let from = extent.first;
  for (let i = 0; i < p.steps + 1; i++) {
    const to = shiftByBins(from, bin, p.windowBins) - 1;
    windows.push({ ...DEFAULT_FILTERS, from: isoDay(from), to: isoDay(to) });
    from = shiftByBins(from, bin, 1);
    if (to > extent.last) from = extent.first;
  }

  // Per event: one sigma over the whole view graph; filters only hide and show.
  t = performance.now();
  const first = engine.apply(windows[0]!).visibility;
  let shownEvents: ReadonlySet<string> = first.edges;
  let display = displayFor(first, (e) => view.extremities(e));
  const incrementalSigma: ViewSigma = new Sigma(view, document.getElementById('incremental')!, {
    ...SIGMA_SETTINGS,
    ...settingsForSize(view.size, view.order),
    renderEdgeLabels: false,
    nodeReducer: createNodeReducer(() => display),
    edgeReducer: perEventReducer(() => shownEvents),
  });
  finishGpu(incrementalSigma);
  const sigmaMs = performance.now() - t;

  const incremental: WindowBenchResult['incremental'] = { filter: [], refresh: [], full: [], changed: [], shown: [] };
  for (let i = 1; i < windows.length; i++) {
    const t0 = performance.now();
    const { visibility, change } = engine.apply(windows[i]!);
    const t1 = performance.now();
    display = displayFor(visibility, display.ends);
    shownEvents = visibility.edges;
    refreshChanged(incrementalSigma, change);
    const tr = performance.now();
    finishGpu(incrementalSigma);
    const t2 = performance.now();
    incremental.refresh.push(tr - t0);
    incremental.filter.push(t1 - t0);
    incremental.full.push(t2 - t0);
    incremental.changed.push(change.edges.length + change.nodes.length);
    incremental.shown.push(visibility.edges.size);
  }
  const heap = heapMb();

  // Bundled and the baseline take turns, step by step.
  const renderers = [bundledRenderer(graph, view, windows), baselineRenderer(graph, view, windows)];
  for (let i = 1; i < Math.min(windows.length, p.baselineSteps + 1); i++) {
    for (let k = 0; k < renderers.length; k++) renderers[(i + k) % renderers.length]!.step(i);
  }
  const [bundled, baseline] = renderers.map((r) => r.times);
  // Both renderers stay on the page so the driver can screenshot what was drawn.

  return {
    nodes: graph.order,
    edges: graph.size,
    binSize: bin,
    setupMs: { generate, load, engine: engineMs, sigma: sigmaMs },
    incremental,
    bundled: bundled!,
    baseline: baseline!,
    heapMb: heap,
  };
}

interface Renderer {
  times: StepTimes;
  step(i: number): void;
}

/** Bundled: a fresh engine and bundle view over the same graph, sigma drawing only the shown lines. */
function bundledRenderer(graph: DramatisGraph, view: ViewGraph, windows: FilterState[]): Renderer {
  const engine = new VisibilityEngine(graph);
  const bundles = new BundleView(graph, engine);
  const stage = new LineStage(view, STAGE_LINE_LIMITS);
  const first = engine.apply(windows[0]!);
  bundles.follow(first.change);
  stage.reset(bundles, () => new Set());
  let display = displayFor(first.visibility, (line) => stage.allLines.extremities(line));
  const sigma: ViewSigma = new Sigma(stage.graph, document.getElementById('bundled')!, {
    ...SIGMA_SETTINGS,
    ...settingsForSize(stage.allLines.size, stage.graph.order),
    nodeReducer: createNodeReducer(() => display),
    edgeReducer: createEdgeReducer(() => display),
  });
  stage.attach(sigma);
  finishGpu(sigma);
  const times: StepTimes = { filter: [], refresh: [], full: [], changed: [], shown: [] };
  return {
    times,
    step(i) {
      const t0 = performance.now();
      const { visibility, change } = engine.apply(windows[i]!);
      bundles.follow(change);
      const t1 = performance.now();
      display = displayFor(visibility, display.ends);
      const lines = stage.follow(bundles);
      stage.redraw(lines, change.nodes);
      const tr = performance.now();
      finishGpu(sigma);
      const t2 = performance.now();
      times.filter.push(t1 - t0);
      times.refresh.push(tr - t0);
      times.full.push(t2 - t0);
      times.changed.push(lines.added.length + lines.dropped.length + lines.updated.length + change.nodes.length);
      times.shown.push(stage.graph.size);
    },
  };
}

/** Baseline: sigma over a graph that holds only what passes the filters, rebuilt on each change. */
function baselineRenderer(graph: DramatisGraph, view: ViewGraph, windows: FilterState[]): Renderer {
  const shown: ViewGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  const sigma: ViewSigma = new Sigma(shown, document.getElementById('baseline')!, { ...SIGMA_SETTINGS, ...settingsForSize(view.size, view.order) });
  const times: StepTimes = { filter: [], refresh: [], full: [], changed: [], shown: [] };
  return {
    times,
    step(i) {
      const t0 = performance.now();
      const visibility = computeVisibility(graph, windows[i]!);
      const t1 = performance.now();
      shown.clear();
      for (const node of visibility.nodes) shown.addNode(node, view.getNodeAttributes(node));
      for (const edge of visibility.edges) shown.addDirectedEdgeWithKey(edge, view.source(edge), view.target(edge), view.getEdgeAttributes(edge));
      sigma.refresh();
      const tr = performance.now();
      finishGpu(sigma);
      const t2 = performance.now();
      times.refresh.push(tr - t0);
      times.filter.push(t1 - t0);
      times.full.push(t2 - t0);
      times.shown.push(shown.size);
      times.changed.push(shown.order);
    },
  };
}

declare global {
  interface Window {
    runWindowBench?: typeof runWindowBench;
  }
}
window.runWindowBench = runWindowBench;

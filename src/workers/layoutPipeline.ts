import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ViewGraph } from '../graph/viewTypes';
import { arrangeForScreen } from './arrangeForScreen';
import { ForceAtlas2Supervisor, LAYOUT_GAVE_UP, LAYOUT_RESTARTED, type ForceAtlas2SupervisorOptions } from './forceAtlas2Supervisor';
import { LayoutConvergence } from './layoutConvergence';
import { layoutIterationStep, requestFrame } from './layoutIteration';
import { planLayout, type LayoutPlan } from './layoutPlan';
import type { Box, PlacedNode } from './placedNode';
import type { Viewport } from './screenFit';

export interface LayoutProgress {
  /** 0 to 1: the larger of the iteration, time and convergence shares of the budget. */
  fraction: number;
  iterations: number;
}

export interface LayoutOptions {
  viewport: () => Viewport;
  /** Sigma's stagePadding, in pixels. */
  stagePadding: number;
  /** Width in pixels of a node's rendered label, 0 if it is not drawn. */
  labelWidth: (node: string) => number;
  /** Defaults to planLayout(number of connected actors). */
  plan?: LayoutPlan;
  /** Called at most once per animation frame while the force layout runs, and once at the end. */
  onProgress?: (progress: LayoutProgress) => void;
  /** A message for the user when the layout worker died (it is restarted, or the layout ends where it was). */
  onWorkerTrouble?: (message: string) => void;
  /** Whether actors without relations get rows under the graph (default) or stay hidden off the stage. */
  showShelf?: () => boolean;
  /** Starts one layout worker; default the bundled forceAtlas2Worker.ts. */
  createWorker?: () => Worker;
}

export interface LayoutReport {
  iterations: number;
  milliseconds: number;
  /** Torn down (the view went away); nothing was arranged. */
  cancelled: boolean;
  /** The user stopped the force layout; its positions so far were arranged. */
  stopped: boolean;
  /** The force layout stopped because actors no longer moved. */
  converged: boolean;
  /** Extent of every disc and label; the renderer should frame exactly this. */
  bbox: Box | null;
}

export interface LayoutRun {
  settled: Promise<LayoutReport>;
  /** Tear down without arranging (the view is going away). */
  cancel(): void;
  /** End the force layout now and arrange what it has so far. */
  stop(): void;
  /**
   * Once settled, redoes the screen arrangement for the current viewport (say after a
   * resize) from the same force layout; returns the new bbox, or null if not settled.
   */
  rearrange(): Box | null;
  /**
   * Once settled (not cancelled), the force layout's own coordinates of the connected actors,
   * from which a later layout can extend this one (extendLayout); null before.
   */
  forcePositions(): ReadonlyMap<string, { x: number; y: number }> | null;
}

type CoreGraph = MultiDirectedGraph<{ x: number; y: number }>;

/** Free time left after each position copy and redraw, as a multiple of what they took. */
const COPY_SPACING = 2;

/** Connected actors only: the force layout should not spend its space on loners. */
function connectedCore(view: ViewGraph): CoreGraph {
  const core: CoreGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  view.forEachNode((n, a) => {
    if (view.degree(n) > 0) core.addNode(n, { x: a.x, y: a.y });
  });
  view.forEachEdge((_e, _a, s, t) => {
    core.addDirectedEdge(s, t);
  });
  return core;
}

/** Tells the user about a crashed layout worker; `end` arranges what the layout has when it gives up. */
export function workerTroubleHandlers(options: LayoutOptions, end: () => void): ForceAtlas2SupervisorOptions {
  return {
    ...(options.createWorker ? { createWorker: options.createWorker } : {}),
    onRestart: () => options.onWorkerTrouble?.(LAYOUT_RESTARTED),
    onGiveUp: () => {
      options.onWorkerTrouble?.(LAYOUT_GAVE_UP);
      end();
    },
  };
}

function corePositions(core: CoreGraph): Float64Array {
  const xy = new Float64Array(core.order * 2);
  let i = 0;
  core.forEachNode((_n, a) => {
    xy[i++] = a.x;
    xy[i++] = a.y;
  });
  return xy;
}

/**
 * Layout in three steps: ForceAtlas2 on the connected actors in a web worker (our supervisor,
 * which restarts a crashed worker from the current positions; settings from inferSettings,
 * Barnes-Hut on large graphs) until it converges or
 * its iteration or time budget runs out, positions streamed into `view` at most once per
 * animation frame so the renderer animates without starving the page; then noverlap and
 * label separation in screen pixels where affordable; then actors without relations on a
 * shelf below. Starts from the positions `view` holds, so give it a deterministic placement.
 */
export function runLayoutPipeline(view: ViewGraph, options: LayoutOptions): LayoutRun {
  const startedAt = performance.now();
  const core = connectedCore(view);
  const plan = options.plan ?? planLayout(core.order);
  const isolated = view.filterNodes((n) => !core.hasNode(n));
  for (const n of isolated) view.setNodeAttribute(n, 'hidden', true);

  // Stronger gravity than inferred keeps separate components from drifting apart.
  const settings = { ...forceAtlas2.inferSettings(core), gravity: 1, barnesHutOptimize: plan.barnesHutOptimize };
  const supervisor = new ForceAtlas2Supervisor(core, settings, workerTroubleHandlers(options, () => finish('budget')));
  const convergence = new LayoutConvergence(plan.settleDisplacement);
  let iterations = 0;
  let finished = false;
  let fraction = 0;
  let resolveSettled: (report: LayoutReport) => void = () => {};
  const settled = new Promise<LayoutReport>((resolve) => {
    resolveSettled = resolve;
  });

  const copyCorePositions = () =>
    view.updateEachNodeAttributes(
      (n, a) => (core.hasNode(n) ? { ...a, x: core.getNodeAttribute(n, 'x'), y: core.getNodeAttribute(n, 'y') } : a),
      { attributes: ['x', 'y'] },
    );

  const placed = (n: string, x: number, y: number): PlacedNode => ({
    key: n,
    x,
    y,
    size: view.getNodeAttribute(n, 'size'),
    labelWidth: options.labelWidth(n),
  });

  // The force layout's output stays in `core`; arranging reads it and writes only `view`.
  const arrange = (): Box => {
    const shelfShown = options.showShelf?.() ?? true;
    const arrangement = arrangeForScreen(
      core.mapNodes((n, a) => placed(n, a.x, a.y)),
      shelfShown ? isolated.map((n) => placed(n, 0, 0)) : [],
      options.viewport(),
      options.stagePadding,
    );
    const byKey = new Map(arrangement.nodes.map((p) => [p.key, p]));
    const offStage = new Set(shelfShown ? [] : isolated);
    view.updateEachNodeAttributes((n, a) => {
      const p = byKey.get(n);
      return p ? { ...a, x: p.x, y: p.y, hidden: false } : offStage.has(n) ? { ...a, hidden: true } : a;
    });
    return arrangement.bbox;
  };
  let arranged = false;

  const finish = (how: 'budget' | 'converged' | 'stopped' | 'cancelled') => {
    if (finished) return;
    finished = true;
    clearTimeout(deadline);
    core.off('eachNodeAttributesUpdated', onIteration);
    supervisor.stop();
    // An iteration is counted inside the supervisor's message handler; end its worker on the next task.
    setTimeout(() => supervisor.kill(), 0);
    const report = { iterations, cancelled: how === 'cancelled', stopped: how === 'stopped', converged: how === 'converged' };
    if (how === 'cancelled') {
      resolveSettled({ ...report, milliseconds: Math.round(performance.now() - startedAt), bbox: null });
      return;
    }
    const bbox = arrange();
    arranged = true;
    options.onProgress?.({ fraction: 1, iterations });
    resolveSettled({ ...report, milliseconds: Math.round(performance.now() - startedAt), bbox });
  };

  // Copies into `view` (which makes sigma redraw) once per frame at most, and less often when
  // a redraw is slow: the copy plus the frame after it, measured, is given COPY_SPACING times
  // its length of free time, so input and painting keep their share of the machine.
  let copyQueued = false;
  let redrawCost = 0;
  let lastCopyAt = -Infinity;
  const queueCopy = () => {
    if (copyQueued) return;
    copyQueued = true;
    requestFrame(() => {
      copyQueued = false;
      if (finished) return;
      options.onProgress?.({ fraction, iterations });
      const now = performance.now();
      if (now - lastCopyAt < redrawCost * (1 + COPY_SPACING)) {
        queueCopy();
        return;
      }
      lastCopyAt = now;
      copyCorePositions();
      // Sigma draws in the next frame; the one after it tells how long that took.
      requestFrame(() => requestFrame(() => (redrawCost = performance.now() - now)));
    });
  };

  // The supervisor writes every worker iteration with updateEachNodeAttributes.
  const onIteration = () => {
    iterations += 1;
    convergence.sample(corePositions(core));
    const step = layoutIterationStep(plan, convergence, iterations, performance.now() - startedAt, fraction);
    fraction = step.fraction;
    if (step.end) finish(step.end);
    else queueCopy();
  };
  core.on('eachNodeAttributesUpdated', onIteration);
  const deadline = setTimeout(() => finish('budget'), plan.maxMilliseconds);

  if (core.size === 0) setTimeout(() => finish('budget'), 0);
  else supervisor.start();

  return {
    settled,
    cancel: () => finish('cancelled'),
    stop: () => finish('stopped'),
    rearrange: () => (arranged ? arrange() : null),
    forcePositions: () => (arranged ? new Map(core.mapNodes((n, a) => [n, { x: a.x, y: a.y }] as const)) : null),
  };
}

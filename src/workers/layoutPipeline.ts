import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type { ViewGraph } from '../graph/viewTypes';
import { arrangeForScreen } from './arrangeForScreen';
import type { Box, PlacedNode } from './placedNode';
import type { Viewport } from './screenFit';

export interface LayoutBudget {
  maxIterations: number;
  maxMilliseconds: number;
}

export interface LayoutOptions {
  viewport: () => Viewport;
  /** Sigma's stagePadding, in pixels. */
  stagePadding: number;
  /** Width in pixels of a node's rendered label, 0 if it is not drawn. */
  labelWidth: (node: string) => number;
  budget?: LayoutBudget;
}

export interface LayoutReport {
  iterations: number;
  milliseconds: number;
  cancelled: boolean;
  /** Extent of every disc and label; the renderer should frame exactly this. */
  bbox: Box | null;
}

export interface LayoutRun {
  settled: Promise<LayoutReport>;
  cancel(): void;
  /**
   * Once settled, redoes the screen arrangement for the current viewport (say after a
   * resize) from the same force layout; returns the new bbox, or null if not settled.
   */
  rearrange(): Box | null;
}

export const DEFAULT_LAYOUT_BUDGET: LayoutBudget = { maxIterations: 600, maxMilliseconds: 4000 };

type CoreGraph = MultiDirectedGraph<{ x: number; y: number }>;

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

/**
 * Layout in three steps: ForceAtlas2 on the connected actors in a web worker (graphology's
 * supervisor, settings from inferSettings) until the iteration or time budget runs out,
 * positions streamed into `view` so the renderer animates; then noverlap and label
 * separation in screen pixels; then actors without relations on a shelf below.
 * Starts from the positions `view` holds, so give it a deterministic placement.
 */
export function runLayoutPipeline(view: ViewGraph, options: LayoutOptions): LayoutRun {
  const budget = options.budget ?? DEFAULT_LAYOUT_BUDGET;
  const startedAt = performance.now();
  const core = connectedCore(view);
  const isolated = view.filterNodes((n) => !core.hasNode(n));
  for (const n of isolated) view.setNodeAttribute(n, 'hidden', true);

  // Stronger gravity than inferred keeps separate components from drifting apart.
  const supervisor = new FA2LayoutSupervisor(core, { settings: { ...forceAtlas2.inferSettings(core), gravity: 1 } });
  let iterations = 0;
  let finished = false;
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
    const arrangement = arrangeForScreen(
      core.mapNodes((n, a) => placed(n, a.x, a.y)),
      isolated.map((n) => placed(n, 0, 0)),
      options.viewport(),
      options.stagePadding,
    );
    const byKey = new Map(arrangement.nodes.map((p) => [p.key, p]));
    view.updateEachNodeAttributes((n, a) => {
      const p = byKey.get(n);
      return p ? { ...a, x: p.x, y: p.y, hidden: false } : a;
    });
    return arrangement.bbox;
  };
  let arranged = false;

  const finish = (cancelled: boolean) => {
    if (finished) return;
    finished = true;
    clearTimeout(deadline);
    core.off('eachNodeAttributesUpdated', onIteration);
    supervisor.stop();
    // The supervisor is still inside its message handler when an iteration is counted;
    // killing it there would null its matrices, so kill on the next task.
    setTimeout(() => supervisor.kill(), 0);
    const report = { iterations, milliseconds: 0, cancelled, bbox: null };
    if (cancelled) {
      resolveSettled({ ...report, milliseconds: Math.round(performance.now() - startedAt) });
      return;
    }
    const bbox = arrange();
    arranged = true;
    resolveSettled({ ...report, milliseconds: Math.round(performance.now() - startedAt), bbox });
  };

  // The supervisor writes every worker iteration with updateEachNodeAttributes.
  const onIteration = () => {
    iterations += 1;
    copyCorePositions();
    if (iterations >= budget.maxIterations) finish(false);
  };
  core.on('eachNodeAttributesUpdated', onIteration);
  const deadline = setTimeout(() => finish(false), budget.maxMilliseconds);

  if (core.size === 0) setTimeout(() => finish(false), 0);
  else supervisor.start();

  return { settled, cancel: () => finish(true), rearrange: () => (arranged ? arrange() : null) };
}

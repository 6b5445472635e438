import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { placeOnCircle } from '../graph/initialPlacement';
import type { ViewGraph } from '../graph/viewTypes';
import { SHELF_GAP_PX } from './arrangeForScreen';
import { fitForceToScreen, mapPoint, placeAddedNodes, typicalEdgeLength, type AxisMap, type Point } from './forceToScreen';
import { shelveNodes } from './isolatedShelf';
import { separateFootprints } from './labelSeparation';
import { LayoutConvergence } from './layoutConvergence';
import { layoutIterationStep, requestFrame } from './layoutIteration';
import { ForceAtlas2Supervisor } from './forceAtlas2Supervisor';
import { runLayoutPipeline, workerTroubleHandlers, type LayoutOptions, type LayoutReport, type LayoutRun } from './layoutPipeline';
import { planLayout } from './layoutPlan';
import { boundingBox, footprint, type Box, type PlacedNode } from './placedNode';
import { pixelsPerGraphUnit, stageRoom } from './screenFit';

type CoreGraph = MultiDirectedGraph<{ x: number; y: number; fixed?: boolean }>;

/** Label separation is quadratic: it runs on the added actors and the laid-out ones near them, up to this many. */
const MAX_SEPARATED_NODES = 400;
/** Above this many new actors their positions are not streamed to the screen while the layout runs. */
const LIVE_COPY_MAX_ADDED = 2_000;
/** How far around the added actors laid-out ones are taken into the separation, in pixels. */
const SEPARATION_REACH_PX = 150;

/**
 * Nudges the added actors off the discs and labels of the others (which stay put) where
 * affordable, in screen pixels at `pixelsPerUnit` (labels keep their pixel size when sigma zooms).
 */
function separateAdded(nodes: PlacedNode[], added: ReadonlySet<string>, pixelsPerUnit: number): void {
  const toScreen = (p: PlacedNode): PlacedNode => ({ ...p, x: p.x * pixelsPerUnit, y: p.y * pixelsPerUnit });
  const mine = nodes.filter((p) => added.has(p.key)).map(toScreen);
  if (mine.length === 0) return;
  const reach = boundingBox(mine.map(footprint));
  const near = nodes
    .filter((p) => !added.has(p.key))
    .map(toScreen)
    .filter((p) => {
      const f = footprint(p);
      return f.maxX >= reach.minX - SEPARATION_REACH_PX && f.minX <= reach.maxX + SEPARATION_REACH_PX && f.maxY >= reach.minY - SEPARATION_REACH_PX && f.minY <= reach.maxY + SEPARATION_REACH_PX;
    });
  if (mine.length + near.length > MAX_SEPARATED_NODES) return;
  separateFootprints([...near, ...mine], new Set(near.map((p) => p.key)));
  const moved = new Map(mine.map((p) => [p.key, p]));
  for (const p of nodes) {
    const m = moved.get(p.key);
    if (m) {
      p.x = m.x / pixelsPerUnit;
      p.y = m.y / pixelsPerUnit;
    }
  }
}

/**
 * Layout after the graph changed under a settled layout (a source imported or removed). Actors
 * that were already laid out keep their screen positions and stay fixed in the force layout;
 * actors that are new, or that gained their first relation, start next to their neighbours and
 * ForceAtlas2 (in its worker, same settings as the first layout) runs for them alone. They are
 * then mapped to the screen with the scale the existing actors were drawn at, nudged off the
 * others' discs and labels, and actors without relations go back on the shelf below.
 *
 * `previous` holds the force coordinates of the last layout (LayoutRun.forcePositions).
 */
export function extendLayout(view: ViewGraph, previous: ReadonlyMap<string, Point>, options: LayoutOptions): LayoutRun {
  const startedAt = performance.now();
  const core: CoreGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  const screen = new Map<string, Point>();
  const added: string[] = [];
  view.forEachNode((n, a) => {
    if (view.degree(n) === 0) return;
    const before = previous.get(n);
    if (before && !a.hidden) {
      core.addNode(n, { x: before.x, y: before.y, fixed: true });
      screen.set(n, { x: a.x, y: a.y });
    } else added.push(n);
  });
  const kept = new Map(core.mapNodes((n, a) => [n, { x: a.x, y: a.y }] as const));
  // Too little laid out to take a scale from: lay the whole graph out afresh.
  if (kept.size < 2 && added.length > 0) {
    placeOnCircle(view);
    return runLayoutPipeline(view, options);
  }
  const toScreen: AxisMap = fitForceToScreen(kept, screen);
  const length = typicalEdgeLength(kept, view.mapEdges((_e, _a, s, t) => [s, t] as [string, string]));
  const start = placeAddedNodes(added, kept, (n) => view.neighbors(n), length);
  for (const n of added) core.addNode(n, { ...start.get(n)! });
  view.forEachEdge((_e, _a, s, t) => {
    core.addDirectedEdge(s, t);
  });
  const isolated = view.filterNodes((n) => !core.hasNode(n));
  const addedSet = new Set(added);

  const copyAdded = () =>
    view.updateEachNodeAttributes(
      (n, a) => {
        if (!addedSet.has(n)) return a;
        const p = mapPoint(toScreen, core.getNodeAttributes(n));
        return { ...a, x: p.x, y: p.y, hidden: false };
      },
      { attributes: ['x', 'y', 'hidden'] },
    );
  // New actors appear at their start positions at once; new loners wait for the shelf.
  copyAdded();
  for (const n of isolated) if (!screen.has(n) && view.getNodeAttribute(n, 'x') === 0 && view.getNodeAttribute(n, 'y') === 0) view.setNodeAttribute(n, 'hidden', true);

  // One graph event for all, so the renderer re-indexes once.
  const shelfShown = () => options.showShelf?.() ?? true;
  const writePositions = (nodes: readonly PlacedNode[]) => {
    const byKey = new Map(nodes.map((p) => [p.key, p]));
    const offStage = new Set(shelfShown() ? [] : isolated);
    view.updateEachNodeAttributes(
      (n, a) => {
        const p = byKey.get(n);
        return p ? { ...a, x: p.x, y: p.y, hidden: false } : offStage.has(n) ? { ...a, hidden: true } : a;
      },
      { attributes: ['x', 'y', 'hidden'] },
    );
  };
  const placed = (n: string): PlacedNode => {
    const a = view.getNodeAttributes(n);
    return { key: n, x: a.x, y: a.y, size: a.size, labelWidth: options.labelWidth(n) };
  };
  const arrange = (): Box => {
    const coreNodes = core.mapNodes((n) => placed(n));
    const viewport = options.viewport();
    // The stage may have changed size since the actors kept here were arranged (a notice appeared):
    // separate at the scale sigma will draw.
    const scale = coreNodes.length > 0 ? pixelsPerGraphUnit(boundingBox(coreNodes.map(footprint)), viewport, options.stagePadding) : 1;
    separateAdded(coreNodes, addedSet, Number.isFinite(scale) && scale > 0 ? scale : 1);
    const usableWidth = Math.max(stageRoom(viewport, options.stagePadding).width, 200);
    const shelf = shelfShown() ? isolated.map((n) => placed(n)) : [];
    if (shelf.length > 0) {
      const coreBox = coreNodes.length ? boundingBox(coreNodes.map(footprint)) : { minX: -usableWidth / 2, maxX: usableWidth / 2, minY: 0, maxY: 0 };
      const width = Math.max(coreBox.maxX - coreBox.minX, usableWidth);
      shelveNodes(shelf, (coreBox.minX + coreBox.maxX) / 2 - width / 2, coreNodes.length ? coreBox.minY - SHELF_GAP_PX : 0, width);
    }
    const all = [...coreNodes, ...shelf];
    writePositions(all);
    return boundingBox(all.map(footprint));
  };

  const plan = options.plan ?? planLayout(core.order);
  const supervisor =
    added.length > 0
      ? new ForceAtlas2Supervisor(
          core,
          { ...forceAtlas2.inferSettings(core), gravity: 1, barnesHutOptimize: plan.barnesHutOptimize },
          workerTroubleHandlers(options, () => finish('budget')),
        )
      : null;
  const convergence = new LayoutConvergence(plan.settleDisplacement);
  let iterations = 0;
  let fraction = 0;
  let finished = false;
  let arranged = false;
  let resolveSettled: (report: LayoutReport) => void = () => {};
  const settled = new Promise<LayoutReport>((resolve) => {
    resolveSettled = resolve;
  });

  const finish = (how: 'budget' | 'converged' | 'stopped' | 'cancelled') => {
    if (finished) return;
    finished = true;
    clearTimeout(deadline);
    core.off('eachNodeAttributesUpdated', onIteration);
    if (supervisor) {
      supervisor.stop();
      setTimeout(() => supervisor.kill(), 0);
    }
    const report = { iterations, cancelled: how === 'cancelled', stopped: how === 'stopped', converged: how === 'converged' };
    if (how === 'cancelled') {
      resolveSettled({ ...report, milliseconds: Math.round(performance.now() - startedAt), bbox: null });
      return;
    }
    copyAdded();
    const bbox = arrange();
    arranged = true;
    options.onProgress?.({ fraction: 1, iterations });
    resolveSettled({ ...report, milliseconds: Math.round(performance.now() - startedAt), bbox });
  };

  let copyQueued = false;
  const queueCopy = () => {
    // Many new actors: each copy makes the renderer re-index every actor, a long task per frame;
    // they appear once the layout ends (the progress overlay shows meanwhile).
    if (added.length > LIVE_COPY_MAX_ADDED) {
      options.onProgress?.({ fraction, iterations });
      return;
    }
    if (copyQueued) return;
    copyQueued = true;
    requestFrame(() => {
      copyQueued = false;
      if (finished) return;
      options.onProgress?.({ fraction, iterations });
      copyAdded();
    });
  };
  const addedPositions = () => {
    const xy = new Float64Array(added.length * 2);
    added.forEach((n, i) => {
      xy[2 * i] = core.getNodeAttribute(n, 'x');
      xy[2 * i + 1] = core.getNodeAttribute(n, 'y');
    });
    return xy;
  };
  const onIteration = () => {
    iterations += 1;
    convergence.sample(addedPositions());
    const step = layoutIterationStep(plan, convergence, iterations, performance.now() - startedAt, fraction);
    fraction = step.fraction;
    if (step.end) finish(step.end);
    else queueCopy();
  };
  core.on('eachNodeAttributesUpdated', onIteration);
  const deadline = setTimeout(() => finish('budget'), plan.maxMilliseconds);
  if (supervisor) supervisor.start();
  else setTimeout(() => finish('budget'), 0);

  return {
    settled,
    cancel: () => finish('cancelled'),
    stop: () => finish('stopped'),
    // A resize or the shelf of actors without relations opening keeps every placed actor where it is
    // (arranging afresh from the forces, as after the first layout, would move them): only the shelf
    // row is laid out again.
    rearrange: () => (arranged ? arrange() : null),
    forcePositions: () => (arranged ? new Map(core.mapNodes((n, a) => [n, { x: a.x, y: a.y }] as const)) : null),
  };
}

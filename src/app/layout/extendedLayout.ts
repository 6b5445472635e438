// Layout after the graph changed under a settled layout (a source imported or removed). Actors that
// were already laid out keep their screen positions and stay fixed in the force layout; actors that
// are new, or that gained their first relation, start next to their neighbours and only they move.
// They are mapped to the screen with the scale the existing actors were drawn at, nudged off the
// others' discs and labels, and actors without relations go back on the shelf below.
import { MultiDirectedGraph } from 'graphology';
import type { ViewGraph } from '../../graph/viewTypes';
import { SHELF_GAP_PX } from '../../graph/layout/arrangeForScreen';
import { fitForceToScreen, mapPoint, placeAddedNodeSteps, typicalEdgeLength, type AxisMap, type Point } from '../../graph/layout/forceToScreen';
import { shelveNodes } from '../../graph/layout/isolatedShelf';
import { separateFootprintsSteps } from '../../graph/layout/labelSeparation';
import { boundingBox, footprint, type Box, type PlacedNode } from '../../graph/layout/placedNode';
import { pixelsPerGraphUnit, stageRoom } from '../../graph/layout/screenFit';
import type { ForceGraph, ForcePositions, LayoutOptions, LayoutSetup } from './layoutTypes';
import { cancelled, nextTask, runInSlices, WORK_MEASURES } from '../stage/slicedWork';

/** Label separation is quadratic: it runs on the added actors and the laid-out ones near them, up to this many. */
const MAX_SEPARATED_NODES = 400;
/** Above this many new actors their positions are not streamed to the screen while the layout runs. */
const LIVE_COPY_MAX_ADDED = 2_000;
/** How far around the added actors laid-out ones are taken into the separation, in pixels. */
const SEPARATION_REACH_PX = 150;

/**
 * Nudges the added actors off the discs and labels of the others (which stay put) where
 * affordable, in screen pixels at `pixelsPerUnit` (labels keep their pixel size when sigma zooms).
 * Pauses (yields) between rounds of the separation.
 */
function* separateAdded(nodes: PlacedNode[], added: ReadonlySet<string>, pixelsPerUnit: number): Generator<void, void> {
  // Too many to separate: nothing to copy (a large import would copy every actor twice for nothing).
  if (added.size === 0 || added.size > MAX_SEPARATED_NODES) return;
  const toScreen = (p: PlacedNode): PlacedNode => ({ ...p, x: p.x * pixelsPerUnit, y: p.y * pixelsPerUnit });
  const mine = nodes.filter((p) => added.has(p.key)).map(toScreen);
  if (mine.length === 0 || mine.length > MAX_SEPARATED_NODES) return;
  const reach = boundingBox(mine.map(footprint));
  const near = nodes
    .filter((p) => !added.has(p.key))
    .map(toScreen)
    .filter((p) => {
      const f = footprint(p);
      return f.maxX >= reach.minX - SEPARATION_REACH_PX && f.minX <= reach.maxX + SEPARATION_REACH_PX && f.maxY >= reach.minY - SEPARATION_REACH_PX && f.minY <= reach.maxY + SEPARATION_REACH_PX;
    });
  if (mine.length + near.length > MAX_SEPARATED_NODES) return;
  yield* separateFootprintsSteps([...near, ...mine], new Set(near.map((p) => p.key)));
  const moved = new Map(mine.map((p) => [p.key, p]));
  for (const p of nodes) {
    const m = moved.get(p.key);
    if (m) {
      p.x = m.x / pixelsPerUnit;
      p.y = m.y / pixelsPerUnit;
    }
  }
}

/** Actors or relations copied into the force graph between two pauses. */
const CORE_STEP_ITEMS = 2000;

/**
 * The force graph of a graph laid out before: kept actors fixed at their old force positions, added
 * ones beside their neighbours. Pauses (yields) every few thousand items.
 */
function* keptAndAdded(view: ViewGraph, previous: ForcePositions): Generator<void, { core: ForceGraph; added: string[]; toScreen: AxisMap } | null> {
  const core: ForceGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  const screen = new Map<string, Point>();
  const added: string[] = [];
  let counted = 0;
  for (const { node: n, attributes: a } of view.nodeEntries()) {
    if (++counted % CORE_STEP_ITEMS === 0) yield;
    if (view.degree(n) === 0) continue;
    const before = previous.get(n);
    if (before && !a.hidden) {
      core.addNode(n, { x: before.x, y: before.y, fixed: true });
      screen.set(n, { x: a.x, y: a.y });
    } else added.push(n);
  }
  const kept = new Map(core.mapNodes((n, a) => [n, { x: a.x, y: a.y }] as const));
  // Too little laid out to take a scale from.
  if (kept.size < 2 && added.length > 0) return null;
  const length = typicalEdgeLength(kept, view.mapEdges((_e, _a, s, t) => [s, t] as [string, string]));
  yield;
  const start = yield* placeAddedNodeSteps(added, kept, (n) => view.neighbors(n), length);
  yield;
  for (const n of added) core.addNode(n, { ...start.get(n)! });
  for (const { source, target } of view.edgeEntries()) {
    core.addDirectedEdge(source, target);
    if (++counted % CORE_STEP_ITEMS === 0) yield;
  }
  return { core, added, toScreen: fitForceToScreen(kept, screen) };
}

/**
 * The arrangement around actors that stay put: the added ones separated from their neighbours at
 * the scale sigma will draw, and the shelf of actors without relations laid out again below.
 * Pauses (yields) while separating; the view changes only at the end, in one step.
 */
function* arrangeAround(view: ViewGraph, core: ForceGraph, added: ReadonlySet<string>, isolated: readonly string[], options: LayoutOptions, writeInSteps: boolean): Generator<void, Box> {
  const placed = (n: string): PlacedNode => {
    const a = view.getNodeAttributes(n);
    return { key: n, x: a.x, y: a.y, size: a.size, labelWidth: options.labelWidth(n) };
  };
  const coreNodes: PlacedNode[] = [];
  for (const n of core.nodes()) {
    coreNodes.push(placed(n));
    if (coreNodes.length % CORE_STEP_ITEMS === 0) yield;
  }
  yield;
  const viewport = options.viewport();
  // The stage may have changed size since the actors kept here were arranged (a notice appeared).
  const scale = coreNodes.length > 0 ? pixelsPerGraphUnit(boundingBox(coreNodes.map(footprint)), viewport, options.stagePadding) : 1;
  yield* separateAdded(coreNodes, added, Number.isFinite(scale) && scale > 0 ? scale : 1);
  const usableWidth = Math.max(stageRoom(viewport, options.stagePadding).width, 200);
  const shelfShown = options.showShelf?.() ?? true;
  const shelf: PlacedNode[] = [];
  if (shelfShown) {
    for (const n of isolated) {
      shelf.push(placed(n));
      if (shelf.length % CORE_STEP_ITEMS === 0) yield;
    }
  }
  yield;
  if (shelf.length > 0) {
    const coreBox = coreNodes.length ? boundingBox(coreNodes.map(footprint)) : { minX: -usableWidth / 2, maxX: usableWidth / 2, minY: 0, maxY: 0 };
    const width = Math.max(coreBox.maxX - coreBox.minX, usableWidth);
    shelveNodes(shelf, (coreBox.minX + coreBox.maxX) / 2 - width / 2, coreNodes.length ? coreBox.minY - SHELF_GAP_PX : 0, width);
  }
  const all = [...coreNodes, ...shelf];
  // One graph event for all, so the renderer re-indexes once.
  const byKey = new Map(all.map((p) => [p.key, p]));
  const offStage = new Set(shelfShown ? [] : isolated);
  yield;
  if (writeInSteps) yield* writePlacedSteps(view, byKey, offStage);
  else {
    view.updateEachNodeAttributes(
      (n, a) => {
        const p = byKey.get(n);
        return p ? { ...a, x: p.x, y: p.y, hidden: false } : offStage.has(n) ? { ...a, hidden: true } : a;
      },
      { attributes: ['x', 'y', 'hidden'] },
    );
  }
  return boundingBox(all.map(footprint));
}

/**
 * The arrangement written actor by actor, pausing (yielding) every few thousand: only while the
 * renderer is held (LayoutOptions.holdRenderer), which then takes every actor's new place at once.
 */
function* writePlacedSteps(view: ViewGraph, byKey: ReadonlyMap<string, PlacedNode>, offStage: ReadonlySet<string>): Generator<void, void> {
  let written = 0;
  for (const n of view.nodes()) {
    if (++written % CORE_STEP_ITEMS === 0) yield;
    const p = byKey.get(n);
    if (p) view.mergeNodeAttributes(n, { x: p.x, y: p.y, hidden: false });
    else if (offStage.has(n)) view.setNodeAttribute(n, 'hidden', true);
  }
}

/**
 * The added actors' force positions written to the view actor by actor, pausing every few thousand:
 * only while the renderer is held (LayoutOptions.holdRenderer), as writePlacedSteps.
 */
function* copyAddedSteps(view: ViewGraph, core: ForceGraph, added: readonly string[], toScreen: AxisMap): Generator<void, void> {
  let copied = 0;
  for (const n of added) {
    if (++copied % CORE_STEP_ITEMS === 0) yield;
    const p = mapPoint(toScreen, core.getNodeAttributes(n));
    view.mergeNodeAttributes(n, { x: p.x, y: p.y, hidden: false });
  }
}

/**
 * Sets up the run that extends the layout whose force coordinates are `previous`
 * (LayoutRun.forcePositions); null when too little was laid out to take a scale from.
 */
export function extendedLayout(view: ViewGraph, previous: ForcePositions, options: LayoutOptions): LayoutSetup | null {
  const steps = extendedLayoutSteps(view, previous, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** extendedLayout in steps: it pauses (yields) while building the force graph; the view changes at the end. */
export function* extendedLayoutSteps(view: ViewGraph, previous: ForcePositions, options: LayoutOptions): Generator<void, LayoutSetup | null> {
  const start = yield* keptAndAdded(view, previous);
  if (!start) return null;
  const { core, added, toScreen } = start;
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
  yield;
  copyAdded();
  for (const n of isolated) if (view.getNodeAttribute(n, 'x') === 0 && view.getNodeAttribute(n, 'y') === 0) view.setNodeAttribute(n, 'hidden', true);

  const arrangeSteps = (writeInSteps: boolean) => arrangeAround(view, core, addedSet, isolated, options, writeInSteps);
  const arrange = (): Box => {
    const steps = arrangeSteps(false);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  };
  return {
    core,
    forcesNeeded: added.length > 0,
    // Many new actors: each copy makes the renderer re-index every actor, a long task per frame;
    // they appear once the layout ends (the progress overlay shows meanwhile).
    liveCopy: added.length <= LIVE_COPY_MAX_ADDED,
    movingPositions: () => {
      const xy = new Float64Array(added.length * 2);
      added.forEach((n, i) => {
        xy[2 * i] = core.getNodeAttribute(n, 'x');
        xy[2 * i + 1] = core.getNodeAttribute(n, 'y');
      });
      return xy;
    },
    copyToView: copyAdded,
    // The separation can take seconds on a loaded machine: it runs in slices.
    settle: async (stop) => {
      const release = options.holdRenderer?.();
      try {
        // Writing every added actor's position (20,000 after a large import): in slices while the
        // renderer is held, else in a task of its own.
        const held = release !== undefined;
        if (held && (await runInSlices(WORK_MEASURES.arrangeAdded, copyAddedSteps(view, core, added, toScreen), stop)) === cancelled) return null;
        if (!held) {
          copyAdded();
          await nextTask();
          if (stop()) return null;
        }
        const box = await runInSlices(WORK_MEASURES.arrangeAdded, arrangeSteps(held), stop);
        if (box === cancelled) return null;
        // The arrangement's last write of every actor is a task of its own: what the settled layout
        // sets off in the store and the panels follows in the next.
        await nextTask();
        return stop() ? null : box;
      } finally {
        release?.();
      }
    },
    // A resize or the shelf opening keeps every placed actor where it is (arranging afresh from the
    // forces, as after the first layout, would move them): only the shelf row is laid out again.
    rearrange: arrange,
  };
}

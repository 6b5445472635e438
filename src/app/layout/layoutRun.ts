// One layout run, on the main thread: ForceAtlas2 iterates in a web worker (forceAtlas2Supervisor,
// which replaces a worker that dies), positions are streamed into the view graph while it runs,
// and when it converges, runs out of budget, is stopped or fails, the actors are arranged for the
// screen. The first layout of a graph and the one after an import differ only in what they lay out
// and how they arrange it (freshLayout, extendedLayout); the lifecycle is this one.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { placeOnCircle } from '../../graph/initialPlacement';
import type { ViewGraph } from '../../graph/viewTypes';
import { ForceAtlas2Supervisor, LAYOUT_GAVE_UP, LAYOUT_RESTARTED, type ForceAtlas2SupervisorOptions } from '../../workers/forceAtlas2Supervisor';
import { LayoutConvergence } from '../../graph/layout/layoutConvergence';
import { layoutIterationStep } from './layoutIteration';
import { planLayout } from '../../graph/layout/layoutPlan';
import { extendedLayout, extendedLayoutSteps } from './extendedLayout';
import { afterTwoFrames, cancelled, measureWork, nextTask, requestFrame, runInSlices, WORK_MEASURES } from '../stage/slicedWork';
import { freshLayout } from './freshLayout';
import type { ForcePositions, LayoutOptions, LayoutReport, LayoutRun, LayoutSetup } from './layoutTypes';
import type { Box } from '../../graph/layout/placedNode';

type LayoutEnd = 'budget' | 'converged' | 'stopped' | 'cancelled';

/** Free time left after each position copy and redraw, as a multiple of what they took. */
const COPY_SPACING = 2;

/** The longest pause after a long layout batch in a tab that draws no frames (hidden). */
const LONG_BATCH_PAUSE_MAX_MS = 50;

/**
 * Lays out `view`. With `from`, the force positions of a settled earlier run, actors already laid
 * out keep their places and only new ones are placed (extendedLayout); without, or when too little
 * was laid out to take a scale from, the whole graph is laid out from the positions it holds.
 */
export function startLayoutRun(view: ViewGraph, options: LayoutOptions, from: ForcePositions | null): LayoutRun {
  const startedAt = performance.now();
  const extended = from ? extendedLayout(view, from, options) : null;
  if (from && !extended) placeOnCircle(view);
  return runLayout(extended ?? freshLayout(view, options), options, startedAt);
}

/**
 * startLayoutRun with the force graph of an extended layout built in slices between which the page
 * answers (a large graph has tens of thousands of relations to copy). Null when `stop()` turned
 * true at a pause; nothing was started then.
 */
export async function startLayoutRunInSlices(
  view: ViewGraph,
  options: LayoutOptions,
  from: ForcePositions | null,
  stop: () => boolean,
  forcesAfter?: Promise<void>,
): Promise<LayoutRun | null> {
  if (!from) return runLayout(freshLayout(view, options), options, performance.now(), forcesAfter);
  const startedAt = performance.now();
  const extended = await runInSlices(WORK_MEASURES.drawGraph, extendedLayoutSteps(view, from, options), stop);
  if (extended === cancelled) return null;
  // Starting the forces (the force graph copied for the worker) is a task of its own.
  await nextTask();
  if (stop()) return null;
  const begun = performance.now();
  if (!extended) placeOnCircle(view);
  const run = runLayout(extended ?? freshLayout(view, options), options, startedAt, forcesAfter);
  measureWork(WORK_MEASURES.drawGraph, begun, 'layout start');
  return run;
}

/** Tells the user about a crashed layout worker; `end` arranges what the layout has when it gives up. */
function workerTroubleHandlers(options: LayoutOptions, end: () => void, iterationsLeft: () => number): ForceAtlas2SupervisorOptions {
  return {
    iterationsLeft,
    afterLongBatch: () => afterTwoFrames(LONG_BATCH_PAUSE_MAX_MS),
    ...(options.createWorker ? { createWorker: options.createWorker } : {}),
    onRestart: () => options.onWorkerTrouble?.(LAYOUT_RESTARTED),
    onGiveUp: () => {
      options.onWorkerTrouble?.(LAYOUT_GAVE_UP);
      end();
    },
  };
}

/**
 * A copy and the frame drawing it that take longer than this are a long task each (a large graph,
 * WebGL drawn in software): the positions are then shown only when the layout ends.
 */
const LIVE_FRAME_MAX_MS = 100;

/**
 * Copies into the view (which makes sigma redraw) once per frame at most, and less often when a
 * redraw is slow: the copy plus the frame after it, measured, is given COPY_SPACING times its
 * length of free time, so input and painting keep their share of the machine. Once one takes
 * longer than LIVE_FRAME_MAX_MS, copying stops.
 */
function frameCopier(copy: () => void, eachFrame: () => void, ended: () => boolean): () => void {
  let queued = false;
  let redrawCost = 0;
  let lastCopyAt = -Infinity;
  const queue = () => {
    if (queued) return;
    queued = true;
    requestFrame(() => {
      queued = false;
      if (ended()) return;
      eachFrame();
      if (redrawCost > LIVE_FRAME_MAX_MS) return;
      const now = performance.now();
      if (now - lastCopyAt < redrawCost * (1 + COPY_SPACING)) {
        queue();
        return;
      }
      lastCopyAt = now;
      copy();
      // Sigma draws in the next frame; the one after it tells how long that took.
      requestFrame(() => requestFrame(() => (redrawCost = performance.now() - now)));
    });
  };
  return queue;
}

type LayoutOutcome = Omit<LayoutReport, 'milliseconds' | 'bbox'>;

/**
 * The report of a run whose forces ended: at once when cancelled, else once the actors are arranged
 * for the screen (`onArranged` first). An arrangement cancelled on the way reports cancelled.
 */
function reportWhenArranged(setup: LayoutSetup, outcome: LayoutOutcome, startedAt: number, cancelled: () => boolean, onArranged: () => void): Promise<LayoutReport> {
  const report = (bbox: Box | null, extra: Partial<LayoutReport> = {}): LayoutReport => ({ ...outcome, ...extra, milliseconds: Math.round(performance.now() - startedAt), bbox });
  if (outcome.cancelled) return Promise.resolve(report(null));
  const arrangedTo = (bbox: Box | null): LayoutReport => {
    if (bbox === null) return report(bbox, { cancelled: true });
    onArranged();
    return report(bbox);
  };
  const bbox = setup.settle(cancelled);
  return bbox instanceof Promise ? bbox.then(arrangedTo) : Promise.resolve(arrangedTo(bbox));
}

/**
 * Runs the forces on `setup`. With `forcesAfter`, the worker starts, and the time budget begins,
 * once it resolves: a large graph's first frame is drawn first, since the worker's first batches
 * would take a core from the page and its compositor while that frame is made.
 */
function runLayout(setup: LayoutSetup, options: LayoutOptions, begunAt: number, forcesAfter?: Promise<void>): LayoutRun {
  let startedAt = begunAt;
  const { core } = setup;
  const plan = options.plan ?? planLayout(core.order);
  // Stronger gravity than inferred keeps separate components from drifting apart.
  const settings = { ...forceAtlas2.inferSettings(core), gravity: 1, barnesHutOptimize: plan.barnesHutOptimize };
  let iterations = 0;
  const supervisor = setup.forcesNeeded
    ? new ForceAtlas2Supervisor(core, settings, workerTroubleHandlers(options, () => finish('budget'), () => plan.maxIterations - iterations))
    : null;
  const convergence = new LayoutConvergence(plan.settleDisplacement);
  let fraction = 0;
  let finished = false;
  let arranged = false;
  let resolveSettled: (report: LayoutReport) => void = () => {};
  const settled = new Promise<LayoutReport>((resolve) => {
    resolveSettled = resolve;
  });

  const finish = (how: LayoutEnd) => {
    if (finished) return;
    finished = true;
    clearTimeout(deadline);
    core.off('eachNodeAttributesUpdated', onIteration);
    if (supervisor) {
      supervisor.stop();
      // An iteration is counted inside the supervisor's message handler; end its worker on the next task.
      setTimeout(() => supervisor.kill(), 0);
    }
    const report = { iterations, cancelled: how === 'cancelled', stopped: how === 'stopped', converged: how === 'converged' };
    reportWhenArranged(setup, report, startedAt, () => cancelledWhileArranging, () => {
      arranged = true;
      options.onProgress?.({ fraction: 1, iterations });
    }).then(resolveSettled);
  };
  // Cancelling after the forces ended stops an arrangement still under way (it takes several tasks).
  let cancelledWhileArranging = false;

  const progress = () => options.onProgress?.({ fraction, iterations });
  // Without live copies (many new actors, each copy a re-index of every actor) only the progress shows.
  const afterIteration = setup.liveCopy ? frameCopier(setup.copyToView, progress, () => finished) : progress;
  // The supervisor writes every batch of worker iterations with updateEachNodeAttributes.
  const onIteration = () => {
    const count = supervisor?.lastUpdateIterations ?? 1;
    iterations += count;
    convergence.sample(setup.movingPositions(), count);
    const step = layoutIterationStep(plan, convergence, iterations, performance.now() - startedAt, fraction);
    fraction = step.fraction;
    if (step.end) finish(step.end);
    else afterIteration();
  };
  core.on('eachNodeAttributesUpdated', onIteration);
  let deadline: ReturnType<typeof setTimeout> | undefined;
  const begin = () => {
    if (finished) return;
    if (forcesAfter) startedAt = performance.now();
    deadline = setTimeout(() => finish('budget'), plan.maxMilliseconds);
    if (supervisor) supervisor.start();
    else setTimeout(() => finish('budget'), 0);
  };
  if (forcesAfter) void forcesAfter.then(begin);
  else begin();

  return {
    settled,
    cancel: () => {
      cancelledWhileArranging = true;
      finish('cancelled');
    },
    stop: () => finish('stopped'),
    rearrange: () => (arranged ? setup.rearrange() : null),
    forcePositions: () => (arranged ? new Map(core.mapNodes((n, a) => [n, { x: a.x, y: a.y }] as const)) : null),
  };
}

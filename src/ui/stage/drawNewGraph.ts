import type { DramatisGraph } from '../../graph/buildGraph';
import type { BundleView } from '../../graph/bundleView';
import { syncViewGraphSteps } from '../../graph/viewGraph';
import { placeOnCircle } from '../../graph/initialPlacement';
import { afterTwoFrames, cancelled, measureWork, nextTask, runInSlices, WORK_MEASURES } from '../../app/stage/slicedWork';
import { startLayoutRunInSlices } from '../../app/layout/layoutRun';
import { useAppStore } from '../../store/appStore';
import { differsFrom, drawsCheaper, settingsForSize } from './densitySettings';
import { displayStateFrom, expandedPairs } from './stageDisplayState';
import { indexSteps } from './sigmaIndex';
import { askFullProcess, drawNow, processSteps } from './sigmaProcess';
import { startLayout } from './stageLayout';
import type { StageRuntime, StageSigma } from './stageRuntime';

/** Draws the graphs that arrived while one was being drawn, the newest only; then the stage is free. */
export async function drawPending(rt: StageRuntime): Promise<void> {
  while (rt.pendingGraph !== null && !rt.disposed) {
    const next = rt.pendingGraph;
    rt.pendingGraph = null;
    await drawNewGraph(rt, next);
  }
  rt.drawing = false;
}

/**
 * A source was imported or removed: the same renderer and view graph take the new data graph.
 * Actors already laid out keep their positions and the layout runs for the new ones; if the
 * first layout had not settled yet, it starts again on the whole graph. Sigma does not listen
 * while the view and lines change, in slices between which the page answers; it is refreshed
 * once at the end, in a task of its own. Gives up (for the next graph) when a newer one waits.
 */
async function drawNewGraph(rt: StageRuntime, next: DramatisGraph): Promise<void> {
  const { sigma } = rt;
  rt.graph = next;
  rt.layout.cancel();
  const release = rt.stage.silence();
  let drawn: Drawn | null = null;
  // The forces start once the new graph's first frame is on screen (see runLayout).
  let showDrawn: () => void = () => {};
  const forcesAfter = new Promise<void>((resolve) => (showDrawn = resolve));
  try {
    drawn = await prepareNewGraph(rt, next, forcesAfter);
  } finally {
    if (!drawn) askFullProcess(sigma);
    release();
    if (!drawn) showDrawn();
  }
  if (!drawn) return;
  // The refresh or draw follows in the same task: a frame drawn before it (a resize, the layout's
  // first positions or its settling) would read caches that do not yet hold the new actors and lines.
  const start = performance.now();
  if (drawn.indexed) drawNow(sigma);
  else sigma.refresh();
  measureWork(WORK_MEASURES.stageRefresh, start);
  void afterTwoFrames().then(showDrawn);
}

/** A new graph prepared with sigma silenced; `indexed`: sigma's index and process were done in slices. */
interface Drawn {
  indexed: boolean;
}

/**
 * The view, the lines and the layout take `next`, and sigma its settings, index and process, in
 * slices; null when a newer graph (or the stage's end) made it give up.
 */
async function prepareNewGraph(rt: StageRuntime, next: DramatisGraph, forcesAfter: Promise<void>): Promise<Drawn | null> {
  const store = useAppStore;
  const { sigma, view, stage } = rt;
  const superseded = () => rt.disposed || rt.pendingGraph !== null;
  const previous = rt.settledPositions;
  const shrank = next.order < view.order;
  const { bundles } = store.getState();
  // Sigma re-indexes every actor and line on a change of settings: a graph growing dense or large
  // takes its settings while the old, smaller one is still on it (one thinning out, once it is drawn).
  const guessedLines = bundles ? shownBundleCount(bundles) : 0;
  if (bundles && drawsCheaper(settingsForSize(guessedLines, next.order))) takeSettingsFor(sigma, guessedLines, next.order);
  if ((await runInSlices(WORK_MEASURES.drawGraph, syncViewGraphSteps(view, next), superseded)) === cancelled) return null;
  const s = store.getState();
  if (s.bundles && (await runInSlices(WORK_MEASURES.drawGraph, stage.resetSteps(s.bundles, expandedPairs(s)), superseded)) === cancelled) return null;
  await nextTask();
  if (superseded()) return null;
  rt.display = displayStateFrom(rt.graph, store.getState(), rt.lineFacts);
  // Lines left out of the overview that the selection or path touches (sigma is still silenced).
  stage.refocus(rt.display);
  if (!previous) placeOnCircle(view);
  const run = await startLayoutRunInSlices(view, rt.layoutOptions, previous, superseded, forcesAfter);
  if (!run) return null;
  const start = performance.now();
  startLayout(rt, run, true, shrank);
  measureWork(WORK_MEASURES.drawGraph, start, 'layout shown');
  // A graph thinning out, or a wrong guess above (lines drawn differ from bundles shown).
  takeSettingsFor(sigma, stage.allLines.size, stage.graph.order);
  // Without edge events no line can be hovered between two steps: the reducers run in slices.
  const indexed = !sigma.getSetting('enableEdgeEvents') && (await runInSlices(WORK_MEASURES.drawGraph, indexSteps(sigma), superseded)) !== cancelled;
  // Sigma's process of the whole new graph follows in slices too (sigma, still silenced, draws
  // no frame in between); it gives up when a store change asked sigma to process meanwhile.
  if (indexed && (await runInSlices(WORK_MEASURES.drawGraph, processSteps(sigma), superseded)) === cancelled) return null;
  if (superseded()) return null;
  return { indexed };
}

/** Sigma's settings for `lines` drawn lines among `actors`, when they differ from its current ones. */
function takeSettingsFor(sigma: StageSigma, lines: number, actors: number): void {
  const sized = settingsForSize(lines, actors);
  if (differsFrom(sigma.getSettings(), sized)) sigma.setSettings(sized);
}

/** Bundles with a shown event: about the lines the stage will draw for them. */
function shownBundleCount(bundles: BundleView): number {
  let shown = 0;
  for (const events of bundles.counts.bundleEvents) if (events > 0) shown++;
  return shown;
}

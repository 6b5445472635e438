// Going to a story step: its filters, search and selection are applied, the time window slides
// from the current one to the step's and the camera flies to the step's (about 600 ms together).
// While presenting, the camera is fitted to the step's actors on the screen it is shown on instead.
import type { DramatisGraph } from '../../graph/buildGraph';
import type { FilterState } from '../../graph/filterState';
import { timeExtent } from '../../graph/timeHistogram';
import type { DayRange } from '../../graph/timeWindow';
import { easeInOut, slideShare, tweenFilters, windowOrDomain } from '../../graph/windowTween';
import { useAppStore } from '../../store/appStore';
import type { StepCamera } from '../../store/story';
import { openStoryOf, useStoryStore } from '../../store/storyStore';
import { graphVocabulary, readStepView } from '../../store/storyViews';
import { computeVisibility } from '../../graph/visibility';
import { cameraFitting, PRESENTATION_ROOM } from '../stage/fitCamera';
import { currentSigma } from '../stage/sigmaRegistry';

export const STEP_TRANSITION_MS = 600;
/** A slide shows at least this many windows on the way, however slowly frames come. */
const SLIDE_MIN_FRAMES = 8;
const HOME: StepCamera = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

let showing = 0;
let frame = 0;
let cameraWaiter: (() => void) | null = null;

/** True while a step is being applied (its own filter changes are not the user's). */
export function isShowingStep(): boolean {
  return showing > 0;
}

const extents = new WeakMap<DramatisGraph, DayRange | null>();
function dataExtent(graph: DramatisGraph): DayRange | null {
  if (!extents.has(graph)) extents.set(graph, timeExtent(graph));
  return extents.get(graph) ?? null;
}

function stopRunning(): void {
  if (frame) {
    cancelAnimationFrame(frame);
    frame = 0;
    showing -= 1;
  }
  cameraWaiter?.();
  cameraWaiter = null;
}

/** The actors a step's filters show (pins included). */
function stepActors(graph: DramatisGraph, filters: FilterState): ReadonlySet<string> {
  return computeVisibility(graph, filters).nodes;
}

/**
 * While presenting: the camera that shows the step's actors on this screen (any size, any shape).
 * Otherwise the camera the step saved.
 */
function stepCamera(camera: StepCamera | null, actors: () => ReadonlySet<string>): StepCamera {
  const sigma = currentSigma();
  if (sigma && useStoryStore.getState().presenting) {
    const fitted = cameraFitting(sigma, actors(), PRESENTATION_ROOM);
    if (fitted) return fitted;
  }
  return camera ?? HOME;
}

/** The camera flight to the step on screen; when it lands, a presented step is fitted once more. */
let flight: Promise<void> | null = null;

function moveCamera(camera: StepCamera | null, actors: () => ReadonlySet<string>, animate: boolean): void {
  const go = () => {
    const sigma = currentSigma();
    if (!sigma) return;
    const target = stepCamera(camera, actors);
    // Presenting, the step is fitted at once (and again whenever the stage changes size).
    if (!animate || useStoryStore.getState().presenting) {
      sigma.getCamera().setState(target);
      return;
    }
    const landed = sigma.getCamera().animate(target, { duration: STEP_TRANSITION_MS, easing: 'quadraticInOut' });
    flight = landed;
    // The stage may have changed size on the way (another caption, legend or window): fit again at rest.
    void landed.then(() => {
      if (flight !== landed) return;
      flight = null;
      refitCurrentStep();
    });
  };
  if (useAppStore.getState().layout === 'settled' && currentSigma()) {
    go();
    return;
  }
  // Opened from a URL before the layout is done: place the camera once it is.
  const unsubscribe = useAppStore.subscribe((s) => {
    if (s.layout !== 'settled' || !currentSigma()) return;
    unsubscribe();
    cameraWaiter = null;
    go();
  });
  cameraWaiter = unsubscribe;
}

function slideWindow(graph: DramatisGraph, target: FilterState): boolean {
  const extent = dataExtent(graph);
  const current = useAppStore.getState().filters;
  if (!extent || (current.from === target.from && current.to === target.to)) return false;
  const a = windowOrDomain(current, extent);
  const b = windowOrDomain(target, extent);
  if (a.from === b.from && a.to === b.to) return false;
  const { updateFilters } = useAppStore.getState();
  // Everything but the window changes at once; the window then slides.
  updateFilters(() => ({ ...target, from: current.from, to: current.to }));
  const start = performance.now();
  let last = '';
  let frames = 0;
  showing += 1;
  const tick = (now: number) => {
    frames += 1;
    const t = slideShare(now - start, frames, STEP_TRANSITION_MS, SLIDE_MIN_FRAMES);
    if (t >= 1) {
      frame = 0;
      try {
        updateFilters(() => target);
      } finally {
        showing -= 1;
      }
      return;
    }
    // The next frame is asked for first, so a failing redraw cannot leave the window half-way.
    frame = requestAnimationFrame(tick);
    const w = tweenFilters(a, b, easeInOut(t));
    const key = `${w.from}/${w.to}`;
    if (key !== last) {
      last = key;
      updateFilters((f) => ({ ...f, ...w }));
    }
  };
  frame = requestAnimationFrame(tick);
  return true;
}

/**
 * Shows step `index` (0-based) of the open story. Returns the messages about values of the step
 * this graph does not have (they are left out), or null when there is no such step.
 */
export function showStep(index: number, options: { animate: boolean }): string[] | null {
  const story = openStoryOf(useStoryStore.getState());
  const step = story?.steps[index];
  const app = useAppStore.getState();
  if (!story || !step || !app.graph) return null;
  stopRunning();
  const { view, ignored } = readStepView(step.view, graphVocabulary(app.graph));
  showing += 1;
  try {
    useStoryStore.getState().setCurrentStep(step.id);
    if (!options.animate || !slideWindow(app.graph, view.filters)) app.updateFilters(() => view.filters);
    app.setSearchQuery(view.searchQuery);
    app.setMainView(view.mainView);
    if (view.selection?.kind === 'node') app.selectNode(view.selection.node);
    else if (view.selection?.kind === 'edge') app.selectEdge(view.selection.edge);
    else app.clearSelection();
  } finally {
    showing -= 1;
  }
  const graph = app.graph;
  moveCamera(step.view.camera, () => stepActors(graph, view.filters), options.animate);
  return ignored;
}

/** Fits the camera again to the step on screen (presentation entered, stage resized, a flight landed). */
export function refitCurrentStep(): void {
  const stories = useStoryStore.getState();
  const story = openStoryOf(stories);
  const step = story?.steps.find((s) => s.id === stories.currentStepId);
  const { graph } = useAppStore.getState();
  if (!step || !graph || stories.viewChanged || !stories.presenting) return;
  const { view } = readStepView(step.view, graphVocabulary(graph));
  // A camera still flying to the step is fitted when it lands.
  if (flight || currentSigma()?.getCamera().isAnimated()) return;
  moveCamera(step.view.camera, () => stepActors(graph, view.filters), false);
}

/** The step before or after the current one (clamped); the first step when none is current. */
export function showRelativeStep(delta: number): void {
  const s = useStoryStore.getState();
  const story = openStoryOf(s);
  if (!story || story.steps.length === 0) return;
  const at = story.steps.findIndex((st) => st.id === s.currentStepId);
  const next = at < 0 ? 0 : Math.min(story.steps.length - 1, Math.max(0, at + delta));
  if (next !== at || s.viewChanged) showStep(next, { animate: true });
}

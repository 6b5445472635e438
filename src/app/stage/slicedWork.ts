// Long main-thread work cut into slices: a generator does the work and pauses (yields) often; the
// runner gives it about SLICE_MS at a time and then ends the task, so input and painting get their
// turn in between (the long-task budget is 200 ms; a slice stays well under it on a loaded machine).

/** User Timing names of the app's long main-thread work, measured piece by piece (measureWork). */
export const WORK_MEASURES = {
  /** Rebuilding an article's graph after the worker read it. */
  addArticle: 'dramatis: adding an article',
  /** Merging every loaded source into the graph shown (an article or file added). */
  mergeSources: 'dramatis: merging sources',
  /** Preparing a large new graph for the store: happenings, filter engine columns, bundle index. */
  prepareGraph: 'dramatis: preparing a new graph for the store',
  /** A prepared new graph handed to the app store (the panels then render it in React's deferred render). */
  showGraph: 'dramatis: a new graph to the store',
  /** Drawing a new data graph on the stage (view sync, lines, layout start, one refresh). */
  drawGraph: 'dramatis: drawing a new graph',
  /** Sigma's one full refresh of a new graph (re-index, process, draw): a single task in sigma 3. */
  stageRefresh: 'dramatis: sigma refresh of a new graph',
  /** Sigma's process of a large graph once its layout settled, in slices (then one draw). */
  frameSettled: 'dramatis: processing the settled layout',
  /** Arranging actors added around placed ones once the forces end. */
  arrangeAdded: 'dramatis: arranging added actors',
} as const;

/** Main-thread time one slice may take before the runner lets the page answer. */
export const SLICE_MS = 30;

/** A new task: everything queued before it (input, a frame) runs first. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The next animation frame, or a 16 ms timer where there is none (Node, where tests drive the layout). */
export const requestFrame: (callback: () => void) => unknown =
  typeof requestAnimationFrame === 'function' ? (callback) => requestAnimationFrame(callback) : (callback) => setTimeout(callback, 16);

/** Waiting for frames no longer than this: a hidden tab draws none. */
const FRAMES_WAIT_MAX_MS = 1000;

/**
 * Once the page has drawn two more frames (so what was drawn before the call is on screen), in a
 * task of its own; after `maxWaitMs` at most, for a tab that draws no frames.
 */
export function afterTwoFrames(maxWaitMs = FRAMES_WAIT_MAX_MS): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, maxWaitMs);
    requestFrame(() =>
      requestFrame(() =>
        setTimeout(() => {
          clearTimeout(fallback);
          resolve();
        }, 0),
      ),
    );
  });
}

/**
 * Records one piece of main-thread work that began at `start` (performance.now()) as a User Timing
 * measure named `name` (`detail` says which piece), so the browser's tools and the browser tests see
 * how long each piece took.
 */
export function measureWork(name: string, start: number, detail?: string): void {
  performance.measure(name, { start, end: performance.now(), detail });
}

/**
 * Runs `steps` to the end in slices of about `budgetMs`, each recorded as a measure named `name`.
 * Resolves to what the generator returns, or to `cancelled` (and the generator is left unfinished)
 * when `stop()` is true at a pause.
 */
export async function runInSlices<T>(name: string, steps: Generator<unknown, T>, stop: () => boolean, budgetMs = SLICE_MS): Promise<T | typeof cancelled> {
  // Work run right after other sliced work (in the same task, before a timer set then has fired)
  // shares that slice's budget: two phases chained would otherwise make one task of two slices.
  let sliceStart = endedSlice?.start ?? performance.now();
  if (performance.now() - sliceStart >= budgetMs) {
    await nextTask();
    if (stop()) return cancelled;
    sliceStart = performance.now();
  }
  for (;;) {
    const step = steps.next();
    if (step.done) {
      measureWork(name, sliceStart);
      sliceEnded(sliceStart);
      return step.value;
    }
    if (performance.now() - sliceStart < budgetMs) continue;
    measureWork(name, sliceStart);
    await nextTask();
    if (stop()) return cancelled;
    sliceStart = performance.now();
  }
}

/** The slice in which sliced work last ended, until a task after it runs (see runInSlices). */
let endedSlice: { start: number } | null = null;

function sliceEnded(start: number): void {
  const ended = { start };
  endedSlice = ended;
  setTimeout(() => {
    if (endedSlice === ended) endedSlice = null;
  }, 0);
}

/** What runInSlices resolves to when stopped. */
export const cancelled: unique symbol = Symbol('cancelled');

// Long main-thread work cut into slices: a generator does the work and pauses (yields) often; the
// runner gives it about SLICE_MS at a time and then ends the task, so input and painting get their
// turn in between (the long-task budget is 200 ms; a slice stays well under it on a loaded machine).

/** Main-thread time one slice may take before the runner lets the page answer. */
export const SLICE_MS = 40;

/** A new task: everything queued before it (input, a frame) runs first. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `steps` to the end in slices of about `budgetMs`. Resolves to what the generator returns, or
 * to `cancelled` (and the generator is left unfinished) when `stop()` is true at a pause.
 */
export async function runInSlices<T>(steps: Generator<unknown, T>, stop: () => boolean, budgetMs = SLICE_MS): Promise<T | typeof cancelled> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart < budgetMs) continue;
    await nextTask();
    if (stop()) return cancelled;
    sliceStart = performance.now();
  }
}

/** What runInSlices resolves to when stopped. */
export const cancelled: unique symbol = Symbol('cancelled');

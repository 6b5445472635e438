// Work written as a generator that pauses (yields) between pieces, so a caller on the main thread can
// spread it over several tasks; callers that need the result at once run it to the end here.

/** Events (or other items) handled between two pauses of the stepwise builders. */
export const ITEMS_PER_STEP = 2_000;

/** Runs `steps` to the end without pausing and returns its result. */
export function runToEnd<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

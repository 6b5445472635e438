// Long work on the page's thread run as a series of short tasks: a generator does a little and
// yields; the runner keeps calling it until a slice has used its time, then lets the browser run
// input, paint and other tasks before the next slice.

/**
 * Longest a slice runs before it gives the page back. Well under the 50 ms long-task threshold, so
 * that a slice stretched by a busy machine (other processes taking the core) stays under 200 ms.
 */
export const SLICE_MS = 10;

/** The run was cancelled between two slices. */
export class SlicesCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Gives the page back until the next task: scheduler.yield where the browser has it, else a timer. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface SliceOptions {
  sliceMs?: number;
  /** Asked between slices; true ends the run with SlicesCancelled. */
  cancelled?: () => boolean;
  /** How the runner waits between slices (tests count the slices). */
  pause?: () => Promise<void>;
  now?: () => number;
}

/** Runs `steps` to the end in slices of about `sliceMs`, and returns what it returns. */
export async function runInSlices<T>(steps: Generator<void, T>, options: SliceOptions = {}): Promise<T> {
  const { sliceMs = SLICE_MS, cancelled = () => false, pause = nextTask, now = () => performance.now() } = options;
  for (;;) {
    const started = now();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (now() - started >= sliceMs) break;
    }
    await pause();
    if (cancelled()) {
      steps.return(undefined as T);
      throw new SlicesCancelled();
    }
  }
}

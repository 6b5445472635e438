// One idle layout worker kept between layout runs: a worker takes a few hundred milliseconds to
// start (more on a busy machine), longer than a small graph's whole layout. The first one starts
// while the page fetches its first graph (prewarmLayoutWorker); a run that ends cleanly parks its
// worker for the next run (an import, an edit, a resize) instead of ending it.

let parked: Worker | null = null;

export function startBundledLayoutWorker(): Worker {
  return new Worker(new URL('./forceAtlas2Worker.ts', import.meta.url), { type: 'module' });
}

/** The parked worker, if any (it is no longer parked), else a new one. */
export function takeLayoutWorker(): Worker {
  const worker = parked;
  parked = null;
  if (!worker) return startBundledLayoutWorker();
  worker.onerror = null;
  worker.onmessage = null;
  return worker;
}

/** Keeps `worker` (idle: no request of its under way) for the next run; one is kept, others end. */
export function parkLayoutWorker(worker: Worker): void {
  if (parked) {
    worker.terminate();
    return;
  }
  parked = worker;
  worker.onmessage = null;
  worker.onmessageerror = null;
  // A parked worker that fails is dropped; the next run starts a new one.
  worker.onerror = (e) => {
    e.preventDefault();
    if (parked === worker) parked = null;
    worker.terminate();
  };
}

/** Starts the layout worker ahead of the first layout; the returned stop ends it if still parked. */
export function prewarmLayoutWorker(): () => void {
  if (typeof Worker === 'undefined' || parked) return () => {};
  const worker = startBundledLayoutWorker();
  parkLayoutWorker(worker);
  return () => {
    if (parked !== worker) return;
    parked = null;
    worker.terminate();
  };
}

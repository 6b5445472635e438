import type { DocumentTask } from './documentIds';
import type { DocumentOutcome } from './mergeExtractions';

/** Reads documents somewhere: this thread, a Node worker thread, a browser web worker. */
export interface DocumentRunner {
  /** Settles once the runner can take work; until then it is given none. */
  ready: Promise<void>;
  /**
   * Batches it may hold at once (default 1). A worker given two starts the next batch the moment
   * it finishes one, instead of idling until a busy main thread hands it more.
   */
  slots?: number;
  run(tasks: DocumentTask[]): Promise<DocumentOutcome[]>;
}

/** Largest batch: big enough that messages stay few, small enough to spread a corpus early on. */
const MAX_BATCH = 64;

/**
 * Hands batches of consecutive documents to whichever runner is ready and has a free slot, and
 * returns the outcomes in corpus order as soon as every document is in (a runner still starting up
 * by then is not waited for). Batches shrink as the corpus runs out, so no runner is left with a
 * long last batch while the others idle. The first failure rejects the run; no batch starts after it.
 */
export function distributeDocuments(tasks: DocumentTask[], runners: DocumentRunner[]): Promise<DocumentOutcome[]> {
  if (runners.length === 0) return Promise.reject(new Error('distributeDocuments needs at least one runner.'));
  const slots = runners.reduce((n, r) => n + (r.slots ?? 1), 0);
  const outcomes = new Array<DocumentOutcome>(tasks.length);
  return new Promise((resolve, reject) => {
    let next = 0;
    let done = 0;
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      reject(err instanceof Error ? err : new Error(String(err)));
    };
    const work = async (runner: DocumentRunner) => {
      await runner.ready;
      while (!settled && next < tasks.length) {
        const start = next;
        const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil((tasks.length - start) / (2 * slots))));
        next += size;
        const batch = tasks.slice(start, start + size);
        const got = await runner.run(batch);
        if (got.length !== batch.length) throw new Error(`A worker answered ${got.length} documents for ${batch.length}.`);
        got.forEach((o, k) => (outcomes[start + k] = o));
        done += batch.length;
      }
      if (!settled && done === tasks.length) {
        settled = true;
        resolve(outcomes);
      }
    };
    if (tasks.length === 0) {
      settled = true;
      resolve([]);
    }
    for (const r of runners) for (let slot = 0; slot < (r.slots ?? 1); slot++) work(r).catch(fail);
  });
}

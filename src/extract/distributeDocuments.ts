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

/** Enough batches per runner to even out long and short documents, few enough that messages stay cheap. */
const BATCHES_PER_RUNNER = 16;

/**
 * Hands consecutive batches of documents to whichever runner is ready and free, and returns the
 * outcomes in corpus order as soon as every batch is in (a runner still starting up by then is
 * simply not waited for). The first failure rejects the run and no batch starts after it.
 */
export function distributeDocuments(tasks: DocumentTask[], runners: DocumentRunner[]): Promise<DocumentOutcome[]> {
  if (runners.length === 0) return Promise.reject(new Error('distributeDocuments needs at least one runner.'));
  const size = Math.max(1, Math.ceil(tasks.length / (runners.length * BATCHES_PER_RUNNER)));
  const starts: number[] = [];
  for (let i = 0; i < tasks.length; i += size) starts.push(i);
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
      while (!settled && next < starts.length) {
        const start = starts[next++]!;
        const batch = tasks.slice(start, start + size);
        const got = await runner.run(batch);
        if (got.length !== batch.length) throw new Error(`A worker answered ${got.length} documents for ${batch.length}.`);
        got.forEach((o, k) => (outcomes[start + k] = o));
        done += 1;
      }
      if (!settled && done === starts.length) {
        settled = true;
        resolve(outcomes);
      }
    };
    if (starts.length === 0) {
      settled = true;
      resolve([]);
    }
    for (const r of runners) for (let slot = 0; slot < (r.slots ?? 1); slot++) work(r).catch(fail);
  });
}

// A batch of ForceAtlas2 iterations, as the layout worker runs them: one iteration of a small graph
// takes microseconds, so a round trip per iteration left the layout waiting on messages and frames.
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

/**
 * Runs `count` iterations on `nodes` in place. Returns a copy of the node matrix from before the
 * last iteration when more than one ran (null otherwise), so the page can still measure one
 * iteration's step.
 */
export function iterateBatch(settings: ForceAtlas2Settings, nodes: Float32Array, edges: Float32Array, count: number): Float32Array | null {
  const runs = Math.max(1, Math.floor(count));
  let beforeLast: Float32Array | null = null;
  for (let i = 0; i < runs; i++) {
    if (runs > 1 && i === runs - 1) beforeLast = nodes.slice();
    iterate(settings, nodes, edges);
  }
  return beforeLast;
}

/** Wall time a batch should take in the worker: about a frame, so a large graph still shows progress. */
export const BATCH_TARGET_MS = 12;
/** Growth of the batch from one round trip to the next, at most. */
const BATCH_GROWTH = 4;

/**
 * The next batch size from how long the last one took in the worker: about BATCH_TARGET_MS
 * of work, never less than one iteration, never more than BATCH_GROWTH times the last.
 */
export function nextBatchSize(lastCount: number, lastMilliseconds: number): number {
  const perIteration = Math.max(lastMilliseconds, 0.01) / Math.max(lastCount, 1);
  return Math.max(1, Math.min(Math.floor(BATCH_TARGET_MS / perIteration), Math.max(lastCount, 1) * BATCH_GROWTH));
}

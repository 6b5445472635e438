import { ITEMS_PER_STEP } from './stepwise';

/** Items sorted at once before the sorted runs are merged (sortedOrderSteps). */
const RUN_ITEMS = 4_096;
/** Items merged between two pauses of sortedOrderSteps. */
const MERGED_PER_STEP = 8 * ITEMS_PER_STEP;

/** Item indices by ascending key, ties by index: sorted runs merged pairwise, pausing (yielding) between pieces. */
export function* sortedOrderSteps(keys: ArrayLike<number>): Generator<void, Uint32Array> {
  const n = keys.length;
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const before = (a: number, b: number) => keys[a]! - keys[b]! || a - b;
  for (let lo = 0; lo < n; lo += RUN_ITEMS) {
    order.subarray(lo, Math.min(n, lo + RUN_ITEMS)).sort(before);
    yield;
  }
  let merged = new Uint32Array(n);
  let sinceYield = 0;
  for (let width = RUN_ITEMS; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        merged[k] = j >= hi || (i < mid && before(order[i]!, order[j]!) <= 0) ? order[i++]! : order[j++]!;
        if (++sinceYield === MERGED_PER_STEP) {
          sinceYield = 0;
          yield;
        }
      }
    }
    [order, merged] = [merged, order];
  }
  return order;
}

/**
 * Item indices sorted by a numeric key, for range queries: "which items have a key between lo and
 * hi" costs two binary searches plus the size of the answer.
 */
export class SortedIndex {
  /** Item indices in ascending key order. */
  readonly order: Uint32Array;
  /** `keys[order[i]]`, so binary searches read memory in order. */
  private readonly sortedKeys: Float64Array;

  /** `order`: the items already in key order (sortedOrderSteps), else they are sorted here. */
  constructor(keys: ArrayLike<number>, order?: Uint32Array) {
    const n = keys.length;
    if (!order) {
      order = new Uint32Array(n);
      for (let i = 0; i < n; i++) order[i] = i;
      order.sort((a, b) => keys[a]! - keys[b]! || a - b);
    }
    this.order = order;
    this.sortedKeys = new Float64Array(n);
    for (let i = 0; i < n; i++) this.sortedKeys[i] = keys[order[i]!]!;
  }

  /** The index of `keys` built in steps (see sortedOrderSteps). */
  static *buildSteps(keys: ArrayLike<number>): Generator<void, SortedIndex> {
    return new SortedIndex(keys, yield* sortedOrderSteps(keys));
  }

  /** First position whose key is >= `key`. */
  lowerBound(key: number): number {
    let lo = 0;
    let hi = this.sortedKeys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sortedKeys[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First position whose key is > `key`. */
  upperBound(key: number): number {
    let lo = 0;
    let hi = this.sortedKeys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sortedKeys[mid]! <= key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Calls `visit` for every item whose key lies in the closed range [lo, hi] (infinite ends allowed). */
  forEachInRange(lo: number, hi: number, visit: (item: number) => void): void {
    if (lo > hi) return;
    const end = this.upperBound(hi);
    for (let p = this.lowerBound(lo); p < end; p++) visit(this.order[p]!);
  }
}

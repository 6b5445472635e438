/**
 * Item indices sorted by a numeric key, for range queries: "which items have a key between lo and
 * hi" costs two binary searches plus the size of the answer.
 */
export class SortedIndex {
  /** Item indices in ascending key order. */
  readonly order: Uint32Array;
  /** `keys[order[i]]`, so binary searches read memory in order. */
  private readonly sortedKeys: Float64Array;

  constructor(keys: ArrayLike<number>) {
    const n = keys.length;
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => keys[a]! - keys[b]! || a - b);
    this.order = order;
    this.sortedKeys = new Float64Array(n);
    for (let i = 0; i < n; i++) this.sortedKeys[i] = keys[order[i]!]!;
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

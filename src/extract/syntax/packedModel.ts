// Shipped weights laid out for fast lookup. Rows are sparse (a feature votes for a few tags or
// labels), so they keep only their non-zero weights, each entry packed with its class in one 32-bit
// integer. Keys are spread over buckets by hash, and a bucket keeps its keys, where each key's row
// ends, and then those rows' entries, side by side in one array: a lookup reads the bucket's place
// in a small index and then one stretch of memory (mostly one cache line) that holds the key and
// its weights together, instead of a slot in one large table and then the row in another.
import type { QuantisedRows, Scorer } from './linearModel';

/** Row starts are 24-bit, entry counts 8-bit, classes 16-bit. */
const MAX_ENTRIES = 1 << 24;
const MAX_CLASSES = 256;
/** Most keys in one bucket (4 bits of its index value). */
const MAX_BUCKET = 15;
/** Slots of the lookup cache (a power of two; 64 KB). */
const CACHE_SLOTS = 8192;
/** Skips no feature (feature vectors hold at most 128). */
const NO_SKIP = new Uint8Array(128);

function bucketOf(key: number, mask: number): number {
  return (key ^ (key >>> 16)) & mask;
}

interface SparseRows {
  rowStart: Int32Array;
  entries: Int32Array;
}

/** Keys stored (0 stands for an empty slot elsewhere, so key 0 is stored as 1, as everywhere). */
function storedKey(key: number): number {
  return key === 0 ? 1 : key;
}

/** Buckets for `keys`: at least one per two keys, and more until none holds over MAX_BUCKET. */
function bucketCount(keys: Int32Array): { mask: number; sizes: Int32Array } {
  let buckets = 1024;
  while (buckets * 2 < keys.length) buckets *= 2;
  for (;;) {
    const sizes = new Int32Array(buckets);
    let largest = 0;
    for (let r = 0; r < keys.length; r++) largest = Math.max(largest, ++sizes[bucketOf(storedKey(keys[r]!), buckets - 1)]!);
    if (largest <= MAX_BUCKET) return { mask: buckets - 1, sizes };
    buckets *= 2;
  }
}

export class PackedModel implements Scorer {
  readonly classes: number;
  private readonly mask: number;
  /** Per bucket: where its stretch starts in `data` << 4 | how many keys it holds. */
  private readonly index: Int32Array;
  /**
   * Per bucket of m keys: the m keys, then for each the end of its row in `data`, then the rows'
   * entries in the same order (class << 16 | (weight & 0xffff)); the first row starts right after
   * the m ends, every other where the one before it ends.
   */
  private readonly data: Int32Array;
  /** Integer sums while scoring (exact; copied into the caller's scores at the end). */
  private readonly sums: Int32Array;
  /** Direct-mapped cache of recent lookups: key (0 = empty), then its row (start | count << 24; 0: no row). */
  private readonly cache = new Int32Array(CACHE_SLOTS * 2);
  /** Rows of the features of one vector, found before any is added. */
  private readonly rowsFound = new Int32Array(128);
  /** Keys of one vector to look up in the table: the key, its bucket's index value, its bucket's first word. */
  private readonly pendingKeys = new Int32Array(128);
  private readonly pendingBuckets = new Int32Array(128);
  private readonly pendingFirst = new Int32Array(128);

  constructor(rows: QuantisedRows) {
    if (rows.classes > MAX_CLASSES) throw new Error(`At most ${MAX_CLASSES} classes fit the packed layout`);
    this.classes = rows.classes;
    this.sums = new Int32Array(rows.classes);
    const sparse = rows.sparse ?? sparseRows(rows);
    const { mask, sizes } = bucketCount(rows.keys);
    this.mask = mask;
    const length = rows.keys.length * 2 + sparse.entries.length;
    if (length >= MAX_ENTRIES) throw new Error(`At most ${MAX_ENTRIES} weights fit the packed layout`);
    this.index = new Int32Array(mask + 1);
    this.data = new Int32Array(length);
    this.fill(rows.keys, sparse, sizes);
  }

  /** Lays the rows out bucket by bucket (rows of one bucket in their order in `keys`). */
  private fill(keys: Int32Array, sparse: SparseRows, sizes: Int32Array): void {
    const { index, data, mask } = this;
    // Where each bucket's stretch starts, and how many of its rows are placed so far.
    const entriesIn = new Int32Array(mask + 1);
    for (let r = 0; r < keys.length; r++) entriesIn[bucketOf(storedKey(keys[r]!), mask)]! += sparse.rowStart[r + 1]! - sparse.rowStart[r]!;
    let at = 0;
    for (let b = 0; b <= mask; b++) {
      index[b] = (at << 4) | sizes[b]!;
      at += sizes[b]! * 2 + entriesIn[b]!;
    }
    const placed = new Int32Array(mask + 1);
    const nextEntry = new Int32Array(mask + 1);
    for (let b = 0; b <= mask; b++) nextEntry[b] = (index[b]! >>> 4) + sizes[b]! * 2;
    for (let r = 0; r < keys.length; r++) {
      const key = storedKey(keys[r]!);
      const b = bucketOf(key, mask);
      const start = index[b]! >>> 4;
      const j = placed[b]!++;
      data[start + j] = key;
      let at = nextEntry[b]!;
      for (let e = sparse.rowStart[r]!; e < sparse.rowStart[r + 1]!; e++) data[at++] = sparse.entries[e]!;
      nextEntry[b] = at;
      data[start + sizes[b]! + j] = at;
    }
  }

  score(features: Int32Array, count: number, scores: Float32Array): void {
    const { classes, sums } = this;
    sums.fill(0);
    this.accumulate(features, count, sums, NO_SKIP);
    for (let k = 0; k < classes; k++) scores[k] = sums[k]!;
  }

  /** Adds the rows of features[i] (i < count, skip[i] = 0) to the integer class sums `into`. */
  accumulate(features: Int32Array, count: number, into: Int32Array, skip: Uint8Array): void {
    const { data, cache, rowsFound, pendingFirst } = this;
    // All rows are found first, then added, and the keys that reach the table are looked up in
    // steps over all of them (bucket places, then bucket contents, then the search): the processor
    // waits for several reads from memory at once instead of one after another.
    let found = 0;
    let pending = 0;
    const { index, mask, pendingKeys, pendingBuckets } = this;
    for (let i = 0; i < count; i++) {
      if (skip[i] !== 0) continue;
      const key = storedKey(features[i]!);
      const c = (Math.imul(key, 0x9e3779b1) >>> 19) << 1;
      if (cache[c] === key) rowsFound[found++] = cache[c + 1]!;
      else {
        pendingKeys[pending] = key;
        pendingBuckets[pending++] = index[bucketOf(key, mask)]!;
      }
    }
    for (let p = 0; p < pending; p++) pendingFirst[p] = data[pendingBuckets[p]! >>> 4]!;
    for (let p = 0; p < pending; p++) {
      const key = pendingKeys[p]!;
      const row = this.rowIn(pendingBuckets[p]!, key);
      const c = (Math.imul(key, 0x9e3779b1) >>> 19) << 1;
      cache[c] = key;
      cache[c + 1] = row;
      rowsFound[found++] = row;
    }
    for (let i = 0; i < found; i++) {
      const row = rowsFound[i]!;
      const start = row & 0xffffff;
      const end = start + (row >>> 24);
      for (let e = start; e < end; e++) {
        const entry = data[e]!;
        const k = entry >>> 16;
        into[k] = into[k]! + ((entry << 16) >> 16);
      }
    }
  }

  /** start | count << 24 of the row of `key` (stored form) in `bucket` (its index value), or 0 (no entries) when absent. */
  private rowIn(bucket: number, key: number): number {
    const { data } = this;
    const size = bucket & 15;
    const start = bucket >>> 4;
    for (let j = 0; j < size; j++) {
      if (data[start + j] !== key) continue;
      const from = j === 0 ? start + size * 2 : data[start + size + j - 1]!;
      return from | ((data[start + size + j]! - from) << 24);
    }
    return 0;
  }
}

function sparseRows(rows: QuantisedRows): SparseRows {
  let count = 0;
  for (const w of rows.weights) if (w !== 0) count++;
  if (count >= MAX_ENTRIES) throw new Error(`At most ${MAX_ENTRIES} weights fit the packed layout`);
  const rowStart = new Int32Array(rows.keys.length + 1);
  const entries = new Int32Array(count);
  let e = 0;
  for (let r = 0; r < rows.keys.length; r++) {
    rowStart[r] = e;
    for (let k = 0; k < rows.classes; k++) {
      const w = rows.weights[r * rows.classes + k]!;
      if (w !== 0) entries[e++] = (k << 16) | (w & 0xffff);
    }
  }
  rowStart[rows.keys.length] = e;
  return { rowStart, entries };
}

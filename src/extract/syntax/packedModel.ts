// Shipped weights laid out for fast lookup: an open-addressing table whose slots hold the feature key
// next to where its row starts and how many entries it has. Rows are sparse (a feature votes for a
// few tags or labels), so they keep only their non-zero weights, each entry packed with its class in
// one 32-bit integer: a feature costs two memory reads (its slot, then its entries).
import type { QuantisedRows, Scorer } from './linearModel';

function slotOf(key: number, mask: number): number {
  return (key ^ (key >>> 16)) & mask;
}

/** Entry starts are 24-bit, entry counts 8-bit, classes 16-bit. */
const MAX_ENTRIES = 1 << 24;
const MAX_CLASSES = 256;
/** Slots of the lookup cache (a power of two; 64 KB). */
const CACHE_SLOTS = 8192;
/** Skips no feature (feature vectors hold at most 128). */
const NO_SKIP = new Uint8Array(128);

export class PackedModel implements Scorer {
  readonly classes: number;
  private readonly mask: number;
  /** Pairs of ints: key (0 = empty), then start | count << 24 of its row's entries. */
  private readonly slots: Int32Array;
  /** class << 16 | (weight & 0xffff), row after row. */
  private readonly entries: Int32Array;
  /** Integer sums while scoring (exact; copied into the caller's scores at the end). */
  private readonly sums: Int32Array;
  /** Direct-mapped cache of recent lookups: key (0 = empty), then its slot's row value (0: no row). */
  private readonly cache = new Int32Array(CACHE_SLOTS * 2);

  constructor(rows: QuantisedRows) {
    if (rows.classes > MAX_CLASSES) throw new Error(`At most ${MAX_CLASSES} classes fit the packed layout`);
    this.classes = rows.classes;
    let capacity = 1024;
    while (capacity < rows.keys.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * 2);
    const sparse = rows.sparse ?? sparseRows(rows);
    if (sparse.entries.length >= MAX_ENTRIES) throw new Error(`At most ${MAX_ENTRIES} weights fit the packed layout`);
    this.entries = sparse.entries;
    this.sums = new Int32Array(rows.classes);
    rows.keys.forEach((rawKey, row) => {
      const key = rawKey === 0 ? 1 : rawKey;
      let slot = slotOf(key, this.mask);
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = key;
      this.slots[slot * 2 + 1] = sparse.rowStart[row]! | ((sparse.rowStart[row + 1]! - sparse.rowStart[row]!) << 24);
    });
  }

  score(features: Int32Array, count: number, scores: Float32Array): void {
    const { classes, sums } = this;
    sums.fill(0);
    this.accumulate(features, count, sums, NO_SKIP);
    for (let k = 0; k < classes; k++) scores[k] = sums[k]!;
  }

  /** Adds the rows of features[i] (i < count, skip[i] = 0) to the integer class sums `into`. */
  accumulate(features: Int32Array, count: number, into: Int32Array, skip: Uint8Array): void {
    const { entries, cache } = this;
    for (let i = 0; i < count; i++) {
      if (skip[i] !== 0) continue;
      const raw = features[i]!;
      const key = raw === 0 ? 1 : raw;
      const c = (Math.imul(key, 0x9e3779b1) >>> 19) << 1;
      let row: number;
      if (cache[c] === key) row = cache[c + 1]!;
      else {
        row = this.lookup(key);
        cache[c] = key;
        cache[c + 1] = row;
      }
      const start = row & 0xffffff;
      const end = start + (row >>> 24);
      for (let e = start; e < end; e++) {
        const entry = entries[e]!;
        const k = entry >>> 16;
        into[k] = into[k]! + ((entry << 16) >> 16);
      }
    }
  }

  /** start | count << 24 of the row of `key`, or 0 (no entries) when the table lacks it. */
  private lookup(key: number): number {
    const { mask, slots } = this;
    let slot = slotOf(key, mask);
    let found = slots[slot << 1]!;
    while (found !== key && found !== 0) {
      slot = (slot + 1) & mask;
      found = slots[slot << 1]!;
    }
    return found === 0 ? 0 : slots[(slot << 1) + 1]!;
  }
}

function sparseRows(rows: QuantisedRows): { rowStart: Int32Array; entries: Int32Array } {
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

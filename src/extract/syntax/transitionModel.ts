// Shipped weights of the three-way transition classifier, laid out for the parser's hot path: each
// slot of an open-addressing table holds a feature key and, packed into one 32-bit integer, its
// weights for LEFT and RIGHT minus its weight for SHIFT. Only differences between the three scores
// decide a transition, and subtracting one row's SHIFT weight from all three of its weights moves
// every class's sum by the same integer, so choices (ties included) are those of the full rows while
// a slot takes 8 bytes instead of 16 and the table fits a quarter of the cache the full one needs.
import { KeyFilter } from './keyFilter';
import type { QuantisedRows, Scorer } from './linearModel';

/** Packed differences are 12-bit signed integers. */
const DIFFERENCE_LIMIT = 2047;
/** Slots of the small cache in front of the table (a power of two; 64 KB, within L2). */
const CACHE_SLOTS = 8192;
/** Most keys per slot before the table doubles (linear probing stays within a cache line or two). */
const LOAD = 0.7;

/** Whether `rows` (three classes) can be packed: every difference fits in 12 bits. */
export function fitsTransitionModel(rows: QuantisedRows): boolean {
  if (rows.classes !== 3) return false;
  const w = rows.weights;
  for (let r = 0; r < rows.keys.length; r++) {
    const base = r * 3;
    if (Math.abs(w[base + 1]! - w[base]!) > DIFFERENCE_LIMIT || Math.abs(w[base + 2]! - w[base]!) > DIFFERENCE_LIMIT) return false;
  }
  return true;
}

export class TransitionModel implements Scorer {
  readonly classes = 3;
  private readonly mask: number;
  /** Pairs of ints: key (0 = empty), then (LEFT − SHIFT) << 12 | (RIGHT − SHIFT), 12 bits each. */
  private readonly slots: Int32Array;
  /**
   * Direct-mapped cache of recent lookups: key (0 = empty) and its packed weights (0 when the table
   * lacks the key, which adds nothing either). Tag and label templates recur from word to word, so
   * most lookups stay in this small table instead of reaching the large one in memory.
   */
  private readonly cache = new Int32Array(CACHE_SLOTS * 2);
  private readonly margins = new Int32Array(2);
  /** Keys the table may hold (see KeyFilter). */
  private readonly filter: KeyFilter;
  /** Positions in a feature vector of the keys looked up in the table, and the key in each one's home slot. */
  private readonly missed = new Int32Array(128);
  private readonly firstKey = new Int32Array(128);
  /** The same for addMarginsEach, grown to its largest batch. */
  private batchMissed = new Int32Array(0);
  private batchFirst = new Int32Array(0);

  constructor(rows: QuantisedRows) {
    if (!fitsTransitionModel(rows)) throw new Error('Transition weights do not fit the packed layout');
    let capacity = 1024;
    while (capacity * LOAD < rows.keys.length) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * 2);
    this.filter = new KeyFilter(rows.keys.length);
    const w = rows.weights;
    rows.keys.forEach((rawKey, row) => {
      const key = rawKey === 0 ? 1 : rawKey;
      let slot = (key ^ (key >>> 16)) & this.mask;
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      const base = row * 3;
      this.slots[slot * 2] = key;
      this.filter.add(key);
      this.slots[slot * 2 + 1] = (((w[base + 1]! - w[base]!) & 0xfff) << 12) | ((w[base + 2]! - w[base]!) & 0xfff);
    });
  }

  /** Scores relative to SHIFT: scores[0] is 0, scores[1] and scores[2] the LEFT and RIGHT margins. */
  score(features: Int32Array, count: number, scores: Float32Array): void {
    const margins = this.margins;
    margins[0] = 0;
    margins[1] = 0;
    this.addMargins(features, count, margins, 0);
    scores[0] = 0;
    scores[1] = margins[0]!;
    scores[2] = margins[1]!;
  }

  /** Adds the LEFT and RIGHT margins of features[0..count) to into[at] and into[at + 1]. */
  addMargins(features: Int32Array, count: number, into: Int32Array, at: number): void {
    const { mask, slots, cache, missed, firstKey, filter } = this;
    let left = 0;
    let right = 0;
    let misses = 0;
    // Keys neither the cache nor the filter settles have their home slot read first, all of them
    // before any is resolved, so the processor overlaps those reads from memory instead of waiting
    // for each in turn.
    for (let i = 0; i < count; i++) {
      const raw = features[i]!;
      const key = raw === 0 ? 1 : raw;
      const c = (Math.imul(key, 0x9e3779b1) >>> 19) << 1;
      if (cache[c] === key) {
        const packed = cache[c + 1]!;
        left += (packed << 8) >> 20;
        right += (packed << 20) >> 20;
      } else if (!filter.mayHave(key)) {
        cache[c] = key;
        cache[c + 1] = 0;
      } else {
        missed[misses] = i;
        firstKey[misses++] = slots[((key ^ (key >>> 16)) & mask) << 1]!;
      }
    }
    for (let m = 0; m < misses; m++) {
      const raw = features[missed[m]!]!;
      const key = raw === 0 ? 1 : raw;
      const packed = this.resolve(key, firstKey[m]!);
      const c = (Math.imul(key, 0x9e3779b1) >>> 19) << 1;
      cache[c] = key;
      cache[c + 1] = packed;
      left += (packed << 8) >> 20;
      right += (packed << 20) >> 20;
    }
    into[at] = into[at]! + left;
    into[at + 1] = into[at + 1]! + right;
  }

  /**
   * Adds the LEFT and RIGHT margins of each features[i] (i < count) to into[at[i]] and into[at[i] + 1]:
   * many vectors' keys looked up together, so that more reads from memory overlap than one vector has.
   */
  addMarginsEach(features: Int32Array, count: number, at: Int32Array, into: Int32Array): void {
    if (this.batchMissed.length < count) {
      this.batchMissed = new Int32Array(count);
      this.batchFirst = new Int32Array(count);
    }
    const { mask, slots, cache, filter, batchMissed, batchFirst } = this;
    let misses = 0;
    for (let i = 0; i < count; i++) {
      const raw = features[i]!;
      const key = raw === 0 ? 1 : raw;
      const c = (Math.imul(key, 0x9e3779b1) >>> 19) << 1;
      if (cache[c] === key) {
        const packed = cache[c + 1]!;
        const to = at[i]!;
        into[to] = into[to]! + ((packed << 8) >> 20);
        into[to + 1] = into[to + 1]! + ((packed << 20) >> 20);
      } else if (!filter.mayHave(key)) {
        cache[c] = key;
        cache[c + 1] = 0;
      } else {
        batchMissed[misses] = i;
        batchFirst[misses++] = slots[((key ^ (key >>> 16)) & mask) << 1]!;
      }
    }
    for (let m = 0; m < misses; m++) {
      const i = batchMissed[m]!;
      const raw = features[i]!;
      const key = raw === 0 ? 1 : raw;
      const packed = this.resolve(key, batchFirst[m]!);
      const c = (Math.imul(key, 0x9e3779b1) >>> 19) << 1;
      cache[c] = key;
      cache[c + 1] = packed;
      const to = at[i]!;
      into[to] = into[to]! + ((packed << 8) >> 20);
      into[to + 1] = into[to + 1]! + ((packed << 20) >> 20);
    }
  }

  /** Packed weights of `key` (non-zero; `first`, the key in its home slot), or 0 when the table lacks it. */
  private resolve(key: number, first: number): number {
    const { mask, slots } = this;
    let slot = (key ^ (key >>> 16)) & mask;
    let found = first;
    while (found !== key && found !== 0) {
      slot = (slot + 1) & mask;
      found = slots[slot << 1]!;
    }
    return found === 0 ? 0 : slots[(slot << 1) + 1]!;
  }
}

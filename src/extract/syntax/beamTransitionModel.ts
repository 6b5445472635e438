// Shipped weights of the transition classifier for beam search: hypotheses are ranked by whole
// scores, so each slot of the open-addressing table keeps a key with all three weights (SHIFT, LEFT,
// RIGHT) rather than the margins over SHIFT that are enough for greedy parsing (see TransitionModel).
import type { QuantisedRows, Scorer } from './linearModel';

/** Slots of the small direct-mapped cache in front of the table (a power of two). */
const CACHE_SLOTS = 8192;
const LOAD = 0.7;
/** Ints per slot: key (0 = empty), then the SHIFT, LEFT and RIGHT weights. */
const STRIDE = 4;

export class BeamTransitionModel implements Scorer {
  readonly classes = 3;
  private readonly mask: number;
  private readonly slots: Int32Array;
  /** Recent lookups: key (0 = empty), then the slot's offset in `slots` (-1: key absent). */
  private readonly cache = new Int32Array(CACHE_SLOTS * 2);

  constructor(rows: QuantisedRows) {
    if (rows.classes !== 3) throw new Error('The transition classifier has three classes');
    let capacity = 1024;
    while (capacity * LOAD < rows.keys.length) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * STRIDE + STRIDE);
    const w = rows.weights;
    rows.keys.forEach((rawKey, row) => {
      const key = rawKey === 0 ? 1 : rawKey;
      let slot = (key ^ (key >>> 16)) & this.mask;
      while (this.slots[slot * STRIDE] !== 0) slot = (slot + 1) & this.mask;
      const at = slot * STRIDE;
      this.slots[at] = key;
      this.slots[at + 1] = w[row * 3]!;
      this.slots[at + 2] = w[row * 3 + 1]!;
      this.slots[at + 3] = w[row * 3 + 2]!;
    });
  }

  score(features: Int32Array, count: number, scores: Float32Array): void {
    const { cache, slots } = this;
    // The extra slot past the table stays all zero: absent keys point there.
    const absent = slots.length - STRIDE;
    let shift = 0;
    let left = 0;
    let right = 0;
    for (let i = 0; i < count; i++) {
      const raw = features[i]!;
      const key = raw === 0 ? 1 : raw;
      const c = (Math.imul(key, 0x9e3779b1) >>> 19) << 1;
      let at: number;
      if (cache[c] === key) at = cache[c + 1]!;
      else {
        at = this.lookup(key, absent);
        cache[c] = key;
        cache[c + 1] = at;
      }
      shift += slots[at + 1]!;
      left += slots[at + 2]!;
      right += slots[at + 3]!;
    }
    scores[0] = shift;
    scores[1] = left;
    scores[2] = right;
  }

  private lookup(key: number, absent: number): number {
    const { mask, slots } = this;
    let slot = (key ^ (key >>> 16)) & mask;
    let found = slots[slot * STRIDE]!;
    while (found !== key && found !== 0) {
      slot = (slot + 1) & mask;
      found = slots[slot * STRIDE]!;
    }
    return found === 0 ? absent : slot * STRIDE;
  }
}

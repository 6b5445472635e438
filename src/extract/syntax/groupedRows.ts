// Some features of a vector recur together: those read only from a small domain (a pair of tags and a
// direction, the two previous tags) or from the word alone (its form, prefixes, suffixes, shape). The
// sum of their weight rows is the same whenever their keys are, so it is kept once computed, beside
// those keys, and added as one vector instead of looking up and adding each row again. A kept sum is
// used only when all its keys match, and sums are integers, so the scores are exactly those of
// scoring every feature one by one (same choices, same ties).
import type { PackedModel } from './packedModel';

/** One group of features: where they sit in a vector, and the sums kept for their keys. */
class RowGroup {
  private readonly mask: number;
  /** Per slot: the group's keys, then its class sums. */
  private readonly kept: Int32Array;
  private readonly stride: number;
  private readonly filled: Uint8Array;

  constructor(
    private readonly model: PackedModel,
    readonly positions: readonly number[],
    slots: number,
  ) {
    let capacity = 1;
    while (capacity < slots) capacity *= 2;
    this.mask = capacity - 1;
    this.stride = positions.length + model.classes;
    this.kept = new Int32Array(capacity * this.stride);
    this.filled = new Uint8Array(capacity);
  }

  /** Adds the group's sum to `sums` (or writes it there, `first`), keeping it in the slot `value` picks when not kept yet. */
  addTo(features: Int32Array, value: number, sums: Int32Array, first: boolean): void {
    const { kept, positions } = this;
    const classes = this.model.classes;
    const slot = value & this.mask;
    const at = slot * this.stride;
    let hit = this.filled[slot] === 1;
    for (let j = 0; hit && j < positions.length; j++) hit = kept[at + j] === features[positions[j]!];
    if (!hit) this.keep(features, slot, at);
    const from = at + positions.length;
    if (first) for (let k = 0; k < classes; k++) sums[k] = kept[from + k]!;
    else for (let k = 0; k < classes; k++) sums[k] = sums[k]! + kept[from + k]!;
  }

  private keep(features: Int32Array, slot: number, at: number): void {
    const { kept, positions } = this;
    for (let j = 0; j < positions.length; j++) kept[at + j] = features[positions[j]!]!;
    const from = at + positions.length;
    kept.fill(0, from, from + this.model.classes);
    this.model.accumulate(kept.subarray(at, from), positions.length, kept.subarray(from, from + this.model.classes), NO_SKIP);
    this.filled[slot] = 1;
  }
}

export class GroupedRows {
  readonly classes: number;
  private readonly groups: RowGroup[];
  /** 1 at the positions of grouped features in a feature vector. */
  private readonly grouped = new Uint8Array(128);
  private readonly sums: Int32Array;

  /**
   * `groups`: where each group's features sit in the vectors given to `score`, and how many sums
   * of it are kept (rounded up to a power of two), each in the slot its value picks.
   */
  constructor(
    private readonly model: PackedModel,
    groups: readonly { positions: readonly number[]; slots: number }[],
  ) {
    this.classes = model.classes;
    this.groups = groups.map((g) => new RowGroup(model, g.positions, g.slots));
    for (const g of groups) for (const p of g.positions) this.grouped[p] = 1;
    this.sums = new Int32Array(this.classes);
  }

  /**
   * Class scores of features[0..count). values[g] picks the slot where group g's sum is kept: the
   * same keys should give the same value (a domain index, or a hash of the keys).
   */
  score(features: Int32Array, count: number, values: Int32Array, scores: Float32Array): void {
    const { sums, classes } = this;
    this.sum(features, count, values);
    for (let k = 0; k < classes; k++) scores[k] = sums[k]!;
  }

  /**
   * The class `score` would rank first (first one on ties), other than `excluded` (-1: none): the
   * same choice as `bestClass` on the scores, read from the integer sums without copying them.
   */
  best(features: Int32Array, count: number, values: Int32Array, excluded: number): number {
    const { sums, classes } = this;
    this.sum(features, count, values);
    let best = -1;
    let bestSum = 0;
    for (let k = 0; k < classes; k++) {
      if (k !== excluded && (best < 0 || sums[k]! > bestSum)) {
        bestSum = sums[k]!;
        best = k;
      }
    }
    return best;
  }

  private sum(features: Int32Array, count: number, values: Int32Array): void {
    const { sums, groups } = this;
    if (groups.length === 0) sums.fill(0);
    for (let g = 0; g < groups.length; g++) groups[g]!.addTo(features, values[g]!, sums, g === 0);
    this.model.accumulate(features, count, sums, this.grouped);
  }
}

const NO_SKIP = new Uint8Array(128);

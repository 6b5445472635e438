// Some features of a vector take their values from a small domain (a pair of tags and a direction,
// the two previous tags): their keys, and so the sum of their weight rows, are the same whenever that
// domain value recurs. This keeps each such sum once computed and adds it as one vector instead of
// looking up and adding each row again. Sums are integers, so the scores are exactly those of
// scoring every feature one by one (same choices, same ties).
import type { PackedModel } from './packedModel';

export class GroupedRows {
  readonly classes: number;
  /** 1 at the positions of the grouped features in a feature vector. */
  private readonly grouped = new Uint8Array(128);
  /** Where each domain value's sums start in `pool` (-1: not computed yet). */
  private readonly offsets: Int32Array;
  private pool: Int32Array;
  private used = 0;
  private readonly groupKeys: Int32Array;
  private readonly scratch: Int32Array;
  private readonly sums: Int32Array;

  /**
   * `positions`: where the grouped features sit in the vectors given to `sum`; their keys must be a
   * function of the domain value (0 ≤ value < domain) the caller passes with each vector.
   */
  constructor(
    private readonly model: PackedModel,
    private readonly positions: readonly number[],
    domain: number,
  ) {
    this.classes = model.classes;
    for (const p of positions) this.grouped[p] = 1;
    this.offsets = new Int32Array(domain).fill(-1);
    this.pool = new Int32Array(this.classes * 256);
    this.groupKeys = new Int32Array(positions.length);
    this.scratch = new Int32Array(this.classes);
    this.sums = new Int32Array(this.classes);
  }

  /** Class scores of features[0..count), whose grouped features take domain value `value`. */
  score(features: Int32Array, count: number, value: number, scores: Float32Array): void {
    let at = this.offsets[value]!;
    if (at < 0) at = this.remember(features, value);
    const { pool, classes, sums } = this;
    for (let k = 0; k < classes; k++) sums[k] = pool[at + k]!;
    this.model.accumulate(features, count, sums, this.grouped);
    for (let k = 0; k < classes; k++) scores[k] = sums[k]!;
  }

  private remember(features: Int32Array, value: number): number {
    const { positions, groupKeys, scratch, classes } = this;
    for (let j = 0; j < positions.length; j++) groupKeys[j] = features[positions[j]!]!;
    scratch.fill(0);
    this.model.accumulate(groupKeys, positions.length, scratch, NO_SKIP);
    if (this.used + classes > this.pool.length) {
      const grown = new Int32Array(this.pool.length * 2);
      grown.set(this.pool);
      this.pool = grown;
    }
    const at = this.used;
    this.pool.set(scratch, at);
    this.used += classes;
    this.offsets[value] = at;
    return at;
  }
}

const NO_SKIP = new Uint8Array(128);

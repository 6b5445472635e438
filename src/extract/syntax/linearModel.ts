import type { FeatureIndex } from './featureIndex';

/** Anything that scores a feature vector against every class (training or shipped weights). */
export interface Scorer {
  readonly classes: number;
  /** Writes one score per class into `scores` (length ≥ classes). */
  score(features: Int32Array, count: number, scores: Float32Array): void;
}

/** Index of the highest score among classes where `allowed` is true (first one on ties); -1 if none. */
export function bestClass(scores: Float32Array, classes: number, allowed?: (k: number) => boolean): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let k = 0; k < classes; k++) {
    if (allowed && !allowed(k)) continue;
    if (scores[k]! > bestScore) {
      bestScore = scores[k]!;
      best = k;
    }
  }
  return best;
}

/** Sums, per class, the weight rows of the features the index knows (rows × classes weights). */
export function sumRows(index: FeatureIndex, weights: Int16Array | Float32Array, classes: number, features: Int32Array, count: number, scores: Float32Array): void {
  scores.fill(0, 0, classes);
  for (let i = 0; i < count; i++) {
    const row = index.find(features[i]!);
    if (row < 0) continue;
    const base = row * classes;
    for (let k = 0; k < classes; k++) scores[k] = scores[k]! + weights[base + k]!;
  }
}

/** Shipped weights: integer rows (one value per class) found through a feature index. */
export class LinearModel implements Scorer {
  constructor(
    readonly classes: number,
    readonly index: FeatureIndex,
    /** rows × classes weights (quantised integers when shipped). */
    readonly weights: Int16Array | Float32Array,
  ) {}

  score(features: Int32Array, count: number, scores: Float32Array): void {
    sumRows(this.index, this.weights, this.classes, features, count, scores);
  }
}

/** Row keys with their quantised weights, before they are indexed for scoring. */
export interface QuantisedRows {
  classes: number;
  keys: Int32Array;
  weights: Int16Array;
  /**
   * The same weights row by row without zeros, when the reader had them that way (a model file):
   * entries[rowStart[r] .. rowStart[r + 1]) are class << 16 | (weight & 0xffff).
   */
  sparse?: { rowStart: Int32Array; entries: Int32Array };
}

import { FeatureIndex } from './featureIndex';
import { LinearModel, sumRows, type QuantisedRows, type Scorer } from './linearModel';

/**
 * Averaged perceptron for training (Collins 2002), with the running-sum trick: `totals` collects
 * each update times the step it happened at, so the average is weights − totals / steps.
 */
export class AveragedPerceptron implements Scorer {
  readonly index = new FeatureIndex(1 << 16);
  private weights: Float32Array;
  private totals: Float32Array;
  private step = 1;

  constructor(readonly classes: number) {
    this.weights = new Float32Array(classes * 4096);
    this.totals = new Float32Array(classes * 4096);
  }

  score(features: Int32Array, count: number, scores: Float32Array): void {
    sumRows(this.index, this.weights, this.classes, features, count, scores);
  }

  /** One training decision has been made (counts towards the average). */
  tick(): void {
    this.step++;
  }

  /** Moves weights towards `truth` and away from `guess` for every feature. */
  update(features: Int32Array, count: number, truth: number, guess: number): void {
    if (truth === guess) return;
    for (let i = 0; i < count; i++) {
      const row = this.index.findOrAdd(features[i]!);
      this.ensureRows(row + 1);
      const base = row * this.classes;
      this.weights[base + truth]! += 1;
      this.totals[base + truth]! += this.step;
      this.weights[base + guess]! -= 1;
      this.totals[base + guess]! -= this.step;
    }
  }

  /** Adds `delta` to the weight of class `cls` for every feature (structured updates). */
  adjust(features: Int32Array, count: number, cls: number, delta: number): void {
    for (let i = 0; i < count; i++) {
      const row = this.index.findOrAdd(features[i]!);
      this.ensureRows(row + 1);
      this.weights[row * this.classes + cls]! += delta;
      this.totals[row * this.classes + cls]! += delta * this.step;
    }
  }

  /** The averaged weights so far, as a model sharing this perceptron's index (read-only use). */
  averaged(): LinearModel {
    const length = this.index.size * this.classes;
    const averaged = new Float32Array(length);
    for (let i = 0; i < length; i++) averaged[i] = this.weights[i]! - this.totals[i]! / this.step;
    return new LinearModel(this.classes, this.index, averaged);
  }

  /**
   * The averaged weights as integers: scaled so that `levels` is the largest magnitude kept after
   * clipping at the given quantile of non-zero magnitudes. Rows whose largest magnitude stays
   * below `keepFrom` (at least 1: all-zero rows) are dropped, which prunes features that barely vote.
   */
  quantise(levels: number, clipQuantile: number, keepFrom = 1): QuantisedRows {
    const classes = this.classes;
    const rows = this.index.size;
    const averaged = new Float64Array(rows * classes);
    for (let i = 0; i < averaged.length; i++) averaged[i] = this.weights[i]! - this.totals[i]! / this.step;
    const clip = quantileOfMagnitudes(averaged, clipQuantile);
    const factor = levels / clip;
    const keys = this.index.entries();
    const order = Array.from({ length: rows }, (_, r) => r).sort((a, b) => (keys[a]! >>> 0) - (keys[b]! >>> 0));
    const keptKeys: number[] = [];
    const kept: number[] = [];
    const values: number[] = new Array<number>(classes);
    for (const r of order) {
      let largest = 0;
      for (let k = 0; k < classes; k++) {
        const q = Math.max(-levels, Math.min(levels, Math.round(averaged[r * classes + k]! * factor)));
        values[k] = q;
        largest = Math.max(largest, Math.abs(q));
      }
      if (largest < Math.max(1, keepFrom)) continue;
      keptKeys.push(keys[r]!);
      for (const q of values) kept.push(q);
    }
    return { classes, keys: Int32Array.from(keptKeys), weights: Int16Array.from(kept) };
  }

  private ensureRows(rows: number): void {
    const needed = rows * this.classes;
    if (needed <= this.weights.length) return;
    let length = this.weights.length;
    while (length < needed) length *= 2;
    const weights = new Float32Array(length);
    weights.set(this.weights);
    const totals = new Float32Array(length);
    totals.set(this.totals);
    this.weights = weights;
    this.totals = totals;
  }
}

function quantileOfMagnitudes(values: Float64Array, quantile: number): number {
  let nonZero = 0;
  for (const v of values) if (v !== 0) nonZero++;
  if (nonZero === 0) return 1;
  const magnitudes = new Float64Array(nonZero);
  let n = 0;
  for (const v of values) if (v !== 0) magnitudes[n++] = Math.abs(v);
  magnitudes.sort();
  return magnitudes[Math.min(nonZero - 1, Math.floor(nonZero * quantile))]!;
}

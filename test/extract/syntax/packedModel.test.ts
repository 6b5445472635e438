// The shipped tagger and label tables (rows laid out bucket by bucket behind a key filter) must sum
// exactly the weights a plain index over dense rows sums: for keys they hold, keys they lack (most
// of which the filter turns away), key 0 (stored as 1) and keys repeated within one vector.
import { describe, expect, it } from 'vitest';
import { FeatureIndex } from '../../../src/extract/syntax/featureIndex';
import { seededRandom } from '../../../src/extract/syntax/featureHash';
import { LinearModel } from '../../../src/extract/syntax/linearModel';
import { PackedModel } from '../../../src/extract/syntax/packedModel';

function randomRows(rows: number, classes: number, seed: number) {
  const random = seededRandom(seed);
  const keys = Int32Array.from({ length: rows }, () => (random() * 2 ** 32) | 0);
  keys[0] = 0;
  // Sparse rows, as trained: most weights zero, a few classes voted for or against.
  const weights = Int16Array.from({ length: rows * classes }, () => (random() < 0.08 ? Math.round((random() - 0.5) * 2046) : 0));
  return { random, table: { classes, keys, weights } };
}

function reference(table: { classes: number; keys: Int32Array; weights: Int16Array }): LinearModel {
  const index = new FeatureIndex(table.keys.length);
  table.keys.forEach((key) => index.findOrAdd(key));
  return new LinearModel(table.classes, index, table.weights);
}

describe('PackedModel', () => {
  it('scores feature vectors as dense rows do', () => {
    const { random, table } = randomRows(20_000, 51, 3);
    const packed = new PackedModel(table);
    const plain = reference(table);
    const features = new Int32Array(32);
    const a = new Float32Array(51);
    const b = new Float32Array(51);
    for (let trial = 0; trial < 2000; trial++) {
      for (let i = 0; i < features.length; i++) {
        const r = random();
        features[i] = r < 0.4 ? table.keys[Math.floor(random() * table.keys.length)]! : r < 0.45 ? features[0]! : (random() * 2 ** 32) | 0;
      }
      if (trial % 10 === 0) features[5] = 0;
      packed.score(features, features.length, a);
      plain.score(features, features.length, b);
      expect(Array.from(a)).toEqual(Array.from(b));
    }
  });

  it('keeps every row when many keys share a bucket', () => {
    // Keys that differ only in their top bits share a bucket until the table has 4,096 of them.
    const classes = 5;
    const keys = Int32Array.from({ length: 40 }, (_, i) => (i + 1) << 26);
    const weights = Int16Array.from({ length: keys.length * classes }, (_, i) => (i % 7) - 3);
    const table = { classes, keys, weights };
    const packed = new PackedModel(table);
    const plain = reference(table);
    const a = new Float32Array(classes);
    const b = new Float32Array(classes);
    for (const key of keys) {
      packed.score(Int32Array.of(key), 1, a);
      plain.score(Int32Array.of(key), 1, b);
      expect(Array.from(a)).toEqual(Array.from(b));
    }
  });
});

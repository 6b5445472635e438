// The greedy parser's transition table keeps LEFT − SHIFT and RIGHT − SHIFT per key behind a key
// filter and a small cache; its margins must be exactly those of the full rows, for keys it holds,
// keys it lacks, key 0 and keys repeated within one vector.
import { describe, expect, it } from 'vitest';
import { FeatureIndex } from '../../../src/extract/syntax/featureIndex';
import { seededRandom } from '../../../src/extract/syntax/featureHash';
import { LinearModel } from '../../../src/extract/syntax/linearModel';
import { TransitionModel } from '../../../src/extract/syntax/transitionModel';

describe('TransitionModel', () => {
  it('gives the margins over SHIFT of the full rows', () => {
    const random = seededRandom(11);
    const rows = 30_000;
    const keys = Int32Array.from({ length: rows }, () => (random() * 2 ** 32) | 0);
    keys[0] = 0;
    const weights = Int16Array.from({ length: rows * 3 }, () => Math.round((random() - 0.5) * 2046));
    const table = { classes: 3, keys, weights };
    const packed = new TransitionModel(table);
    const index = new FeatureIndex(rows);
    keys.forEach((key) => index.findOrAdd(key));
    const plain = new LinearModel(3, index, weights);
    const features = new Int32Array(66);
    const a = new Float32Array(3);
    const b = new Float32Array(3);
    for (let trial = 0; trial < 3000; trial++) {
      for (let i = 0; i < features.length; i++) {
        const r = random();
        features[i] = r < 0.5 ? keys[Math.floor(random() * (trial % 2 ? 200 : rows))]! : r < 0.55 ? features[0]! : (random() * 2 ** 32) | 0;
      }
      if (trial % 10 === 0) features[3] = 0;
      packed.score(features, features.length, a);
      plain.score(features, features.length, b);
      expect([a[1]! - a[0]!, a[2]! - a[0]!]).toEqual([b[1]! - b[0]!, b[2]! - b[0]!]);
    }
  });
});

// The beam's transition table must give the whole scores of the rows it was built from (the greedy
// table keeps only margins over SHIFT, which cannot rank hypotheses against each other).
import { describe, expect, it } from 'vitest';
import { BeamTransitionModel } from '../../../src/extract/syntax/beamTransitionModel';
import { seededRandom } from '../../../src/extract/syntax/featureHash';
import { PackedModel } from '../../../src/extract/syntax/packedModel';

describe('BeamTransitionModel', () => {
  it('sums the SHIFT, LEFT and RIGHT weights of the known keys, as the sparse table does', () => {
    const random = seededRandom(7);
    const rows = 5000;
    const keys = Int32Array.from({ length: rows }, (_, i) => (i * 2654435761) | 0);
    keys[0] = 0; // the key that is stored as 1
    const weights = Int16Array.from({ length: rows * 3 }, () => Math.round((random() - 0.5) * 2046));
    const table = { classes: 3, keys, weights };
    const beam = new BeamTransitionModel(table);
    const sparse = new PackedModel(table);
    const features = new Int32Array(40);
    const a = new Float32Array(3);
    const b = new Float32Array(3);
    for (let trial = 0; trial < 200; trial++) {
      for (let i = 0; i < features.length; i++) {
        // Half known keys, half keys the table lacks.
        features[i] = random() < 0.5 ? keys[Math.floor(random() * rows)]! : (Math.floor(random() * 2 ** 32) | 0);
      }
      beam.score(features, features.length, a);
      sparse.score(features, features.length, b);
      expect(Array.from(a)).toEqual(Array.from(b));
    }
    // Whole scores, not margins: a lone SHIFT weight shows as SHIFT's score.
    beam.score(Int32Array.of(keys[1]!), 1, a);
    expect(a[0]).toBe(weights[3]);
  });
});

// key1..key4 are written out for speed; they must give exactly the keys of mixing the template and
// each value in turn and then the closing constant, the keys the shipped model was trained with.
import { describe, expect, it } from 'vitest';
import { key1, key2, key3, key4, mix, seededRandom } from '../../../src/extract/syntax/featureHash';

const CLOSE = 0x2545f491;

describe('feature keys', () => {
  it('are the template and values mixed in turn, for any 32-bit values', () => {
    const random = seededRandom(5);
    const value = () => (random() < 0.3 ? Math.floor(random() * 100) - 8 : (random() * 2 ** 32) | 0);
    for (let trial = 0; trial < 4_000; trial++) {
      const t = Math.floor(random() * 140);
      const [a, b, c, d] = [value(), value(), value(), value()];
      expect(key1(t, a)).toBe(mix(mix(t, a), CLOSE));
      expect(key2(t, a, b)).toBe(mix(mix(mix(t, a), b), CLOSE));
      expect(key3(t, a, b, c)).toBe(mix(mix(mix(mix(t, a), b), c), CLOSE));
      expect(key4(t, a, b, c, d)).toBe(mix(mix(mix(mix(mix(t, a), b), c), d), CLOSE));
    }
  });

  it('differ between templates and between values', () => {
    expect(key2(18, 4, 5)).not.toBe(key2(19, 4, 5));
    expect(key2(18, 4, 5)).not.toBe(key2(18, 5, 4));
  });
});

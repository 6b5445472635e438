// The publication date inferred from a long undated text: chrono reads it a stretch at a time, which
// must find every date a whole reading finds, wherever the stretches end.
import { describe, expect, it } from 'vitest';
import { inferPublication } from '../../src/extract/inferPublication';

const filler = (n: number) => Array.from({ length: n }, (_, i) => `Observers in the northern province counted ${i + 3} convoys near the ridge.`).join(' ');

describe('inferPublication on long texts', () => {
  it('finds the latest date in any paragraph of a text many stretches long', () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) => `${filler(3)} The council met on May ${(i % 27) + 1}, 2014.`);
    paragraphs[41] = `${filler(2)} Talks resumed on September 30, 2014, in the capital.`;
    expect(inferPublication(paragraphs.join('\n\n'))).toBe('2014-09-30');
  });

  it('finds a date written where a long unbroken line would be cut, and skips a deadline there', () => {
    for (let shift = 0; shift < 120; shift += 7) {
      const head = filler(52).slice(0, 3920 + shift);
      const line = `${head}. Rebels freed the hostages on 4 March 2019. ${filler(40)} They must leave by 9 April 2019. ${filler(40)}`;
      expect(inferPublication(line), `date at ${head.length}`).toBe('2019-03-04');
    }
  });
});

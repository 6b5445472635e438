// The stage is arranged again only for a real change of its size: the larger share by which its
// width or height changed, measured against the size it was last arranged for.
import { describe, expect, it } from 'vitest';
import { sizeChange } from '../../../src/ui/stage/stageSize';

describe('sizeChange', () => {
  it('is zero for the same size', () => {
    expect(sizeChange({ width: 800, height: 600 }, { width: 800, height: 600 })).toBe(0);
  });

  it('takes the larger of the width and height shares, growing or shrinking', () => {
    expect(sizeChange({ width: 800, height: 600 }, { width: 1000, height: 570 })).toBeCloseTo(0.25);
    expect(sizeChange({ width: 800, height: 600 }, { width: 780, height: 300 })).toBeCloseTo(0.5);
  });

  it('a few rows of a notice are a small change', () => {
    expect(sizeChange({ width: 1200, height: 700 }, { width: 1200, height: 660 })).toBeLessThan(0.25);
  });

  it('does not divide by zero for a stage arranged while hidden', () => {
    expect(sizeChange({ width: 0, height: 0 }, { width: 640, height: 480 })).toBe(640);
  });
});

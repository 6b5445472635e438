// Convergence is judged on one iteration's step: a batch's many-iteration jump is no step.
import { describe, expect, it } from 'vitest';
import { LayoutConvergence } from '../../../src/graph/layout/layoutConvergence';

// Four actors, every one moved by `shift` on both axes: a step of shift × √2.
const square = (scale: number, shift: number) => Float64Array.from([0, 0, scale, 0, scale, scale, 0, scale].map((v) => v + shift));

describe('LayoutConvergence', () => {
  it('measures single steps and converges once the mean step is small against the extent', () => {
    const c = new LayoutConvergence(0.001, 3);
    c.sample(square(100, 0));
    for (let i = 1; i <= 3; i++) c.sample(square(100, i * 5));
    expect(c.movement).toBeCloseTo(Math.SQRT2 * 0.05, 6);
    expect(c.converged).toBe(false);
    for (let i = 1; i <= 3; i++) c.sample(square(100, 15 + i * 0.01));
    expect(c.movement).toBeCloseTo(Math.SQRT2 * 0.0001, 6);
    expect(c.converged).toBe(true);
  });

  it('takes positions after several iterations as the reference only, not as a step', () => {
    const c = new LayoutConvergence(0.001, 2);
    c.sample(square(100, 0));
    c.sample(square(100, 0.01));
    // The first n - 1 iterations of a batch moved far; the last one barely.
    c.sample(square(100, 40), 49);
    expect(c.movement).toBeNull();
    c.sample(square(100, 40.01), 1);
    expect(c.movement).toBeCloseTo(Math.SQRT2 * 0.0001, 6);
    expect(c.converged).toBe(true);
  });
});

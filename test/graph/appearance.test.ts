// Disc sizes: hubs bigger than loners, and a crowd of actors drawn with smaller discs so that the
// discs of a large graph do not cover the stage many times over.
import { describe, expect, it } from 'vitest';
import { CROWDED_ACTORS, crowdScale, NODE_SIZE, nodeSizeForDegree } from '../../src/graph/appearance';

/** Total disc area (px²) of `actors` discs of the smallest size, as a share of the same count at full size. */
const coveredBy = (actors: number) => actors * crowdScale(actors) ** 2;

describe('disc sizes', () => {
  it('keep their sizes up to the crowd threshold: hubs bigger than loners', () => {
    expect(nodeSizeForDegree(1, 40, 30)).toBeCloseTo(NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * Math.sqrt(1 / 40));
    expect(nodeSizeForDegree(40, 40, CROWDED_ACTORS)).toBe(NODE_SIZE.max);
    expect(nodeSizeForDegree(0, 0, 12)).toBe(NODE_SIZE.min);
  });

  it('shrink in a larger graph so that all discs together cover no more than at the threshold', () => {
    expect(coveredBy(5_000)).toBeCloseTo(coveredBy(CROWDED_ACTORS));
    expect(coveredBy(10_000)).toBeCloseTo(coveredBy(CROWDED_ACTORS));
    expect(nodeSizeForDegree(3, 40, 10_000)).toBeLessThan(nodeSizeForDegree(3, 40, 1_000) / 2);
    // The hub is still the biggest disc of the crowd.
    expect(nodeSizeForDegree(40, 40, 10_000)).toBeGreaterThan(nodeSizeForDegree(3, 40, 10_000) * 2);
  });

  it('never shrink below about a third of their size, however many actors there are', () => {
    expect(crowdScale(20_000)).toBeGreaterThanOrEqual(0.35);
    expect(crowdScale(1_000_000)).toBe(crowdScale(100_000));
    expect(nodeSizeForDegree(0, 10, 1_000_000)).toBeGreaterThan(2);
  });
});

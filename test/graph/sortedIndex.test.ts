import { describe, expect, it } from 'vitest';
import { SortedIndex, sortedOrderSteps } from '../../src/graph/sortedIndex';
import { runToEnd } from '../../src/graph/stepwise';

/** Deterministic pseudo-random keys with many ties (day numbers of a few years, confidences in tenths). */
function keysOf(n: number, distinct: number, seed: number): Float64Array {
  const keys = new Float64Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    keys[i] = (x % distinct) - distinct / 3;
  }
  return keys;
}

function sortedAtOnce(keys: ArrayLike<number>): number[] {
  return Array.from({ length: keys.length }, (_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
}

describe('sortedOrderSteps', () => {
  it.each([
    [0, 5],
    [1, 5],
    [4_095, 700],
    [4_097, 700],
    [57_365, 730],
    [40_000, 11],
  ])('orders %i items (%i distinct keys) as one sort does, ties by index', (n, distinct) => {
    const keys = keysOf(n, distinct, n + distinct);
    expect(Array.from(runToEnd(sortedOrderSteps(keys)))).toEqual(sortedAtOnce(keys));
  });

  it('pauses while sorting a large column, so a caller can spread it over tasks', () => {
    const steps = sortedOrderSteps(keysOf(57_365, 730, 3));
    let pauses = 0;
    while (!steps.next().done) pauses++;
    // 15 runs sorted, then four merge passes of 57,365 items in pieces of 16,000.
    expect(pauses).toBeGreaterThanOrEqual(25);
  });

  it('gives an index answering range queries as the index sorted at once', () => {
    const keys = keysOf(20_000, 300, 9);
    const stepped = runToEnd(SortedIndex.buildSteps(keys));
    const atOnce = new SortedIndex(keys);
    expect(Array.from(stepped.order)).toEqual(Array.from(atOnce.order));
    const seen: number[] = [];
    stepped.forEachInRange(-20, 15, (item) => seen.push(item));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((item) => keys[item]! >= -20 && keys[item]! <= 15)).toBe(true);
    expect(seen.length).toBe(Array.from(keys).filter((k) => k >= -20 && k <= 15).length);
  });
});

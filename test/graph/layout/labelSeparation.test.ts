import { describe, expect, it } from 'vitest';
import { separateFootprints } from '../../../src/graph/layout/labelSeparation';
import { footprint, type PlacedNode } from '../../../src/graph/layout/placedNode';

/** The plain pairwise form of the separation (one footprint per pair), which the packed one must match exactly. */
function referenceSeparation(nodes: PlacedNode[], fixed: ReadonlySet<string>, sideways: number): void {
  for (let round = 0; round < 300; round++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        if (fixed.has(a.key) && fixed.has(b.key)) continue;
        const shareA = fixed.has(a.key) ? 0 : fixed.has(b.key) ? 2 : 1;
        const fa = footprint(a);
        const fb = footprint(b);
        const overlapX = Math.min(fa.maxX, fb.maxX) - Math.max(fa.minX, fb.minX) + 6;
        const overlapY = Math.min(fa.maxY, fb.maxY) - Math.max(fa.minY, fb.minY) + 6;
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        const relativeX = (sideways * overlapX) / (fa.maxX - fa.minX + fb.maxX - fb.minX);
        const relativeY = overlapY / (fa.maxY - fa.minY + fb.maxY - fb.minY);
        if (relativeX < relativeY) {
          const dir = (fa.minX + fa.maxX) / 2 <= (fb.minX + fb.maxX) / 2 ? -1 : 1;
          a.x += (shareA * dir * overlapX) / 2;
          b.x -= ((2 - shareA) * dir * overlapX) / 2;
        } else {
          const dir = a.y <= b.y ? -1 : 1;
          a.y += (shareA * dir * overlapY) / 2;
          b.y -= ((2 - shareA) * dir * overlapY) / 2;
        }
      }
    }
    if (!moved) return;
  }
}

/** A seeded crowd of actors, some with labels, in a box small enough for many overlaps. */
function crowd(count: number, seed: number): PlacedNode[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return Array.from({ length: count }, (_, i) => ({
    key: `n${i}`,
    x: random() * 400,
    y: random() * 300,
    size: 3 + random() * 10,
    labelWidth: random() < 0.7 ? 20 + random() * 80 : 0,
  }));
}

describe('separateFootprints', () => {
  it.each([
    [40, 1, 1, 0],
    [80, 2, 1.6, 0.5],
    [100, 3, 0.8, 0.8],
  ])('moves %i actors exactly as the pairwise separation does (seed %i, sideways %f, share fixed %f)', (count, seed, sideways, fixedShare) => {
    const nodes = crowd(count, seed);
    const fixed = new Set(nodes.filter((_, i) => i < count * fixedShare).map((n) => n.key));
    const expected = nodes.map((n) => ({ ...n }));
    referenceSeparation(expected, fixed, sideways);
    separateFootprints(nodes, fixed, sideways);
    expect(nodes).toEqual(expected);
    // The crowd really was pushed apart, and fixed actors did not move.
    expect(nodes.some((n, i) => n.x !== crowd(count, seed)[i]!.x)).toBe(true);
    crowd(count, seed).forEach((n, i) => {
      if (fixed.has(n.key)) expect(nodes[i]).toMatchObject({ x: n.x, y: n.y });
    });
  });
});

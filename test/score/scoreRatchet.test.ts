// The ratchet: seed and dev figures may not fall below what was last recorded
// (npm run score -- --record). The test split is never held to it.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ratchetDrops, RATCHET_FILE, readRatchet, type Ratchet } from '../../src/score/ratchet';
import { runSet } from '../../src/score/runBenchmark';

const ROOT = resolve(import.meta.dirname, '../..');
const ratchet = readRatchet(resolve(ROOT, RATCHET_FILE));

describe('score ratchet', () => {
  it('records only the seed and dev sets, never the test split', () => {
    expect(Object.keys(ratchet.sets).every((k) => k === 'seeds' || k === 'dev')).toBe(true);
    expect(ratchet.sets.seeds).toBeDefined();
  });

  it.each(['seeds', 'dev'] as const)('%s figures have not dropped below the recorded ones', (name) => {
    const drops = ratchetDrops(ratchet, runSet(ROOT, name));
    expect(drops, drops.join('\n')).toEqual([]);
  });

  it('notices a drop', () => {
    const seeds = runSet(ROOT, 'seeds');
    const higher: Ratchet = { ...ratchet, sets: { seeds: { precision: 1.001, recall: 0, dateAccuracy: 0 } } };
    expect(ratchetDrops(higher, seeds)).toEqual([expect.stringContaining('seeds precision fell from 1.001')]);
  });
});

// Work run in slices: each slice stops once its time is used and gives the page back, the result is
// what the work returns, and Cancel between slices ends the work (its cleanup runs).
import { describe, expect, it } from 'vitest';
import { runInSlices, SlicesCancelled } from '../../../src/app/import/timeSlices';

/** A clock that moves `msPerStep` at every step the work takes. */
function steppedClock(msPerStep: number) {
  let t = 0;
  return { now: () => t, step: () => (t += msPerStep) };
}

function* counted(steps: number, tick: () => void, log: string[]): Generator<void, number> {
  try {
    for (let i = 0; i < steps; i++) {
      tick();
      yield;
    }
    return steps;
  } finally {
    log.push('cleaned up');
  }
}

describe('runInSlices', () => {
  it('stops each slice after its time and pauses between slices', async () => {
    const clock = steppedClock(4);
    let pauses = 0;
    const result = await runInSlices(counted(100, clock.step, []), { sliceMs: 30, now: clock.now, pause: async () => void pauses++ });
    expect(result).toBe(100);
    // 8 steps of 4 ms fill a 30 ms slice: 100 steps take 13 slices, 12 pauses between them.
    expect(pauses).toBe(12);
  });

  it('runs quick work in one slice without pausing', async () => {
    let pauses = 0;
    const result = await runInSlices(counted(5, () => {}, []), { sliceMs: 30, now: () => 0, pause: async () => void pauses++ });
    expect(result).toBe(5);
    expect(pauses).toBe(0);
  });

  it('ends with SlicesCancelled at the first pause after a cancel, and the work cleans up', async () => {
    const clock = steppedClock(10);
    const log: string[] = [];
    let pauses = 0;
    const run = runInSlices(counted(100, clock.step, log), { sliceMs: 30, now: clock.now, pause: async () => void pauses++, cancelled: () => pauses >= 2 });
    await expect(run).rejects.toBeInstanceOf(SlicesCancelled);
    expect(pauses).toBe(2);
    expect(log).toEqual(['cleaned up']);
  });
});

// Between story steps the time window slides day by day; without a story, presentation keys move
// it one bin like Play's step.
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/graph/eventTime';
import { easeInOut, slideShare, tweenFilters, tweenWindow, windowOrDomain } from '../../src/graph/windowTween';
import { movedWindow } from '../../src/ui/present/stepTimeline';

const d = dayNumber;

describe('window tween', () => {
  it('starts at the first window, ends at the second, and moves through the days between', () => {
    const a = { from: d('2025-06-01'), to: d('2025-06-12') };
    const b = { from: d('2026-01-01'), to: d('2026-01-31') };
    expect(tweenWindow(a, b, 0)).toEqual(a);
    expect(tweenWindow(a, b, 1)).toEqual(b);
    const mid = tweenWindow(a, b, 0.5);
    expect(mid.from).toBeGreaterThan(a.from);
    expect(mid.from).toBeLessThan(b.from);
    expect(tweenFilters(a, b, 1)).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    let last = -Infinity;
    for (let t = 0; t <= 1; t += 0.05) {
      const e = easeInOut(t);
      expect(e).toBeGreaterThanOrEqual(last);
      last = e;
    }
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(1)).toBe(1);
  });

  it('a slide follows the clock, but a busy machine drawing few frames still shows the way', () => {
    // Frames every 16 ms: the clock decides, the slide ends on time.
    expect(slideShare(300, 19, 600, 8)).toBeCloseTo(0.5, 5);
    expect(slideShare(600, 38, 600, 8)).toBe(1);
    // One frame every 400 ms: the first frame goes an eighth of the way, not two thirds.
    const shares = [1, 2, 3].map((frame) => slideShare(400 * frame, frame, 600, 8));
    expect(shares).toEqual([1 / 8, 2 / 8, 3 / 8]);
    expect(slideShare(400 * 8, 8, 600, 8)).toBe(1);
    const windows = new Set([0, 1, 2, 3, 4, 5, 6, 7, 8].map((f) => tweenFilters({ from: d('2025-01-01'), to: d('2025-01-31') }, { from: d('2025-03-01'), to: d('2025-03-31') }, easeInOut(slideShare(1000 * f, f, 600, 8))).from));
    expect(windows.size).toBeGreaterThanOrEqual(7);
  });

  it('an open end stands for the end of the data', () => {
    const domain = { first: d('2025-01-01'), last: d('2026-02-01') };
    expect(windowOrDomain({ from: null, to: null }, domain)).toEqual({ from: domain.first, to: domain.last });
    expect(windowOrDomain({ from: '2025-06-01', to: null }, domain)).toEqual({ from: d('2025-06-01'), to: domain.last });
  });
});

describe('presentation keys without a story', () => {
  const h = { binSize: 'month' as const, domain: { first: d('2025-01-01'), last: d('2025-12-31') } };

  it('the first press shows the window Play starts with, then each press moves it one bin', () => {
    const start = movedWindow(null, h, 'next');
    expect(start).toEqual({ from: d('2025-01-01'), to: d('2025-04-30') });
    const next = movedWindow(start, h, 'next');
    expect(next).toEqual({ from: d('2025-02-01'), to: d('2025-05-31') });
    expect(movedWindow(next, h, 'previous')).toEqual(start);
    expect(movedWindow(start, h, 'previous')).toEqual(start);
  });

  it('Home and End go to the start and the end of the axis, the width kept', () => {
    const w = { from: d('2025-05-01'), to: d('2025-05-31') };
    expect(movedWindow(w, h, 'last')).toEqual({ from: d('2025-12-01'), to: d('2025-12-31') });
    expect(movedWindow(w, h, 'first')).toEqual({ from: d('2025-01-01'), to: d('2025-01-31') });
  });
});

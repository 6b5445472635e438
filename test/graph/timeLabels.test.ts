// Time axis words: tick placement and the labels of days, bins, bands and windows.
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay } from '../../src/graph/eventTime';
import { bandLabel, binLabel, dayRangeParts, formatDay, formatDayRange, timeTicks } from '../../src/graph/timeLabels';

const d = dayNumber;

describe('formatDayRange', () => {
  it('names the year once when both ends share it', () => {
    expect(formatDayRange(d('2025-05-20'), d('2025-07-08'))).toBe('20 May – 8 Jul 2025');
    expect(formatDayRange(d('2025-12-30'), d('2026-01-05'))).toBe('30 Dec 2025 – 5 Jan 2026');
    expect(formatDayRange(d('2026-01-12'), d('2026-01-12'))).toBe('12 Jan 2026');
  });
});

describe('timeTicks', () => {
  it('labels months with the year on the first tick and on January', () => {
    const ticks = timeTicks(d('2024-12-30'), d('2026-01-18'), 2.5);
    expect(ticks[0]!.label).toBe('Jan 2025');
    expect(ticks.find((t) => isoDay(t.day) === '2026-01-01')?.label).toBe('2026');
    expect(ticks.every((t) => t.major)).toBe(true);
  });

  it('keeps ticks at least the minimum gap apart', () => {
    for (const ppd of [0.05, 0.4, 1, 3, 9, 40, 120]) {
      const ticks = timeTicks(d('2020-01-01'), d('2026-01-12'), ppd, 56);
      for (let i = 1; i < ticks.length; i++) expect((ticks[i]!.day - ticks[i - 1]!.day) * ppd).toBeGreaterThanOrEqual(56 * 0.9);
      expect(ticks.length).toBeGreaterThan(0);
    }
  });

  it('day ticks carry day and month', () => {
    const ticks = timeTicks(d('2026-01-05'), d('2026-01-18'), 60);
    expect(ticks.slice(0, 2).map((t) => t.label)).toEqual(['5 Jan 2026', '6 Jan']);
  });
});

describe('labels of bins, bands and days', () => {
  it('names a bin by its size', () => {
    const start = d('2026-01-12');
    expect(binLabel({ start }, 'day')).toBe('12 Jan 2026');
    expect(binLabel({ start }, 'week')).toBe('week of 12 Jan 2026');
    expect(binLabel({ start: d('2026-01-01') }, 'month')).toBe('Jan 2026');
    expect(binLabel({ start: d('2026-01-01') }, 'year')).toBe('2026');
  });

  it('names an imprecise band by its period and a span by its ends', () => {
    expect(bandLabel({ precision: 'month', first: d('2025-06-01'), last: d('2025-06-30') })).toBe('Jun 2025');
    expect(bandLabel({ precision: 'year', first: d('2025-01-01'), last: d('2025-12-31') })).toBe('2025');
    expect(bandLabel({ precision: 'span', first: d('2026-01-11'), last: d('2026-01-12') })).toBe('11 Jan 2026 – 12 Jan 2026');
  });

  it('gives one part for a one-day window and two otherwise', () => {
    expect(formatDay(d('2024-02-29'))).toBe('29 Feb 2024');
    expect(dayRangeParts(d('2026-01-12'), d('2026-01-12'))).toEqual(['12 Jan 2026']);
    expect(dayRangeParts(d('2026-01-10'), d('2026-01-12'))).toEqual(['10 Jan', '12 Jan 2026']);
  });
});

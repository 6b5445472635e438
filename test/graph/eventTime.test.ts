import { describe, expect, it } from 'vitest';
import { dayNumber, eventSpan } from '../../src/graph/eventTime';

const DAY_MS = 86_400_000;
const viaDate = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('dayNumber', () => {
  it('agrees with Date.UTC on every day from 1899 to 2101', () => {
    const wrong: string[] = [];
    for (let day = viaDate(1899, 1, 1); day <= viaDate(2101, 12, 31); day++) {
      const iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
      if (dayNumber(iso) !== day) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
  });

  it('reads a month or a year as its first day', () => {
    expect(dayNumber('2024-02')).toBe(viaDate(2024, 2, 1));
    expect(dayNumber('2025')).toBe(viaDate(2025, 1, 1));
  });

  it('keeps what Date.UTC makes of unusual dates: days past the month, two-digit years, months out of range', () => {
    expect(dayNumber('2025-02-30')).toBe(viaDate(2025, 2, 30));
    expect(dayNumber('2025-03-00')).toBe(viaDate(2025, 3, 0));
    expect(dayNumber('0050-06-01')).toBe(viaDate(50, 6, 1));
    expect(dayNumber('2025-13-01')).toBe(viaDate(2025, 13, 1));
  });
});

describe('eventSpan', () => {
  it('covers a whole month, a whole year (leap years included) and a span to its end', () => {
    for (const year of [1900, 2000, 2023, 2024]) {
      for (let m = 1; m <= 12; m++) {
        expect(eventSpan({ date: `${year}-${pad(m, 2)}` })).toEqual([viaDate(year, m, 1), viaDate(year, m + 1, 0)]);
      }
      expect(eventSpan({ date: String(year) })).toEqual([viaDate(year, 1, 1), viaDate(year, 12, 31)]);
    }
    expect(eventSpan({ date: '2025-06-10', dateEnd: '2025-07' })).toEqual([viaDate(2025, 6, 10), viaDate(2025, 7, 31)]);
    expect(eventSpan({ date: '2025-06-10', dateEnd: '2025-06-01' })).toEqual([viaDate(2025, 6, 10), viaDate(2025, 6, 10)]);
  });
});

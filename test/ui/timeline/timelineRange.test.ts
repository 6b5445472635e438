// The timeline's toolbar writes the window's ends (a shared year written once, an open end as …),
// and "partly in the window" reads it with open ends unbounded.
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/graph/eventTime';
import { filterDays, rangeEnds } from '../../../src/ui/timeline/timelineRange';

describe('rangeEnds', () => {
  it('writes a closed window as two ends', () => {
    expect(rangeEnds({ from: '2025-03-02', to: '2025-03-09' })).toEqual(['2 Mar', '9 Mar 2025']);
    expect(rangeEnds({ from: '2024-11-20', to: '2025-02-01' })).toEqual(['20 Nov 2024', '1 Feb 2025']);
  });

  it('writes an open end as an ellipsis, and no window as all dates', () => {
    expect(rangeEnds({ from: '2025-03-02', to: null })).toEqual(['2 Mar 2025', '…']);
    expect(rangeEnds({ from: null, to: '2025-06-30' })).toEqual(['…', '30 Jun 2025']);
    expect(rangeEnds({ from: null, to: null })).toEqual(['All dates']);
  });
});

describe('filterDays', () => {
  it('is null without a window and unbounded at an open end', () => {
    expect(filterDays({ from: null, to: null })).toBeNull();
    expect(filterDays({ from: '2025-03-02', to: null })).toEqual({ from: dayNumber('2025-03-02'), to: Infinity });
    expect(filterDays({ from: null, to: '2025-06-30' })).toEqual({ from: -Infinity, to: dayNumber('2025-06-30') });
  });
});

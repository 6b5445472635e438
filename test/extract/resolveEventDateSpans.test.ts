// "in two days" counts forward from publication only in a clause about what is to come; in a past
// clause it is a length of time and names no date (src/extract/resolveEventDate.ts).
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/resolveEventDate';

// 2024-03-15 is a Friday.
const FRI = '2024-03-15';

describe('"in N days" as a length of time', () => {
  it('"for the third time in two days" in the past tense names no date', () => {
    expect(findDates('Ukrainian forces battled Russian troops for the third time in two days.', FRI, 'past')).toEqual([]);
  });

  it('"would strike in 48 hours" still counts forward from publication', () => {
    expect(findDates('Kyiv said it would strike in 48 hours.', FRI, 'past').map((d) => d.date)).toEqual(['2024-03-17']);
  });

  it('"will meet in two days" in the future tense is two days on', () => {
    expect(findDates('The envoys will meet in two days.', FRI, 'future').map((d) => d.date)).toEqual(['2024-03-17']);
  });
});

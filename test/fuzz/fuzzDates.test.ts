// Property-based fuzzing of the date resolver extraction uses (findDates in resolveEventDate.ts):
// any text, any publication anchor (every precision, leap days, year ends), any tense.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, referenceDay, type Tense } from '../../src/extract/resolveEventDate';
import { FUZZ_RUNS, PER_INPUT_MS, datePhrase, isCalendarDate, matchesPrecision, newsSentence, publishedAnchor, rawText, withinBound } from './fuzzArbitraries';

const tense = fc.constantFrom<Tense>('past', 'present', 'future');
const clause = fc.oneof(
  datePhrase,
  newsSentence,
  rawText,
  fc.array(fc.oneof(datePhrase, fc.constantFrom(' ', ', ', ' and ', ' to ', '-', ' since ')), { maxLength: 5 }).map((xs) => xs.join('')),
);

const ymd = (d: Date) => d.toISOString().slice(0, 10);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Dates the text gives without a year, or relative to publication, looking back. */
const yearlessPast = fc.oneof(
  fc.constantFrom(...WEEKDAYS).map((w) => `on ${w}`),
  fc.constantFrom(...WEEKDAYS).map((w) => `last ${w}`),
  fc.constantFrom(...MONTHS).map((m) => `in ${m}`),
  fc.tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 1, max: 28 })).map(([m, d]) => `on ${m} ${d}`),
  fc.tuple(fc.integer({ min: 1, max: 28 }), fc.constantFrom(...MONTHS)).map(([d, m]) => `on ${d} ${m}`),
  fc.tuple(fc.constantFrom('early', 'mid', 'late'), fc.constantFrom(...MONTHS)).map(([p, m]) => `${p}-${m}`),
  fc.constantFrom('yesterday', 'today', 'last week', 'last month', 'last year', 'this week', 'over the weekend', 'this month', 'since March 3'),
);

describe(`date resolver fuzz (${FUZZ_RUNS} cases each, under ${PER_INPUT_MS} ms each)`, () => {
  it('every date found is a calendar date written at its precision, with a later or no end, at its offset', () => {
    fc.assert(
      fc.property(clause, publishedAnchor, tense, (text, anchor, t) => {
        const found = withinBound(PER_INPUT_MS, 'findDates', () => findDates(text, anchor.published, t));
        for (const d of found) {
          expect(isCalendarDate(d.date), `${d.date} from "${d.text}"`).toBe(true);
          expect(matchesPrecision(d.date, d.precision, null), `${d.date} at ${d.precision}`).toBe(true);
          if (d.dateEnd !== undefined) {
            expect(isCalendarDate(d.dateEnd), `end ${d.dateEnd} from "${d.text}"`).toBe(true);
            expect(d.dateEnd >= d.date, `end ${d.dateEnd} before ${d.date}`).toBe(true);
          }
          expect(text.slice(d.index, d.index + d.text.length)).toBe(d.text);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('in the past tense a yearless or relative date never starts after the publication day', () => {
    fc.assert(
      fc.property(yearlessPast, fc.constantFrom('Iran said ', 'Talks ended ', ''), publishedAnchor, (phrase, lead, anchor) => {
        const day = ymd(referenceDay(anchor.published));
        for (const d of findDates(`${lead}${phrase}.`, anchor.published, 'past')) {
          expect(d.date <= day.slice(0, d.date.length), `"${phrase}" published ${anchor.published} gave ${d.date}`).toBe(true);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('a yearless "Month Day" resolves to that very month and day, never a neighbouring one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 31 }), publishedAnchor, tense, (m, d, anchor, t) => {
        const found = findDates(`They met on ${MONTHS[m]} ${d}.`, anchor.published, t).filter((x) => x.precision === 'day');
        for (const x of found) expect(x.date.slice(5), `${MONTHS[m]} ${d} published ${anchor.published}`).toBe(`${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('date resolver regressions found by fuzzing', () => {
  it('"late January" looking back from 1 January is the previous January (was 1970-01-21 for a 1970-01-01 article)', () => {
    expect(findDates('Iran said late-January.', '1970-01-01T00:00', 'past').map((d) => [d.date, d.dateEnd])).toEqual([['1969-01-21', '1969-01-31']]);
    // Told after the span began, it stays this year's.
    expect(findDates('Iran said late-January.', '1970-01-25', 'past').map((d) => d.date)).toEqual(['1970-01-21']);
  });

  it('a yearless "February 29" is a leap year\'s, never 1 March (was 2172-03-01 for a March 2172 article)', () => {
    expect(findDates('They met on February 29.', '2172-03', 'future').map((d) => d.date)).toEqual(['2176-02-29']);
    expect(findDates('They met on February 29.', '2028-01-10', 'past').map((d) => d.date)).toEqual(['2024-02-29']);
    expect(findDates('They met on February 29, 2025.', '2025-03-10', 'past').filter((d) => d.precision === 'day')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractCorpus } from '../../src/extract/extractCorpus';
import { inferPublication } from '../../src/extract/inferPublication';
import { findDates, type Tense } from '../../src/extract/resolveEventDate';

/** The single date expression in `text`, without its offset bookkeeping. */
function only(text: string, published: string, tense: Tense) {
  const found = findDates(text, published, tense);
  expect(found, `dates in ${JSON.stringify(text)}`).toHaveLength(1);
  const { date, dateEnd, precision } = found[0]!;
  return dateEnd === undefined ? { date, precision } : { date, dateEnd, precision };
}

// 2026-01-12 is a Monday (the seed article's publication).
const MON = '2026-01-12T18:19';
// 2024-03-15 is a Friday, in a leap year.
const FRI = '2024-03-15';
// 2024-03-16 is a Saturday.
const SAT = '2024-03-16';

describe('findDates against a Monday publication (2026-01-12T18:19)', () => {
  it('"on Monday" in the past tense is the publication day itself', () => {
    expect(only('Iran said on Monday that channels are open.', MON, 'past')).toEqual({ date: '2026-01-12', precision: 'day' });
  });

  it('"on Tuesday" in the future tense is the next day', () => {
    expect(only('Trump is expected to meet advisers on Tuesday.', MON, 'future')).toEqual({ date: '2026-01-13', precision: 'day' });
  });

  it('"on Sunday" in the past tense is the day before', () => {
    expect(only('Trump said on Sunday that Iran called.', MON, 'past')).toEqual({ date: '2026-01-11', precision: 'day' });
  });

  it('"in June" in the past tense is last June, at month precision', () => {
    expect(only('Israel bombed nuclear sites in June.', MON, 'past')).toEqual({ date: '2025-06', precision: 'month' });
  });

  it('"in June" in the future tense is next June', () => {
    expect(only('Talks will resume in June.', MON, 'future')).toEqual({ date: '2026-06', precision: 'month' });
  });

  it('"last year" is the previous year, at year precision', () => {
    expect(only('Iran is still recovering from last year’s war.', MON, 'present')).toEqual({ date: '2025', precision: 'year' });
  });

  it('"since December 28" runs from last December 28 to publication', () => {
    expect(only('Protesters have been killed since December 28.', MON, 'past')).toEqual({
      date: '2025-12-28',
      dateEnd: '2026-01-12',
      precision: 'day',
    });
  });

  it('"over the weekend (January 11-12)" is the explicit range, not a guessed weekend', () => {
    expect(only('The conversation took place over the weekend (January 11-12).', MON, 'past')).toEqual({
      date: '2026-01-11',
      dateEnd: '2026-01-12',
      precision: 'day',
    });
  });

  it('a bare "over the weekend" in the past is the Saturday–Sunday before a Monday', () => {
    expect(only('Violence increased over the weekend.', MON, 'past')).toEqual({ date: '2026-01-10', dateEnd: '2026-01-11', precision: 'day' });
  });

  it('"earlier this month" is the publication month', () => {
    expect(only('They met earlier this month.', MON, 'past')).toEqual({ date: '2026-01', precision: 'month' });
  });

  it('"as late as October" is last October', () => {
    expect(only('They were in contact as late as October regarding talks.', MON, 'past')).toEqual({ date: '2025-10', precision: 'month' });
  });

  it('"in 2025" is the year 2025', () => {
    expect(only('They exchanged messages during the talks in 2025.', MON, 'past')).toEqual({ date: '2025', precision: 'year' });
  });

  it('a full date keeps its own year whatever the tense', () => {
    expect(only('the October 7, 2023, attacks against Israel', MON, 'past')).toEqual({ date: '2023-10-07', precision: 'day' });
    expect(only('the attacks of October 7, 2023', MON, 'future')).toEqual({ date: '2023-10-07', precision: 'day' });
    expect(only('since October 7, 2023', MON, 'past')).toEqual({ date: '2023-10-07', dateEnd: '2026-01-12', precision: 'day' });
  });

  it('"since the October 7, 2023, attacks" runs to publication', () => {
    expect(only('losses suffered since the October 7, 2023, attacks', MON, 'past')).toEqual({
      date: '2023-10-07',
      dateEnd: '2026-01-12',
      precision: 'day',
    });
  });

  it('a yearless range across New Year spans the two years', () => {
    expect(only('from December 30 to January 2', MON, 'past')).toEqual({ date: '2025-12-30', dateEnd: '2026-01-02', precision: 'day' });
  });

  it('numbers that are not dates are not dates', () => {
    expect(findDates('a 12-day war killed 490 protesters over 45 years', MON, 'past')).toEqual([]);
  });

  it('finds several expressions in text order', () => {
    const found = findDates('They met on Sunday and again on Monday.', MON, 'past');
    expect(found.map((d) => d.date)).toEqual(['2026-01-11', '2026-01-12']);
  });

  it('"last month" is the previous month (2025-12)', () => {
    expect(only('They met last month.', MON, 'past')).toEqual({ date: '2025-12', precision: 'month' });
  });

  it('"next month" is the following month (2026-02)', () => {
    expect(only('They will meet next month.', MON, 'future')).toEqual({ date: '2026-02', precision: 'month' });
  });

  it('"last week" is the previous week as a range, not one invented day', () => {
    expect(only('They met last week.', MON, 'past')).toEqual({ date: '2026-01-05', dateEnd: '2026-01-11', precision: 'day' });
  });

  it('written on a Sunday, "last week" is the week ending then, Monday to Saturday', () => {
    expect(only('They met last week.', '2026-01-18', 'past')).toEqual({ date: '2026-01-12', dateEnd: '2026-01-17', precision: 'day' });
    expect(only('They will meet next week.', '2026-01-18', 'future')).toEqual({ date: '2026-01-19', dateEnd: '2026-01-25', precision: 'day' });
  });

  it('"next week" is the following week as a range, not one invented day', () => {
    expect(only('They will meet next week.', MON, 'future')).toEqual({ date: '2026-01-19', dateEnd: '2026-01-25', precision: 'day' });
  });

  it('"between 2019 and 2021" is a year range', () => {
    expect(only('Sanctions were eased between 2019 and 2021.', MON, 'past')).toEqual({ date: '2019', dateEnd: '2021', precision: 'year' });
  });
});

describe('findDates: the same rules against a Friday publication (2024-03-15)', () => {
  it('past weekdays are the latest on or before publication', () => {
    expect(only('They met on Monday.', FRI, 'past')).toEqual({ date: '2024-03-11', precision: 'day' });
    expect(only('They met on Thursday.', FRI, 'past')).toEqual({ date: '2024-03-14', precision: 'day' });
    expect(only('They met on Friday.', FRI, 'past')).toEqual({ date: '2024-03-15', precision: 'day' });
    expect(only('They met on Saturday.', FRI, 'past')).toEqual({ date: '2024-03-09', precision: 'day' });
  });

  it('future weekdays are the next after publication', () => {
    expect(only('They will meet on Saturday.', FRI, 'future')).toEqual({ date: '2024-03-16', precision: 'day' });
    expect(only('They will meet on Friday.', FRI, 'future')).toEqual({ date: '2024-03-22', precision: 'day' });
    expect(only('They will meet on Monday.', FRI, 'future')).toEqual({ date: '2024-03-18', precision: 'day' });
  });

  it('yearless months and days go back or forward by tense', () => {
    expect(only('They met in June.', FRI, 'past')).toEqual({ date: '2023-06', precision: 'month' });
    expect(only('They will meet in June.', FRI, 'future')).toEqual({ date: '2024-06', precision: 'month' });
    expect(only('They will meet in February.', FRI, 'future')).toEqual({ date: '2025-02', precision: 'month' });
    expect(only('They met in March.', FRI, 'past')).toEqual({ date: '2024-03', precision: 'month' });
    expect(only('They met on March 16.', FRI, 'past')).toEqual({ date: '2023-03-16', precision: 'day' });
    expect(only('They will meet on March 16.', FRI, 'future')).toEqual({ date: '2024-03-16', precision: 'day' });
  });

  it('relative years, months and "since" follow the publication date', () => {
    expect(only('the war last year', FRI, 'past')).toEqual({ date: '2023', precision: 'year' });
    expect(only('They met earlier this month.', FRI, 'past')).toEqual({ date: '2024-03', precision: 'month' });
    expect(only('in contact as late as October', FRI, 'past')).toEqual({ date: '2023-10', precision: 'month' });
    expect(only('talks held in 2023', FRI, 'past')).toEqual({ date: '2023', precision: 'year' });
    expect(only('detained since February 29', FRI, 'past')).toEqual({ date: '2024-02-29', dateEnd: '2024-03-15', precision: 'day' });
    expect(only('fighting since Monday', FRI, 'past')).toEqual({ date: '2024-03-11', dateEnd: '2024-03-15', precision: 'day' });
  });

  it('a past weekend before a Friday is the previous Saturday–Sunday', () => {
    expect(only('Violence increased over the weekend.', FRI, 'past')).toEqual({ date: '2024-03-09', dateEnd: '2024-03-10', precision: 'day' });
    expect(only('They will meet this weekend.', FRI, 'future')).toEqual({ date: '2024-03-16', dateEnd: '2024-03-17', precision: 'day' });
  });

  it('year changes: a past December seen in January, a future January seen in December', () => {
    expect(only('They met on December 31.', '2024-01-02', 'past')).toEqual({ date: '2023-12-31', precision: 'day' });
    expect(only('They will meet on January 3.', '2024-12-30', 'future')).toEqual({ date: '2025-01-03', precision: 'day' });
  });

  it('"last Friday" in a Friday article is the Friday before', () => {
    expect(only('They met last Friday.', FRI, 'past')).toEqual({ date: '2024-03-08', precision: 'day' });
  });

  it('"from March 1 to March 3, 2023" is 2023-03-01..2023-03-03', () => {
    expect(only('Talks ran from March 1 to March 3, 2023.', FRI, 'past')).toEqual({ date: '2023-03-01', dateEnd: '2023-03-03', precision: 'day' });
  });

  it('a past-tense weekend never ends after the publication day', () => {
    const d = only('Violence increased over the weekend.', SAT, 'past');
    expect((d.dateEnd ?? d.date) <= SAT).toBe(true);
  });
});

describe('inferPublication', () => {
  it('a text mentioning "June 2025" and "January 11" was published on 2026-01-11', () => {
    expect(inferPublication('The war between Iran and Israel in June 2025 ended. On January 11, Araghchi called Witkoff.')).toBe('2026-01-11');
  });

  it('takes the latest explicit calendar date', () => {
    expect(inferPublication('The summit opened on March 3, 2024. A follow-up meeting was held on March 5.')).toBe('2024-03-05');
    expect(inferPublication('On 4 May 2023 they met; on 2 April 2023 they had talked.')).toBe('2023-05-04');
  });

  it('gives up on texts with no year to anchor them', () => {
    expect(inferPublication('No dates here at all.')).toBeNull();
    expect(inferPublication('They met on January 11.')).toBeNull();
  });

  it('extractCorpus uses it for undated documents and flags the date as inferred', () => {
    const { documents } = extractCorpus(
      [{ name: 'u.md', text: '---\ntitle: U\n---\nIn June 2025 Israel bombed Iran. On January 11 Araghchi contacted Witkoff.' }],
      defaultResources(),
    );
    expect(documents[0]).toMatchObject({ published: '2026-01-11', publishedPrecision: 'day', publishedInferred: true });
  });

  it('a bare year is not inferred as a precise publication day', () => {
    const { documents } = extractCorpus([{ name: 'y.md', text: '---\ntitle: Y\n---\nIn 2023 Russia attacked Ukraine.' }], defaultResources());
    const doc = documents[0]!;
    expect(doc.published === null || doc.publishedPrecision !== 'day').toBe(true);
  });
});

describe('a length of time is no date', () => {
  it.each([
    'Sudan and Chad agreed to a truce after 10 hours of talks in Jeddah.',
    'The rebels held the town for three days.',
    'Mali gave the junta within 48 hours to respond.',
    'Two days later, Niger recalled its ambassador.',
  ])('"%s" gives no date (the event falls back to the document date)', (text) => {
    expect(findDates(text, FRI, 'past')).toEqual([]);
  });

  it('time counted from the publication still dates: "three days ago", "in two weeks"', () => {
    expect(only('Kenya closed the border three days ago.', FRI, 'past')).toEqual({ date: '2024-03-12', precision: 'day' });
    expect(only('Talks resume in two weeks.', FRI, 'future')).toEqual({ date: '2024-03-29', precision: 'day' });
  });
});

describe('a month name in lowercase alone is no date', () => {
  it('"protesters march to the embassy" gives no March, "in March" still does', () => {
    expect(findDates('Hundreds of students march to the embassy.', '2014-06-17', 'present')).toEqual([]);
    expect(findDates('The talks began in March.', '2014-06-17', 'past').map((d) => d.date)).toEqual(['2014-03']);
  });
});

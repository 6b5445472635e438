// Dates as spreadsheets and graph tools write them, read without guessing.
import { describe, expect, it } from 'vitest';
import { inferSlashOrder, parseImportedDate } from '../../../src/graph/formats/importedDates';

describe('imported dates', () => {
  it.each([
    ['2026-01-12', '2026-01-12', 'day'],
    ['2026-01', '2026-01', 'month'],
    ['2026', '2026', 'year'],
    ['2026-01-12T18:19:00Z', '2026-01-12', 'day'],
    ['2026-01-12 18:19', '2026-01-12', 'day'],
    ['2026/01/12', '2026-01-12', 'day'],
    ['12 January 2026', '2026-01-12', 'day'],
    ['12th Jan. 2026', '2026-01-12', 'day'],
    ['January 12, 2026', '2026-01-12', 'day'],
    ['Sept 2025', '2025-09', 'month'],
    ['01/2026', '2026-01', 'month'],
    ['25/01/2026', '2026-01-25', 'day'],
    ['01/25/2026', '2026-01-25', 'day'],
    ['05.05.26', '2026-05-05', 'day'],
    ['45678', '2025-01-21', 'day'],
  ])('reads %s', (raw, date, precision) => {
    expect(parseImportedDate(raw)).toEqual({ date, precision });
  });

  it.each(['2026-02-30', '2026-13', '31/02/2026', 'not yet', '12', 'Smarch 2026', '3.5', '20261'])('refuses %s', (raw) => {
    expect(parseImportedDate(raw)).toBeNull();
  });

  it('reads 03/04/2026 only once the file says which part is the day', () => {
    expect(parseImportedDate('03/04/2026')).toBeNull();
    expect(parseImportedDate('03/04/2026', 'day-first')).toEqual({ date: '2026-04-03', precision: 'day' });
    expect(parseImportedDate('03/04/2026', 'month-first')).toEqual({ date: '2026-03-04', precision: 'day' });
    expect(inferSlashOrder(['03/04/2026', '25/04/2026'])).toBe('day-first');
    expect(inferSlashOrder(['03/04/2026', '04/25/2026'])).toBe('month-first');
    expect(inferSlashOrder(['03/04/2026'])).toBeUndefined();
    expect(inferSlashOrder(['25/04/2026', '04/25/2026'])).toBeUndefined();
  });
});

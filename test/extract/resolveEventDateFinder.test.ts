// documentDateFinder keeps the date parser's answers for one document: every answer must be what
// findDates gives, whatever earlier callers did to theirs.
import { describe, expect, it } from 'vitest';
import { documentDateFinder, findDates } from '../../src/extract/resolveEventDate';

describe('documentDateFinder', () => {
  const text = 'Talks began on Monday and ended on March 3, 2025, after clashes last week.';

  it('answers as findDates for each text, publication day and tense', () => {
    const find = documentDateFinder();
    for (const tense of ['past', 'future'] as const) {
      for (const published of ['2025-03-05', '2024-12-30']) {
        expect(find(text, published, tense)).toEqual(findDates(text, published, tense));
        expect(find(text, published, tense)).toEqual(findDates(text, published, tense));
      }
    }
    expect(find(text, '2025-03-05', 'past').length).toBe(3);
  });

  it('gives each caller its own copy to sort and change', () => {
    const find = documentDateFinder();
    const first = find(text, '2025-03-05', 'past');
    first.sort((a, b) => b.index - a.index);
    first[0]!.date = 'changed';
    expect(find(text, '2025-03-05', 'past')).toEqual(findDates(text, '2025-03-05', 'past'));
  });
});

// Dates a clause takes from its sentence when it gives none: the clause a "when" clause hangs on,
// and a caption's closing date. Sentences about other conflicts than the benchmark articles.
import { describe, expect, it } from 'vitest';
import { closingDate, linkedClauseDate } from '../../src/extract/clauseDates';
import { extractArticles } from '../support/extractText';

// extractArticles dates its articles 2024-03-15, a Friday.
const dated = (body: string) =>
  extractArticles(body)
    .events.filter((e) => e.relation !== 'affiliation')
    .map((e) => `${e.source} -${e.relation}-> ${e.target} ${e.date}${e.dateEnd ? `..${e.dateEnd}` : ''} ${e.datePrecision}`)
    .sort();

describe('a "when" clause takes the date of the clause it hangs on', () => {
  it('reads the date nearest before the linker', () => {
    expect(linkedClauseDate('when', 'Fighting broke out on Tuesday ', '2024-03-15', 'past')).toMatchObject({ date: '2024-03-12', precision: 'day' });
  });

  it('only after a linker of simultaneity: "after" or "because" clauses keep their own time', () => {
    expect(linkedClauseDate('after', 'Fighting broke out on Tuesday ', '2024-03-15', 'past')).toBeUndefined();
    expect(linkedClauseDate('because', 'Fighting broke out on Tuesday ', '2024-03-15', 'past')).toBeUndefined();
  });

  it('dates the accusation told in the "when" clause', () => {
    expect(dated('Clashes erupted on Tuesday when Ethiopia accused Eritrea of shelling its border posts.')).toContain('ethiopia -accusation-> eritrea 2024-03-12 day');
  });
});

describe("a caption's closing date", () => {
  it('an absolute date set off by a comma at the end of the sentence dates every act in it', () => {
    expect(closingDate('In this photo, a Libyan patrol boat fires at a Maltese trawler while a cutter waits nearby off the coast, May 7, 2023.', '2024-03-15', 'past')).toMatchObject({ date: '2023-05-07' });
  });

  it('a relative phrase or a date inside the sentence is no closing date', () => {
    expect(closingDate('Libyan boats fired at Maltese trawlers, last week.', '2024-03-15', 'past')).toBeUndefined();
    expect(closingDate('On May 7, 2023, Libyan boats fired at Maltese trawlers near the coast.', '2024-03-15', 'past')).toBeUndefined();
  });

  it('dates an act far from the date in a long caption', () => {
    expect(
      dated("In this photo released by the Maltese navy, Libya's coast guard attacked Malta's fishing fleet near Lampedusa while a second patrol boat waited alongside in the central Mediterranean, off the Libyan coast, May 7, 2023."),
    ).toContain('libya -force-> malta 2023-05-07 day');
  });
});

describe('"that day" refers back to the day named last', () => {
  it('"Later that day, X will meet Y" after an act dated tomorrow: Y is met tomorrow', () => {
    const body = 'Tomorrow, Kenyan President William Ruto will have a working lunch with Ethiopian Prime Minister Abiy Ahmed. Later that day, Ruto will meet with Somali President Hassan Sheikh Mohamud.';
    expect(dated(body)).toEqual(['william-ruto -communication-> abiy-ahmed 2024-03-16 day', 'william-ruto -communication-> hassan-sheikh-mohamud 2024-03-16 day']);
  });

  it('with no day named before, "that day" dates nothing', () => {
    expect(dated('Later that day, Kenyan President William Ruto met with Somali President Hassan Sheikh Mohamud.')).toEqual(['william-ruto -communication-> hassan-sheikh-mohamud 2024-03-15 document']);
  });
});

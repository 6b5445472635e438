// Which date of a clause an event takes: a date right before "that" dates what opens the complement
// ("revelations last week that ..."), not the act the complement names. Sentences about other actors
// than the news benchmark, through the whole pipeline with the committed syntax model.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractDocument } from '../../src/extract/extractEvents';
import type { SourceDocument } from '../../src/extract/types';

function aidDate(body: string): string | undefined {
  const doc: SourceDocument = { id: 'd', title: 'T', published: '2024-03-15', publishedPrecision: 'day', publishedInferred: false, source: null, body };
  const e = extractDocument(doc, defaultResources()).events.find((x) => x.relation === 'aid');
  return e && `${e.date}${e.dateEnd ? `..${e.dateEnd}` : ''} ${e.datePrecision}`;
}

describe('a date before "that" belongs to what opens the complement', () => {
  it('"revelations last week that Eritrea had been funding al-Shabab": the funding falls back to the publication date', () => {
    expect(aidDate('Kenya is ready to work with Somalia, despite revelations last week that Eritrea had been funding al-Shabab.')).toBe('2024-03-15 document');
  });

  it('a date of the act itself still dates it', () => {
    expect(aidDate('Eritrea was funding al-Shabab last week.')).toBe('2024-03-04..2024-03-10 day');
  });
});

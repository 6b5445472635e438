// A name before another inside one noun phrase qualifies it ("Iranian Parliament Speaker X"), but not
// across the sentence's main verb, which the tagger may call an adjective ("Iran armed Hamas").
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractDocument } from '../../src/extract/extractEvents';
import type { SourceDocument } from '../../src/extract/types';
import '../support/syntaxModel';

function events(body: string): string[] {
  const doc: SourceDocument = { id: 'd', title: 'T', published: '2024-03-15', publishedPrecision: 'day', publishedInferred: false, source: null, body };
  return extractDocument(doc, defaultResources()).events.map((e) => `${e.source} -${e.relation}-> ${e.target}`);
}

describe('a name before another across the main verb', () => {
  it('"Eritrea armed al-Shabab": al-Shabab is armed by Eritrea, not part of it', () => {
    expect(events('Eritrea armed al-Shabab.')).toEqual(['eritrea -aid-> al-shabaab']);
  });

  it('a name qualifying the one after it inside a noun phrase still makes it part of it', () => {
    expect(events('Kenyan Foreign Minister Monica Juma met envoys.')).toContain('monica-juma -affiliation-> kenya');
  });
});

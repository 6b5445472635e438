// Two names joined by a bare hyphen ("the Israel-Hamas ceasefire") are two sides: neither owns the
// other, so no affiliation is read between them. Sentences about other actors than the benchmark's.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractDocument } from '../../src/extract/extractEvents';
import type { SourceDocument } from '../../src/extract/types';
import '../support/syntaxModel';

const affiliations = (body: string) => {
  const doc: SourceDocument = { id: 'd', title: 'T', published: '2024-03-15', publishedPrecision: 'day', publishedInferred: false, source: null, body };
  return extractDocument(doc, defaultResources()).events.filter((e) => e.relation === 'affiliation').map((e) => `${e.source} -> ${e.target}`);
};

describe('names joined by a hyphen', () => {
  it('"the Israel-Hamas ceasefire": Hamas is no member of Israel', () => {
    expect(affiliations('The Israel-Hamas ceasefire took effect on Sunday.')).toEqual([]);
  });

  it('a name in front of another with a space still qualifies it ("Hamas leader Ismail Haniyeh")', () => {
    expect(affiliations('Hamas leader Ismail Haniyeh arrived in Cairo on Sunday.')).toEqual(['ismail-haniyeh -> hamas']);
  });
});

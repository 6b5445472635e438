// "X-backed Y": a participle hyphenated to its agent and modifying its patient is read within its
// phrase, whatever the clause around it, and describes a standing state dated by the document.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../../src/extract/defaultResources';
import { extractDocument } from '../../../src/extract/extractEvents';
import type { SourceDocument } from '../../../src/extract/types';

const supportOf = (body: string) => {
  const doc: SourceDocument = { id: 'd', title: 'T', published: '2024-03-15', publishedPrecision: 'day', publishedInferred: false, source: null, body };
  return extractDocument(doc, defaultResources()).events.filter((e) => e.relation === 'support').map((e) => `${e.source} -> ${e.target} ${e.date} ${e.datePrecision}`);
};

describe('a name hyphenated to a backing participle', () => {
  it('"the Iran-backed Houthi rebels" in a clause dated Tuesday: Iran supports them, dated by the document', () => {
    const body = 'The truce collapsed on Tuesday after the envoys met the Iraqi prime minister in Baghdad and follows renewed attacks by the Iran-backed Houthi rebels.';
    expect(supportOf(body)).toEqual(['iran -> houthis 2024-03-15 document']);
  });

  it('a backing participle hyphenated to no actor supports nothing', () => {
    const body = 'The truce collapsed on Tuesday after the envoys met the Iraqi prime minister in Baghdad and follows renewed attacks by the state-backed Houthi rebels.';
    expect(supportOf(body)).toEqual([]);
  });
});

describe('a backing participle before coordinated nouns', () => {
  it('"the Russia-backed government and rebels": only the government is backed, and a named government is', () => {
    expect(supportOf('The Russia-backed government and rebels met in Geneva on Monday.')).toEqual([]);
    expect(supportOf("Syria's Russia-backed government and rebels met in Geneva on Monday.")).toEqual(['russia -> syria 2024-03-15 document']);
  });

  it('still reads a backed group named first: "the Iran-backed Houthis and Hezbollah"', () => {
    expect(supportOf('The Iran-backed Houthis and Hezbollah praised the attack on Monday.')).toEqual(['iran -> houthis 2024-03-15 document']);
  });
});

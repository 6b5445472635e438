// Verb-and-object cue phrases whose object carries its own modifiers ("declared a unilateral truce"
// for "declare a truce"): src/extract/objectPhrase.ts, data/roleFrames.json objectPhrases.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractDocument } from '../../src/extract/extractEvents';

function readings(body: string): string[] {
  const doc = { id: 'd', title: 'T', published: '2016-05-09', publishedPrecision: 'day' as const, publishedInferred: false, source: null, body };
  return extractDocument(doc, defaultResources())
    .events.filter((e) => e.relation !== 'affiliation')
    .map((e) => `${e.source} -${e.relation}/${e.cameo}-> ${e.target}`);
}

describe('object phrases with modifiers between verb and noun', () => {
  it.each([
    ['The Tamil Tigers declared a unilateral truce with Sri Lanka.', 'tamil-tigers -retreat/0871-> sri-lanka'],
    ['Kenyan police used excessive force against Somali protesters.', 'kenya -force/190-> somali-protesters'],
    ['Colombia lifted the economic sanctions on Ecuador on Monday.', 'colombia -concession/085-> ecuador'],
  ])('%s', (body, reading) => {
    expect(readings(body)).toContain(reading);
  });

  it('leaves a noun between to its own cue: "reach a breakthrough peace deal on Libya" is no agreement with Libya', () => {
    expect(readings('The leaders of Chad and Niger failed to reach a breakthrough peace deal on Libya.').filter((r) => r.endsWith('libya'))).toEqual([]);
  });

  it('needs the noun to be the verb\'s object: "declared a truce" read apart from "declared" before another object', () => {
    expect(readings('Sudan declared the border closed with a truce in Darfur.').filter((r) => r.includes('retreat'))).toEqual([]);
  });
});

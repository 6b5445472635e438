// Cues of damage done to another side's property and of overthrow, said with phrasal verbs
// ("set fire to", "blew up", "burned down", "bring down"): data/relations.json, coercion.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractDocument } from '../../src/extract/extractEvents';

function readings(body: string): string[] {
  const doc = { id: 'd', title: 'T', published: '2015-03-02', publishedPrecision: 'day' as const, publishedInferred: false, source: null, body };
  return extractDocument(doc, defaultResources())
    .events.filter((e) => e.relation !== 'affiliation')
    .map((e) => `${e.source} -${e.relation}/${e.cameo}-> ${e.target} ${e.modality ?? 'asserted'}`);
}

describe('phrasal cues of property damage and overthrow', () => {
  it.each([
    ['Hutu rebels set fire to a Burundian army post.', 'hutu-rebels -coercion/171-> burundi asserted'],
    ['Rwandan rebels blew up Burundian positions.', 'rwandan-rebels -coercion/171-> burundi asserted'],
    ['Ugandan troops burned down a Congolese village.', 'uganda -coercion/171-> dr-congo asserted'],
    ['Militants torched Kenyan police posts on Monday.', 'militants -coercion/171-> kenya asserted'],
  ])('%s', (body, reading) => {
    expect(readings(body)).toEqual([reading]);
  });

  it('reads "bring down" a leader as a planned overthrow when it is only vowed', () => {
    expect(readings('Zambian opposition leaders vowed to bring down President Lungu.').filter((r) => r.includes('coercion'))).toEqual([
      expect.stringMatching(/-coercion\/170-> .*lungu planned$/),
    ]);
  });

  it('reads no act from "blew up" with no object or "bring down" of a price', () => {
    expect(readings('The talks with Kenya blew up on Monday.')).toEqual([]);
    expect(readings('Uganda wants to bring down food prices in Kenya.')).toEqual([]);
  });
});

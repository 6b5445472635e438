// The two sides of a deal or talks a participle says someone brokered, read from the clause around
// the noun. Sentences about other actors than the seed and benchmark articles, run through the whole
// pipeline with the committed syntax model.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('a brokered deal whose sides the clause names', () => {
  it('"a truce brokered by X took effect between A and B": X mediates between A and B', () => {
    expect(triples('A truce brokered by Egypt took effect on Monday between Israel and Hamas.')).toEqual(['egypt -mediation-> hamas', 'egypt -mediation-> israel']);
  });

  it('"A and B signed an agreement mediated by X": the signers are the sides', () => {
    expect(triples('Sudan and South Sudan signed an agreement mediated by Ethiopia on Monday.')).toEqual([
      'ethiopia -mediation-> south-sudan',
      'ethiopia -mediation-> sudan',
      'sudan -agreement-> south-sudan',
    ]);
  });

  it('"A and B held talks mediated by X", with "mediated" tagged as an adjective', () => {
    expect(triples('Ethiopia and Eritrea held talks mediated by Kenya on Monday.')).toContain('kenya -mediation-> eritrea');
  });

  it('"A and B agreed to a Russian-brokered truce": the hyphenated broker mediates', () => {
    expect(triples('Armenia and Azerbaijan agreed to a Russian-brokered truce on Saturday.')).toEqual([
      'armenia -agreement-> azerbaijan',
      'russia -mediation-> armenia',
      'russia -mediation-> azerbaijan',
    ]);
  });

  it('a deal the sides will sign: the mediation is planned too', () => {
    expect(triples('Sudan and South Sudan will sign an agreement mediated by Ethiopia next week.')).toContain('ethiopia -mediation-> sudan [planned]');
  });
});

describe('no sides named', () => {
  it('one party alone is no pair of sides', () => {
    expect(triples('Ethiopia held talks mediated by Kenya on Monday.')).toEqual([]);
  });

  it('a brokered truce with nobody between', () => {
    expect(triples('The truce brokered by Egypt collapsed on Monday.')).toEqual([]);
  });
});

describe('mediators named by their state', () => {
  it('"Norwegian mediators" are Norway, as "Norwegian envoys" are', () => {
    expect(triples('Norwegian mediators brokered a truce between Sri Lanka and Tamil rebels on Friday.')).toEqual(
      expect.arrayContaining(['norway -mediation-> sri-lanka', 'norway -mediation-> tamil-rebels']),
    );
  });
});

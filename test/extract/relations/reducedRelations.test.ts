// Relations reduced by acting on the noun that names them ("canceled meetings with X", "suspended
// military cooperation with X"). Sentences about other actors than the seed and benchmark articles,
// run through the whole pipeline with the committed syntax model.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('a reducing verb on a noun of ties, talks or aid', () => {
  it('"suspended military cooperation with X": relations with X are reduced', () => {
    expect(triples('Mali suspended military cooperation with France on Monday.')).toEqual(['mali -sanction-> france']);
  });

  it('"canceled a planned visit to X"', () => {
    expect(triples('Kenya canceled a planned visit to Somalia on Monday.')).toEqual(['kenya -sanction-> somalia']);
  });

  it('"will not cancel talks with X": negated', () => {
    expect(triples('Sudan will not cancel talks with Egypt, the minister said on Monday.')).toContain('sudan -sanction-> egypt [negated]');
  });

  it('a noun with no party named reduces nothing', () => {
    expect(triples('Kenya canceled the visit on Monday.')).toEqual([]);
  });

  it('"called talks with X" convenes them: no sanction', () => {
    expect(triples('Kenya called talks with Somalia on Monday.')).not.toContain('kenya -sanction-> somalia');
  });

  it('a verb that reduces nothing on such a noun is no sanction', () => {
    expect(triples('Mali praised military cooperation with France on Monday.')).not.toContain('mali -sanction-> france');
  });
});

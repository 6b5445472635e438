// A reduction named by a noun ("a suspension of air links with X", "Britain's suspension of talks
// with X"): done by the noun's possessor or the subject of the light verb taking it. Sentences about
// other actors than the benchmark articles.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('a reducing noun', () => {
  it('"announced a suspension of air links with X"', () => {
    expect(triples('Italy announced a suspension of air links with Serbia on Wednesday.')).toEqual(['italy -sanction-> serbia']);
  });

  it('"announced the suspension of aid to X"', () => {
    expect(triples('Canada announced the suspension of aid to Haiti.')).toEqual(['canada -sanction-> haiti']);
  });

  it('"X\'s suspension of talks with Y": the talks are no negotiation read as held', () => {
    expect(triples("Britain's suspension of talks with Iran angered many.")).toEqual(['united-kingdom -sanction-> iran']);
  });

  it('a reducing noun with nobody doing it reduces nothing', () => {
    expect(triples('The suspension of talks with Iran worried many.')).toEqual([]);
  });
});

// A mobilisation for an act of force targets that act's target ("mobilized reservists for a war
// against X"). Sentences about other actors than the benchmark articles.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('the act a mobilisation prepares for', () => {
  it('"mobilized its army for an attack on X": X, not its own army', () => {
    expect(triples('Chad mobilized its army for an attack on Sudan.')).toEqual(['chad -mobilization-> sudan']);
  });

  it('"mobilized army reservists for a possible war against X" with the war hung on the reservists', () => {
    expect(triples('Britain mobilized army reservists for a possible war against Iraq on Tuesday.')).toEqual(['united-kingdom -mobilization-> iraq']);
  });

  it('a purpose that is no act of force names no target', () => {
    expect(triples('Kenya deployed troops for talks with Somalia.')).not.toContain('kenya -mobilization-> somalia');
  });
});

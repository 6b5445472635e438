// Coordinated subjects of a symmetric verb act with each other, except a conjunct that is the
// other's own through a possessive pronoun ("Museveni and his party agreed"). Sentences about other
// actors than the benchmark articles.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('a conjunct owned by a possessive pronoun', () => {
  it('"President X and his movement must agree to reforms": no agreement between them', () => {
    expect(triples('President Museveni and his National Resistance Movement must agree to major reforms.')).toEqual([]);
  });

  it('the pronoun does not stand for a person named before: "Y and his party agreed"', () => {
    expect(triples('President Museveni spoke on Monday. Netanyahu and his Likud party agreed to the plan.')).not.toContain('benjamin-netanyahu -agreement-> museveni');
  });

  it('"X and its neighbour Y agreed": a named counterpart still agrees', () => {
    expect(triples('Kenya and its neighbour Somalia agreed to the plan.')).toEqual(['kenya -agreement-> somalia']);
  });

  it('two states coordinated agree with each other', () => {
    expect(triples('Ghana and Togo agreed to the plan.')).toEqual(['ghana -agreement-> togo']);
  });
});

// An event noun counted by an amount ("70 million dollars of aid") takes the modality of the verb
// taking the amount. Sentences about other actors than the benchmark articles.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('an event noun after an amount', () => {
  it('"agreed to provide 70 million dollars of aid for X": planned', () => {
    expect(triples('The European Union agreed on Saturday to provide about 70 million dollars of aid for Chad.')).toEqual(['european-union -aid-> chad [planned]']);
  });

  it('"did not provide the tons of food aid to X": negated', () => {
    expect(triples('Japan did not provide 20,000 tons of food aid to Haiti.')).toEqual(['japan -aid-> haiti [negated]']);
  });

  it('"provided 20,000 tons of food aid to X": asserted', () => {
    expect(triples('Japan provided 20,000 tons of food aid to Haiti.')).toEqual(['japan -aid-> haiti']);
  });
});

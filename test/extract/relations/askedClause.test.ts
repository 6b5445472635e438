// A demand noun's "that" clause names who is asked when it asks for an act ("its demand that X
// release ..."), not when it states one. Sentences about other actors than the benchmark articles.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('the clause of a demand noun', () => {
  it('"renewed its demand that X release the prisoners": X is asked', () => {
    // The release asked for is read too, as an act not yet done.
    expect(triples('Uganda renewed its demand that Kenya release the prisoners.')).toEqual(['kenya -retreat-> prisoners [hypothetical]', 'uganda -demand-> kenya']);
  });

  it('"the demand that X withdraw ... was repeated by Y"', () => {
    expect(triples('The demand that Sudan withdraw its troops was repeated by Chad.')).toEqual(['chad -demand-> sudan']);
  });

  it('a clause stating an act asks nothing: "the demand that X made"', () => {
    expect(triples('Kenya rejected the demand that Uganda made on Monday.')).not.toContain('kenya -demand-> uganda');
  });
});

// "renewed its demand today that X V": the clause the parser hung on the time word after the demand
// noun is still the demand's. Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('a demand noun\'s clause hung on the time word after it', () => {
  it('"reiterated its demand today that Eritrea release the prisoners": Eritrea is asked', () => {
    expect(documentTriples('The African Union reiterated its demand today that Eritrea release the prisoners.')).toContain('african-union -demand-> eritrea');
  });
});

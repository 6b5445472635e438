// "Helicopters from the U.N. mission, known by its acronym X, fired on rebels": a participle set off
// by commas after the subject, which the parser may read as the sentence's verb with the main verb
// as its conjunct. Sentences about other conflicts than the benchmark's, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('a participle in commas after the subject', () => {
  it('the verb after the closing comma heads the sentence, with the noun before the participle as subject', () => {
    expect(documentTriples('Helicopters from the U.N. mission in South Sudan, known by its acronym UNMISS, fired on rebels near Bor on Monday.')).toContain('u-n-mission -force-> rebels');
  });

  it('warships and gunships stand for the force they come from', () => {
    expect(documentTriples('Gunships from the African Union force, known as AMISOM, fired on militants near Afgoye on Sunday.')).toContain('african-union -force-> militants');
    expect(documentTriples('Sri Lankan patrol boats fired on Indian fishermen near Katchatheevu.')).toContain('sri-lanka -force-> indian-fishermen');
  });
});

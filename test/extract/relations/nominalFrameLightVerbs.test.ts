// Event nouns taken by a light verb ("had a meeting with", "held talks with"): the verb's subject
// does what the noun names, to the noun's attachments. Sentences about other actors than the seed
// and benchmark articles, run through the whole pipeline with the committed syntax model.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('a light verb taking a meeting noun', () => {
  it('"had a first meeting with Prime Minister X": the preposition the parser hung on the title still opens the phrase', () => {
    expect(triples('Kenyan President William Ruto had an excellent first meeting with Ethiopian Prime Minister Abiy Ahmed on Monday.')).toEqual([
      'william-ruto -communication-> abiy-ahmed',
    ]);
  });
});

// "at the request of X" (data/roleFrames.json askedAdjuncts): the "of" phrase asked, the clause's doer
// was asked; a light verb's subject does not own the request. Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('an adjunct naming who asked', () => {
  it('"sent troops at the request of X": X asks the sender, not the other way round', () => {
    const triples = documentTriples('Rwanda sent troops to Mozambique at the request of the Mozambican government.');
    expect(triples).toContain('mozambique -appeal-> rwanda');
    expect(triples).not.toContain('rwanda -appeal-> mozambique');
  });

  it('a fronted adjunct: "At the request of X, Y carried out strikes"', () => {
    const triples = documentTriples('At the request of Somalia, Kenya carried out airstrikes on al-Shabaab positions.');
    expect(triples).toContain('somalia -appeal-> kenya');
    expect(triples).not.toContain('kenya -appeal-> al-shabaab');
  });

  it('a passive clause on talks: their parties were asked', () => {
    const triples = documentTriples('The talks between Sudan and South Sudan were held at the request of Ethiopia.');
    expect(triples).toEqual(expect.arrayContaining(['ethiopia -appeal-> sudan', 'ethiopia -appeal-> south-sudan']));
  });
});

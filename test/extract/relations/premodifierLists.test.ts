// Names and demonyms written as a list right before a noun they own each own it, however the parser
// hung them ("Afghan, NATO and U.S. troops").
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const read = (body: string) => documentTriples(body, { modality: true });

describe('a list of owners before a stand-in noun', () => {
  it('a demonym opening a list of names owns the noun too', () => {
    expect(read('Somali, Kenyan and African Union troops have been fighting al-Shabaab militants near Kismayo.')).toEqual([
      'african-union -force-> al-shabaab',
      'kenya -force-> al-shabaab',
      'somalia -force-> al-shabaab',
    ]);
  });

  it('"both the A and B governments" makes both governments act', () => {
    expect(read('Both the Sudanese and Chadian governments have written to the African Union.')).toEqual([
      'chad -communication-> african-union',
      'sudan -communication-> african-union',
    ]);
  });

  it('a noun modifier may stand between the list and the noun', () => {
    expect(read('Malian and French security forces killed twenty militants near Gao.')).toEqual(
      expect.arrayContaining(['france -force-> militants', 'mali -force-> militants']),
    );
  });

  it('a place opening the sentence after a preposition owns nothing', () => {
    expect(read('Near Goma, Rwandan and Ugandan officials met on Monday.')).toEqual(['rwanda -communication-> uganda']);
  });

  it('one owner without a closing "and" is no list', () => {
    expect(read('Kenya said Ugandan troops attacked al-Shabaab.')).not.toContain('kenya -force-> al-shabaab');
  });
});

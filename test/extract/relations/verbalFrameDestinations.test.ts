// Where a coercive act sends someone is no target of the act: "deported her to Egypt" acts on her.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const read = (body: string) => documentTriples(body, { modality: true });

describe('destinations of coercion', () => {
  it('a deportation acts on the deported, not on the country they are sent to', () => {
    const triples = read('Sudanese soldiers arrested the activist Amal Osman and deported her to Egypt.');
    expect(triples).toContain('sudan -coercion-> amal-osman');
    expect(triples).not.toContain('sudan -coercion-> egypt');
  });

  it('an exile to a country is no act on that country', () => {
    expect(read('Gabonese soldiers ousted President Ali Bongo and exiled him to Morocco.')).not.toContain('gabon -coercion-> morocco');
  });

  it('the object of a coercive verb stays its target', () => {
    expect(read('Turkey banned the Kurdistan Workers\' Party and its newspapers.')).toContain('turkiye -coercion-> pkk');
  });
});

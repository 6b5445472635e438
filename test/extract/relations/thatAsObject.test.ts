// "insists that X did Y" with "that" read as the verb's object is still a complement clause: what is
// said happened, no demand.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('"that" read as an object', () => {
  it('opens the complement clause: the report accuses, nothing is demanded', () => {
    expect(documentTriples('Eritrea insists that Ethiopian troops opened fire on its border posts.', { modality: true })).toEqual([
      'eritrea -accusation-> ethiopia',
      'ethiopia -force-> eritrea [reported]',
    ]);
  });
});

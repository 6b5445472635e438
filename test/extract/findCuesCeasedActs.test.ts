// An act noun named as what stops ("a cessation of hostilities") is no act done. Sentences about other conflicts.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../support/extractText';

describe('an act noun after a noun of stopping', () => {
  it('"a cessation of hostilities agreement between A and B" is no fighting between them', () => {
    const triples = documentTriples('The Colombian peace talks, between the Colombian government and the National Liberation Army (ELN) were "successfully concluded" with a cessation of hostilities agreement reached in Havana.');
    expect(triples).toEqual(['colombia -negotiation-> national-liberation-army']);
  });

  it('"the cessation of the hostilities" is none either', () => {
    const triples = documentTriples('Armenia and Azerbaijan agreed on the cessation of the hostilities in Nagorno-Karabakh.');
    expect(triples.filter((t) => t.includes('-force->'))).toEqual([]);
  });

  it('hostilities between two sides with no noun of stopping are still fighting', () => {
    const triples = documentTriples('The hostilities between Armenia and Azerbaijan killed dozens of soldiers.');
    expect(triples).toContain('armenia -force-> azerbaijan');
  });
});

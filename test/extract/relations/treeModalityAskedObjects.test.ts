// The act a call, demand or offer asks for has not happened, also where the parser hangs its "to"
// clause on the verb taking the noun. Sentences about other actors and conflicts.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('an infinitive after an object that asks or offers is not asserted', () => {
  it('"turned down an offer by Nigeria to attack the rebels": no attack is stated as done', () => {
    const read = triples('Chad turned down an offer by Nigeria to attack the rebels.');
    expect(read).toContain('chad -rejection-> nigeria');
    expect(read.filter((t) => t.includes('-force->') && !t.endsWith('[hypothetical]'))).toEqual([]);
  });

  it('a purpose clause after an object that asks for nothing stays asserted ("sent troops to attack")', () => {
    expect(triples('Chad sent troops to attack the rebels.')).toContain('chad -force-> rebels');
  });
});

// A person and the state named inside the same noun phrase are one party, never a relation's two ends
// (src/extract/relations/onePhrase.ts): sentences about other actors.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('a person and a state inside one noun phrase', () => {
  it('"hosted by their Brazilian counterpart, Mauro Vieira": Brazil does not host its own minister', () => {
    const body =
      'A meeting on Friday between the foreign ministers of Chile and Peru, Alberto van Klaveren and Javier Gonzalez-Olaechea, hosted by their Brazilian counterpart, Mauro Vieira, was deemed constructive.';
    const triples = documentTriples(body);
    expect(triples.filter((t) => t.includes('mauro-vieira'))).toEqual([]);
    expect(triples).toContain('chile -communication-> peru');
  });

  it('a person and a state in two phrases still make a relation: "Brazilian President Lula criticised Israel"', () => {
    expect(documentTriples('Brazilian President Luiz Inacio Lula da Silva criticised Israel on Monday.')).toEqual(['lula-da-silva -accusation-> israel']);
  });
});

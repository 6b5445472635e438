// Hyphen-joined modifiers before an event noun ("tit-for-tat tariffs", "face-to-face talks"): the chain
// modifies the noun, which keeps the clause's arc; "tit-for-tat" marks the act as mutual
// (data/roleFrames.json reciprocalMarkers). Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { hyphenatedBefore } from '../../../src/extract/relations/hyphenChain';
import { documentTriples } from '../../support/extractText';

describe('hyphen chains before an event noun', () => {
  it('"continued their tit-for-tat expulsions": a mutual act of the coordinated subject', () => {
    const triples = documentTriples('India and Pakistan continued their tit-for-tat expulsions of diplomats.');
    expect(triples).toEqual(expect.arrayContaining(['india -sanction-> pakistan', 'pakistan -sanction-> india']));
  });

  it('"tit-for-tat" read under a possessor, with the noun hung apart by the parser', () => {
    const triples = documentTriples('Canada and China continued their tit-for-tat tariffs.');
    expect(triples).toEqual(expect.arrayContaining(['canada -sanction-> china', 'china -sanction-> canada']));
  });

  it('"face-to-face talks" keep their parties', () => {
    expect(documentTriples('Serbia and Kosovo held their first face-to-face talks in Brussels.')).toContain('serbia -negotiation-> kosovo');
  });

  it('reads the hyphen-joined words before a token', () => {
    const words = ['their', 'tit', '-', 'for', '-', 'tat', 'tariffs'];
    expect(hyphenatedBefore((i) => words[i], 6)).toBe('tit-for-tat');
    expect(hyphenatedBefore((i) => words[i], 1)).toBeUndefined();
  });
});

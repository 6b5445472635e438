// The recipient a verb of giving names before its event noun ("promised Ukraine more aid"), which
// the parser hangs on the noun as if the aid were its own; and a grant is aid. Other actors and conflicts.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('a name between a verb of giving and its modified event noun is the recipient', () => {
  it('"sent Moldova humanitarian aid": Romania aids Moldova, not Moldova\'s aid', () => {
    expect(triples('Romania sent Moldova humanitarian aid.')).toEqual(['romania -aid-> moldova']);
  });

  it('"offered Lebanon military assistance": the offer keeps its modality', () => {
    expect(triples('France offered Lebanon military assistance.')).toEqual(['france -aid-> lebanon [hypothetical]']);
  });

  it('with nothing between the name and the noun, the name may own the aid: no recipient is read', () => {
    expect(triples('Romania sent EU aid to Moldova.')).toEqual(['european-union -aid-> moldova']);
  });
});

describe('a grant is aid', () => {
  it('"will give Malawi a grant of 20 million euros": planned aid to Malawi', () => {
    expect(triples('Ireland will give Malawi a grant of 20 million euros.')).toEqual(['ireland -aid-> malawi [planned]']);
  });

  it('the verb "grant" is no aid ("granted Somalia access to the port")', () => {
    expect(triples('Kenya granted Somalia access to the port.')).toEqual([]);
  });
});

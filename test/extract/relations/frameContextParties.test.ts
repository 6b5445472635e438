// "between the two countries", "between the two": one reference standing for both parties of a
// symmetric or mediated event noun (src/extract/relations/frameContext.ts, partiesUnder). Sentences
// about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('a plural reference after "between"', () => {
  it.each([
    'Thailand and Cambodia fought a border war in 2011. Indonesia hosted talks between the two countries on Monday.',
    'Thailand and Cambodia fought a border war in 2011. Indonesia hosted talks between the two on Monday.',
  ])('"%s": the talks are between the two parties named before, the host meets each', (body) => {
    expect(documentTriples(body)).toEqual(['indonesia -communication-> cambodia', 'indonesia -communication-> thailand', 'thailand -negotiation-> cambodia']);
  });

  it('"between the two" with no pair named together before names nobody', () => {
    expect(documentTriples('Thailand criticized Cambodia in 2011. Indonesia hosted talks between the two on Monday.')).toEqual(['thailand -accusation-> cambodia']);
  });
});

// "accused X last week of V-ing": a charge clause the parser hangs on the time phrase is the charge
// of the verb, so the accused does the act and the act is only reported.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('a charge clause hung on a time phrase', () => {
  it('gives the accused as the doer of a reported act', () => {
    expect(documentTriples('Kenya accused Somalia last week of arming militias near the border.', { modality: true })).toEqual([
      'kenya -accusation-> somalia',
      'somalia -aid-> militias [reported]',
    ]);
    expect(documentTriples('Chad accused Sudan last month of backing rebels in the east.', { modality: true })).toEqual([
      'chad -accusation-> sudan',
      'sudan -support-> rebels [reported]',
    ]);
  });

  it('leaves a time phrase whose clause is no charge as it was', () => {
    const triples = documentTriples('Ghana thanked Togo last week for the talks.', { modality: true });
    expect(triples.some((t) => t.startsWith('togo '))).toBe(false);
  });
});

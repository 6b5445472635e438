// An event noun as the subject of a clause with a modal or future auxiliary is as unrealised as that
// clause. Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('an event noun as the subject of a modal clause', () => {
  it('"a Turkish incursion into Syria could trigger sanctions": hypothetical', () => {
    expect(documentTriples('A Turkish incursion into Syria could trigger sanctions.', { modality: true })).toContain('turkiye -force-> syria [hypothetical]');
  });

  it('"talks between Chile and Bolivia will resume on Monday": planned', () => {
    expect(documentTriples('Talks between Chile and Bolivia will resume on Monday.', { modality: true })).toContain('chile -negotiation-> bolivia [planned]');
  });

  it('an event that happened stays asserted ("may have been planned", "will be investigated")', () => {
    expect(documentTriples('The Turkish incursion into Syria may have been planned for months.', { modality: true })).toContain('turkiye -force-> syria');
    expect(documentTriples('The Turkish incursion into Syria will be investigated.', { modality: true })).toContain('turkiye -force-> syria');
  });
});

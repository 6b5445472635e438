// A verb coordinated right after a relative clause on a statement continues that clause: the statement
// asks, not the main clause's subject.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('a conjunct after a statement\'s relative clause', () => {
  it('is not the main subject\'s act', () => {
    expect(documentTriples("Erdogan's remarks followed a statement from Greece's Foreign Ministry on Sunday that called the arrest unlawful and asked Turkey to apologize.")).toEqual([]);
  });

  it('a conjunct of the main clause with no statement before it stays the main subject\'s', () => {
    expect(documentTriples('Erdogan met the Greek envoy on Sunday and asked Greece to apologize.')).toEqual(['recep-tayyip-erdogan -appeal-> greece', 'recep-tayyip-erdogan -communication-> greece']);
  });
});

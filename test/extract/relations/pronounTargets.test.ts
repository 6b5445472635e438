// An event noun's target attachment owned by "its"/"their": the subject of the clause the noun is part
// of, never the event's own doer. Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('"its" in an event noun\'s target attachment', () => {
  it('"vowed revenge after Israeli raids on its positions": the raids hit the subject', () => {
    expect(documentTriples('Hezbollah vowed revenge after Israeli raids on its positions.')).toContain('israel -force-> hezbollah');
  });

  it('"condemned X attacks on its soldiers": the condemner was attacked', () => {
    expect(documentTriples('Ethiopia condemned Eritrean attacks on its soldiers.')).toContain('eritrea -force-> ethiopia');
  });

  it('not the event\'s own doer: "continued strikes on its neighbours"', () => {
    expect(documentTriples('Israel continued strikes on its neighbours.').filter((t) => t.includes('-force->'))).toEqual([]);
  });
});

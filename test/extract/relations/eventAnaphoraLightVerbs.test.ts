// A light verb whose object refers back to an event ("would hold the talks") carries that event out; it
// does not act on the event's parties (src/extract/relations/eventAnaphora.ts): sentences about other actors.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('a light verb on an event named before', () => {
  it('"hold the talks" detains nobody: the talks named before are not held as captives', () => {
    const body = 'Kenya offered talks with Ethiopia on Monday. Kenya, Ethiopia and Somalia would hold the talks in Nairobi on May 13.';
    const triples = documentTriples(body);
    expect(triples.filter((t) => t.includes('-coercion->'))).toEqual([]);
    expect(triples).toContain('kenya -negotiation-> ethiopia');
  });

  it('a verb that is no light verb still acts on the event\'s doer: "Ethiopia condemned the strikes"', () => {
    const body = 'Eritrea carried out air strikes on Ethiopia on Monday. Ethiopia condemned the strikes on Tuesday.';
    expect(documentTriples(body)).toContain('ethiopia -accusation-> eritrea');
  });
});

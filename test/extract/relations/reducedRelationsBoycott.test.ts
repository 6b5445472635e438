// "boycott all contact with X": boycotting a relation noun reduces relations with its party, like
// suspending it. Sentences about other actors and conflicts.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('boycotting contact, talks or ties with a party is a sanction on it', () => {
  it('"boycotted all official contact with Georgia": Russia sanctions Georgia', () => {
    expect(triples('Russia boycotted all official contact with Georgia.')).toEqual(['russia -sanction-> georgia']);
  });

  it('a boycott announced for later keeps its modality ("will boycott all contact with Uganda")', () => {
    expect(triples('Kenya will boycott all contact with Uganda.')).toEqual(['kenya -sanction-> uganda [planned]']);
  });

  it('boycotting an event names nobody as its target ("boycotted the summit")', () => {
    expect(triples('Kenya boycotted the summit.')).toEqual([]);
  });
});

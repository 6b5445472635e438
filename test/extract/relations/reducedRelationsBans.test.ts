// Banning or stopping aid, contacts or talks with an actor reduces relations with it (a sanction),
// rather than coercing it. Sentences about other actors than the benchmark articles.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('a ban on relations', () => {
  it('"would prohibit all aid to X": a planned sanction, no coercion', () => {
    expect(triples('The United States announced Wednesday it would prohibit all aid to Houthi rebels.')).toEqual(['united-states -sanction-> houthis [planned]']);
  });

  it('"banned all contacts with X"', () => {
    expect(triples('China banned all contacts with Taiwan.')).toEqual(['china -sanction-> taiwan']);
  });

  it('"stopped aid to X"', () => {
    expect(triples('Kenya stopped aid to Somalia.')).toEqual(['kenya -sanction-> somalia']);
  });

  it('banning a party is still coercion', () => {
    expect(triples('Uganda banned the Democratic Party.')).not.toContain('uganda -sanction-> democratic-party');
  });
});

// Actors written together with hyphens in front of a symmetric or mutual event noun are its sides
// ("the India-Pakistan talks"). Sentences about other actors than the benchmark articles.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('hyphen-joined sides of an event noun', () => {
  it('"the India-Pakistan talks": the two negotiate', () => {
    expect(documentTriples('The India-Pakistan talks ended in Delhi on Monday.')).toEqual(['india -negotiation-> pakistan']);
  });

  it('words between the names and the noun ("the Armenia-Azerbaijan peace talks")', () => {
    expect(documentTriples('Negotiators met for the Armenia-Azerbaijan peace talks in Washington.')).toEqual(['armenia -negotiation-> azerbaijan']);
  });

  it('"the Ethiopia-Eritrea peace deal": an agreement between the two', () => {
    expect(documentTriples('The Ethiopia-Eritrea peace deal was signed in 2018.')).toEqual(['ethiopia -agreement-> eritrea']);
  });

  it('a mutual noun goes both ways ("Thailand-Cambodia clashes")', () => {
    expect(documentTriples('Deadly Thailand-Cambodia clashes erupted near the temple.')).toEqual(['cambodia -force-> thailand', 'thailand -force-> cambodia']);
  });

  it('a dialogue is talks: "the U.S.-China strategic dialogue"', () => {
    expect(documentTriples('Officials prepared the U.S.-China strategic dialogue in Beijing.')).toEqual(['united-states -negotiation-> china']);
  });

  it('a directed noun gets no direction from a hyphen ("the Russia-Ukraine sanctions")', () => {
    expect(documentTriples('Officials discussed the Russia-Ukraine sanctions in Brussels.')).toEqual([]);
  });

  it('a name hyphenated to a participle is no side ("Saudi-led talks")', () => {
    expect(documentTriples('Yemen joined the Saudi-led talks in Riyadh.')).not.toContain('saudi-arabia -negotiation-> yemen');
  });
});

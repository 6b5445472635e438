// An event noun an intention noun is "for" ("announced plans for talks with X"): held by the plan's
// holder, and planned, or negated with the plan. Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const reading = (text: string): string[] => documentTriples(text, { modality: true });

describe('event nouns under "plans for"', () => {
  it('"announced plans for talks with X": planned talks of the announcer', () => {
    expect(reading('Armenia announced plans for talks with Azerbaijan.')).toContain('armenia -negotiation-> azerbaijan [planned]');
  });

  it('"has no plans for talks": negated', () => {
    expect(reading('Armenia has no plans for talks with Azerbaijan.')).toContain('armenia -negotiation-> azerbaijan [negated]');
  });
});

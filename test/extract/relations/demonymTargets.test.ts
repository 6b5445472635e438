// A demonym owns the place or craft it qualifies ("a Pakistani post", "a British tanker", "Ukrainian
// energy infrastructure") when the noun is in data/roleFrames.json standInNouns: the act on it targets
// that state. Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('an event noun aimed at a place or craft a demonym qualifies', () => {
  it('"an Eritrean raid on an Ethiopian checkpoint": Ethiopia is the target', () => {
    expect(documentTriples('An Eritrean raid on an Ethiopian checkpoint killed two guards.')).toContain('eritrea -force-> ethiopia');
  });

  it('"the seizure of a Greek tanker by Iran"', () => {
    expect(documentTriples('The seizure of a Greek tanker by Iran raised tensions in the Gulf.')).toContain('iran -coercion-> greece');
  });

  it('"strikes against Syrian energy infrastructure"', () => {
    expect(documentTriples('Turkish strikes against Syrian energy infrastructure continued on Friday.')).toContain('turkiye -force-> syria');
  });

  it('a noun outside the list is not the state\'s ("a Greek restaurant")', () => {
    expect(documentTriples('An Iranian attack on a Greek restaurant was reported.')).not.toContain('iran -force-> greece');
  });
});

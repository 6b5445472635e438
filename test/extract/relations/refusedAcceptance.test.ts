// Refusing to accept an actor, or what it claims or asks, rejects that actor.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const read = (body: string) => documentTriples(body, { modality: true });

describe('a refusal to accept', () => {
  it.each([
    ["Kenya will not accept Somalia's proposal.", 'kenya -rejection-> somalia'],
    ['The United States had consistently made clear it would not accept a nuclear North Korea.', 'united-states -rejection-> north-korea'],
    ['Mali will not accept the demands of the Tuareg rebels.', 'mali -rejection-> tuareg-rebels'],
  ])('"%s" rejects, as said now', (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });

  it('an acceptance made rejects nobody (it agrees: acceptedClaims.test.ts)', () => {
    expect(read("Kenya accepted Somalia's proposal.").filter((t) => t.includes('-rejection->'))).toEqual([]);
  });

  it('"meet" rejects only a claim or demand, not a person not met', () => {
    expect(read("Kenya did not meet Somalia's president.")).toEqual(['kenya -communication-> somalia [negated]']);
  });
});

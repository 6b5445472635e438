// Seizures of property from someone target whom it is taken from; "beat up" is an assault; pressing
// an actor to act ("pressured X to ...") asks it to. Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('property seized from someone', () => {
  it('"confiscated weapons from X": X is coerced', () => {
    expect(triples('Kenyan police confiscated weapons from Somali militants on Monday.')).toContain('kenya -coercion-> somali-militants');
  });

  it('a seizure with no "from" party names nobody it was taken from', () => {
    expect(triples('Kenyan police confiscated weapons in Mombasa on Monday.')).toEqual([]);
  });
});

describe('beating up', () => {
  it('"beat up X" is force on X', () => {
    expect(triples('Nepalese police beat up Tibetan protesters in Kathmandu.')).toContain('nepal -force-> protesters');
  });

  it('"beat" alone (a defeat in a match) is no force', () => {
    expect(triples('Kenya beat Uganda in the final on Sunday.')).toEqual([]);
  });
});

describe('pressing an actor to act', () => {
  it('"pressured X to drop the case" is an appeal to X', () => {
    expect(triples('Beijing pressured Manila to drop the case.')).toContain('china -appeal-> philippines');
  });
});

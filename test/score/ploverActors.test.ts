// How coded PLOVER actor texts are read: joined actors, state agents without a code, possessive heads.
import { describe, expect, it } from 'vitest';
import { countryNames, possessedName, splitJoinedActor, stateAgentCountry } from '../../src/score/ploverActors';

const countries = countryNames([
  { id: 'kenya', aliases: ['Kenya'], demonyms: ['Kenyan'] },
  { id: 'peru', aliases: ['Peru'], demonyms: ['Peruvian'] },
  { id: 'bolivia', aliases: ['Bolivia'], demonyms: ['Bolivian'] },
]);

describe('a coded actor text joining two marked actors', () => {
  it('is both actors when the sentence joins them with "and" or a comma', () => {
    expect(splitJoinedActor('Peru Bolivia', 'PER', 'Chile warned Peru and Bolivia on Monday.')).toEqual([
      ['Peru', '---'],
      ['Bolivia', '---'],
    ]);
    expect(splitJoinedActor('President Ruto Kenyan Senate', '---', 'Rebels said President Ruto and his Kenyan Senate must yield.').map(([t]) => t)).toEqual(['President Ruto', 'Kenyan Senate']);
  });

  it('stays one actor when the sentence has the text as written or no coordination', () => {
    expect(splitJoinedActor('Kenyan Senate', '---', 'The Kenyan Senate voted.')).toEqual([['Kenyan Senate', '---']]);
    expect(splitJoinedActor('Peru Bolivia', 'PER', 'Peru then Bolivia voted.')).toEqual([['Peru Bolivia', 'PER']]);
  });
});

describe('a coded state agent without a country code', () => {
  it('is the country when only government, force or official words follow its name or demonym', () => {
    expect(stateAgentCountry('Kenyan government', countries)).toBe('kenya');
    expect(stateAgentCountry("Peru's Vice Foreign Minister", countries)).toBe('peru');
    expect(stateAgentCountry('Bolivian security forces', countries)).toBe('bolivia');
  });

  it('is no country for its citizens, opposition, insurgents or other people', () => {
    for (const text of ['Kenyan businessman', 'Peruvian national', 'Bolivian opposition', 'Peruvian nationalist guerrillas', 'Kenyan riot police', 'Kenya']) expect(stateAgentCountry(text, countries), text).toBeUndefined();
  });
});

describe('a possessive coded phrase', () => {
  it('also names its one-word head, unless that head is a common noun', () => {
    expect(possessedName("Abu Sayyaf's Jolo-Hamas")).toBe('Jolo-Hamas');
    expect(possessedName("Kenya's Cabinet")).toBeUndefined();
    expect(possessedName("Kenya's new President William Ruto")).toBeUndefined();
    expect(possessedName('Kenya')).toBeUndefined();
  });
});

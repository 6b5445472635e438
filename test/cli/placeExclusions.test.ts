// The exclusion rule of the places gazetteer (data/gazetteer/place-rules.json) and the generated file that obeys it.
import { describe, expect, it } from 'vitest';
import placesFile from '../../data/gazetteer/places.json';
import { exclusionLists } from '../../src/cli/placeExclusions';
import { placeExclusion, plainPlaceName } from '../../src/extract/placeNames';

const lists = exclusionLists();

describe('place names left out of the gazetteer', () => {
  it('drops common English words, state forms and persons\' names, and keeps real place names', () => {
    expect(placeExclusion('Reading', lists)).toBe('English word');
    expect(placeExclusion('Mobile', lists)).toBe('English word');
    expect(placeExclusion('Georgia', lists)).toBe('state name');
    expect(placeExclusion('Kuwait', lists)).toBe('state name');
    expect(placeExclusion('Jackson', lists)).toBe('declared person name or word');
    expect(placeExclusion('Florence', lists)).toBe('declared person name or word');
    expect(placeExclusion('Kharkiv', lists)).toBeNull();
    expect(placeExclusion('Ganja', lists)).toBeNull();
  });

  it('spells names as news does: no ayin or hamza marks, no bracketed qualifier', () => {
    expect(plainPlaceName('Ma’rib')).toBe('Marib');
    expect(plainPlaceName('Cheshire East (B)')).toBe('Cheshire East');
  });

  it('data/gazetteer/places.json holds no name the rule leaves out, and names its licences', () => {
    const names = Object.values(placesFile.places).flatMap((p) => [...p.cities, ...p.regions]);
    expect(names.length).toBeGreaterThan(5000);
    expect(names.filter((n) => placeExclusion(n, lists) !== null)).toEqual([]);
    expect(placesFile.sources.map((s) => s.licence)).toEqual(['CC BY 4.0', 'MIT']);
  });
});

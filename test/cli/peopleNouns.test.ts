// The people-noun list's English plurals (src/cli/peopleNouns.ts).
import { describe, expect, it } from 'vitest';
import { pluralOf } from '../../src/cli/peopleNouns';

describe('pluralOf', () => {
  it('makes the plurals of person nouns', () => {
    const irregular = { person: 'people', wife: 'wives' };
    expect(['villager', 'nun', 'refugee'].map((w) => pluralOf(w, irregular))).toEqual(['villagers', 'nuns', 'refugees']);
    expect(['fisherman', 'policewoman', 'schoolchild', 'person', 'wife'].map((w) => pluralOf(w, irregular))).toEqual(['fishermen', 'policewomen', 'schoolchildren', 'people', 'wives']);
    expect(['deputy', 'boy', 'witness', 'coach'].map((w) => pluralOf(w, irregular))).toEqual(['deputies', 'boys', 'witnesses', 'coaches']);
  });
});

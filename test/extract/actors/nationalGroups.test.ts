// A nationality plural counted ("more than 200 Eritreans") or named as a people ("ethnic Uzbeks")
// is a group of its own, not the state; alone ("Iranians") it stays the state. Other conflicts.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples } from '../../support/extractText';

describe('people counted by nationality are a group of that nationality', () => {
  it('"deported more than 200 Eritreans": the deported are a group affiliated with Eritrea, not the state', () => {
    const r = extractArticles('Sudanese authorities deported more than 200 Eritreans on Monday.');
    expect(relationTriples(r)).toEqual(['sudan -coercion-> eritreans']);
    const group = actorOf(r, 'eritreans');
    expect(group?.kind).toBe('group');
    expect(group?.affiliation).toBe('eritrea');
    expect(group?.notes?.join(' ')).toContain('people counted by nationality: "200 Eritreans"');
  });

  it('"detained dozens of Ethiopians" with a counting word: the group, not Ethiopia', () => {
    const r = extractArticles('Kenyan police detained dozens of Ethiopians near the border.');
    expect(relationTriples(r)).toEqual(['kenya -coercion-> ethiopians']);
    expect(relationTriples(r).some((t) => t.endsWith('-> ethiopia'))).toBe(false);
  });

  it('a counted nationality in a sentence stating no act takes part in no relation ("home to some 30,000 Somalis")', () => {
    const r = extractArticles('The camp near Dadaab is home to some 30,000 Somalis, officials said.');
    expect(actorOf(r, 'somalis')?.kind).toBe('group');
    expect(relationTriples(r)).toEqual([]);
  });

  it('a counted nationality modifying a noun is no group ("three Somali ships")', () => {
    const r = extractArticles('Kenyan forces seized three Somali ships on Monday.');
    expect(r.actors.filter((a) => a.kind === 'group')).toEqual([]);
  });

  it('an uncounted nationality plural is still the state ("Armenians protested")', () => {
    const r = extractArticles('Armenians protested against Azerbaijan on Sunday.');
    expect(relationTriples(r)).toEqual(['armenia -protest-> azerbaijan']);
    expect(actorOf(r, 'armenians')).toBeUndefined();
  });
});

describe('a nationality plural after "ethnic" is a people, affiliated with no state', () => {
  it('"ethnic Armenians" detained by Azerbaijani troops are a group, not Armenia', () => {
    const r = extractArticles('Azerbaijani troops detained ethnic Armenians on Friday.');
    expect(relationTriples(r)).toEqual(['azerbaijan -coercion-> ethnic-armenians']);
    const group = actorOf(r, 'ethnic-armenians');
    expect(group?.kind).toBe('group');
    expect(group?.affiliation).toBeUndefined();
    expect(actorOf(r, 'armenia')).toBeUndefined();
  });

  it('"Ethnic Armenians" opening a sentence is no person\'s name', () => {
    const r = extractArticles('Ethnic Armenians accused Azerbaijan of abuses.');
    expect(actorOf(r, 'ethnic-armenians')?.kind).toBe('group');
    expect(relationTriples(r)).toEqual(['ethnic-armenians -accusation-> azerbaijan']);
  });
});

describe('more nouns name a group of people when a nationality qualifies them', () => {
  it('"Polish farmers", "Syrian villagers", "Ukrainian prisoners" are groups affiliated with their state', () => {
    const r = extractArticles('Polish farmers protested against the European Union on Monday. Syrian villagers accused Turkey of shelling. Ukrainian prisoners were released by Russia.');
    expect(relationTriples(r)).toEqual(['polish-farmers -protest-> european-union', 'russia -retreat-> ukrainian-prisoners', 'syrian-villagers -accusation-> turkiye']);
    expect(actorOf(r, 'ukrainian-prisoners')?.affiliation).toBe('ukraine');
  });

  it('alone, without a qualifier, such a noun names no group ("farmers protested")', () => {
    expect(extractArticles('Farmers protested against the European Union on Monday.').actors.filter((a) => a.kind === 'group')).toEqual([]);
  });
});

describe('"Serb" and "Croat" qualify a group as a nationality word does', () => {
  it('"Serb forces detained Croat fishermen": two groups, one acting on the other', () => {
    const r = extractArticles('Serb forces detained Croat fishermen on the Danube.');
    expect(relationTriples(r)).toEqual(['serb-forces -coercion-> croat-fishermen']);
    expect(actorOf(r, 'serb-forces')?.kind).toBe('group');
  });
});

describe('people of a nationality a relative clause picks out', () => {
  it('"Somalis who worked with the U.S." are a group affiliated with Somalia, not the state', () => {
    const r = extractArticles('Kenya is working to get all Americans, as well as Somalis who worked with the U.S., out of the country.');
    const group = actorOf(r, 'somalis');
    expect(group?.kind).toBe('group');
    expect(group?.affiliation).toBe('somalia');
    expect(relationTriples(r).some((t) => t.startsWith('somalia '))).toBe(false);
  });

  it('a nationality plural with no relative clause stays the state', () => {
    expect(relationTriples(extractArticles('Somalis protested against Kenya on Monday.'))).toContain('somalia -protest-> kenya');
  });
});

// A nationality plural counted ("more than 200 Eritreans") or named as a people ("ethnic Uzbeks")
// is a group of its own, not the state; alone ("Iranians") it stays the state. Other conflicts.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples } from '../../support/extractText';

describe('people counted by nationality are the state, as uncounted ones are', () => {
  it('"deported more than 200 Eritreans": Sudan acts on Eritrea (before, nothing was read)', () => {
    const r = extractArticles('Sudanese authorities deported more than 200 Eritreans on Monday.');
    expect(relationTriples(r)).toEqual(['sudan -coercion-> eritrea']);
    expect(actorOf(r, 'eritrea')?.aliases).toContain('Eritreans');
  });

  it('"detained dozens of Ethiopians" with a counting word before "of"', () => {
    expect(relationTriples(extractArticles('Kenyan police detained dozens of Ethiopians near the border.'))).toEqual(['kenya -coercion-> ethiopia']);
  });

  it('a counted nationality that takes no part in the sentence names nobody ("three Somali ships" is no people)', () => {
    const r = extractArticles('Kenyan forces seized three Somali ships on Monday.');
    expect(r.actors.filter((a) => a.kind === 'group')).toEqual([]);
  });

  it('an uncounted nationality plural is the state ("Armenians protested")', () => {
    const r = extractArticles('Armenians protested against Azerbaijan on Sunday.');
    expect(relationTriples(r)).toEqual(['armenia -protest-> azerbaijan']);
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

// A people named with a second nation's name ("Kosovo Albanians", "Turkish Cypriots") is a group of
// its own, neither state; "Serbs" and "Croats" after a nationality are a group of that nationality
// ("Croatian Serbs"), as "Iraqi Kurds" are. Sentences about other places than the benchmark's.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples } from '../../support/extractText';

describe('a people named with a second nation', () => {
  it('"Macedonian Albanians accused Bulgaria": the people, neither North Macedonia nor Albania', () => {
    const r = extractArticles('Macedonian Albanians accused Bulgaria of stirring up unrest in the west of the country, their leaders said on Monday.');
    const group = actorOf(r, 'macedonian-albanians');
    expect(group?.kind).toBe('group');
    expect(group?.affiliation).toBeUndefined();
    expect(group?.notes?.join(' ')).toContain('a people named with a second nation');
    expect(relationTriples(r)).toContain('macedonian-albanians -accusation-> bulgaria');
    expect(relationTriples(r).some((t) => t.startsWith('albania ') || t.startsWith('north-macedonia '))).toBe(false);
  });

  it('a state name before the plural names the people too ("Montenegro Serbs")', () => {
    const r = extractArticles('Thousands of Montenegro Albanians marched in Podgorica on Sunday.');
    expect(actorOf(r, 'montenegro-albanians')?.kind).toBe('group');
  });

  it('a state named before a plural of the same state is no second nation ("Romania Romanians")', () => {
    const r = extractArticles('Romania Romanians protested against the bill in Bucharest.');
    expect(actorOf(r, 'romania-romanians')).toBeUndefined();
  });
});

describe('Serbs and Croats qualified by a nationality', () => {
  it('"Croatian Serbs" are a group affiliated with Croatia', () => {
    const r = extractArticles('Croatian Serbs blocked the road to Knin on Friday, police said.');
    const group = actorOf(r, 'croatian-serbs');
    expect(group?.kind).toBe('group');
    expect(group?.affiliation).toBe('croatia');
  });
});

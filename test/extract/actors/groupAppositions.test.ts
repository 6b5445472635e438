// Bodies the dictionary lacks, named by an apposition with a group noun after the name, and their
// acronyms used later without a definition.
import { describe, expect, it } from 'vitest';
import { extractArticles, relationTriples } from '../../support/extractText';

describe('a name before an apposition with a group noun', () => {
  it('"Jemaah Islamiyah, a militant group" names a group that can act', () => {
    const r = extractArticles('Jemaah Islamiyah, a militant group based in Southeast Asia, attacked Australian diplomats in Jakarta.');
    const group = r.actors.find((a) => a.label === 'Jemaah Islamiyah');
    expect(group?.kind).toBe('group');
    expect(relationTriples(r)).toContain('jemaah-islamiyah -force-> australia');
  });

  it('a spaced dash and a phrase going on after the group noun ("- the insurgent group active in") also name one', () => {
    const r = extractArticles('Jundallah - the insurgent group active in Baluchistan - attacked Iranian border guards on Monday.');
    expect(r.actors.find((a) => a.label === 'Jundallah')?.kind).toBe('group');
    expect(relationTriples(r)).toEqual(['jundallah -force-> iran']);
  });

  it('a person described by a noun phrase that goes on after the group noun stays a person', () => {
    const r = extractArticles('Ahmed Haroun, a party official from Kordofan, criticized Chad on Monday.');
    expect(r.actors.find((a) => a.label === 'Ahmed Haroun')?.kind).not.toBe('group');
  });

  it('"the group\'s leader" after a name describes a person, not a group', () => {
    const r = extractArticles('Joseph Kony, the group\'s leader, threatened Uganda.');
    expect(r.actors.find((a) => a.label === 'Joseph Kony')?.kind).not.toBe('group');
  });
});

describe('an acronym spelling the initials of a body named before', () => {
  it('"the MILF" after "the Moro Islamic Liberation Front" is that front', () => {
    const r = extractArticles('The Moro Islamic Liberation Front signed a truce in Manila. Philippine troops later surrounded the MILF near Cotabato.');
    expect(relationTriples(r)).toContain('philippines -force-> moro-islamic-liberation-front');
    expect(r.actors.some((a) => a.label === 'MILF')).toBe(false);
  });

  it('an acronym matching no body named before is left to the other rules', () => {
    const r = extractArticles('The Moro Islamic Liberation Front signed a truce. The UNDP praised it.');
    expect(r.actors.find((a) => a.id === 'moro-islamic-liberation-front')?.aliases ?? []).not.toContain('UNDP');
  });
});

describe('encircling is a use of force', () => {
  it('"surrounded" and "encircled" with named sides', () => {
    expect(relationTriples(extractArticles('Ethiopian troops surrounded al-Shabaab fighters near Baidoa on Tuesday.'))).toContain('ethiopia -force-> al-shabaab');
    expect(relationTriples(extractArticles('Russian forces encircled Ukrainian troops near Debaltseve.'))).toContain('russia -force-> ukraine');
  });
});

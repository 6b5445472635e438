// Members standing for the organisation or group named with them. Sentences about other actors than
// the benchmark's.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples } from '../../support/extractText';

describe('members named with their organisation act as it', () => {
  it('"Members of the Kenya National Union of Teachers" protest as the union, and the note says why', () => {
    const r = extractArticles('Members of the Kenya National Union of Teachers protested against Uganda on Sunday.');
    expect(relationTriples(r)).toEqual(['kenya-national-union-of-teachers -protest-> uganda']);
    expect(actorOf(r, 'kenya-national-union-of-teachers')?.notes?.join(' ')).toContain('"Members" read as Kenya National Union of Teachers');
  });

  it('"Hamas insiders" accuse as Hamas', () => {
    expect(relationTriples(extractArticles('Hamas insiders accused Egypt of blocking the talks.'))).toEqual(['hamas -accusation-> egypt']);
  });

  it('a "Confederation" is an organisation: "the Ghana Confederation of Labour"', () => {
    const r = extractArticles('Members of the Ghana Confederation of Labour protested against Nigeria on Friday.');
    expect(actorOf(r, 'ghana-confederation-of-labour')?.kind).toBe('organization');
  });
});

describe('no member reading where no organisation is named with the noun', () => {
  it('"Members of Congress" makes no organisation called "Members of Congress"', () => {
    const r = extractArticles('Members of Congress criticized Russia on Monday.');
    expect(r.actors.some((a) => a.label.startsWith('Members'))).toBe(false);
  });

  it('members of a state are left to the state nouns: "Members of Kenya" is nobody', () => {
    const r = extractArticles('Members of Kenya protested against Uganda on Sunday.');
    expect(relationTriples(r)).toEqual([]);
  });
});

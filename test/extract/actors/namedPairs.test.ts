// Pairs of parties named together, which "both sides", "each side ... the other", "the two" and "the
// leaders" stand for (src/extract/actors/namedPairs.ts): sentences about other actors than the benchmark's.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples } from '../../support/extractText';

const notes = (body: string, id: string) => actorOf(extractArticles(body), id)?.notes ?? [];

describe('pairs named together', () => {
  it('a pair of titled persons the parser split into two subjects is still a pair', () => {
    const body = 'Peruvian President Dina Boluarte and Chilean President Gabriel Boric met in Lima. Each side blamed the other for the delay.';
    expect(notes(body, 'gabriel-boric')).toContain('"Each side" read as Dina Boluarte and Gabriel Boric: the two parties last named together before it ("A and B"), each acting on the other');
  });

  it('a mediator named with one side is no pair: "Colombia and Norway, the mediator,"', () => {
    const r = extractArticles('Colombia and Norway, the mediator, met the rebels on Monday. Each side blamed the other for the delay.');
    expect(relationTriples(r).filter((t) => t.includes('accusation'))).toEqual([]);
  });

  it('one state twice is no pair: "Colombia and the Colombian army"', () => {
    const r = extractArticles('Colombia and the Colombian army marched on Monday. Each side blamed the other for the delay.');
    expect(relationTriples(r).filter((t) => t.includes('accusation'))).toEqual([]);
  });
});

describe('"the two parties" leave out venues and mediators', () => {
  const between = (body: string, a: string, b: string) => relationTriples(extractArticles(body)).filter((t) => t.includes(a) && t.includes(b));

  it('the place of the talks is no party: "met at talks in Georgia. The two parties agreed"', () => {
    const body = 'Armenia met Azerbaijan at talks in Georgia on Monday. The two parties agreed to exchange prisoners.';
    const triples = relationTriples(extractArticles(body));
    expect(triples.filter((t) => t.includes('georgia'))).toEqual([]);
    expect(triples.some((t) => /^(armenia -agreement-> azerbaijan|azerbaijan -agreement-> armenia)$/.test(t))).toBe(true);
  });

  it('a state named in a place phrase of no meeting still counts ("political parties in Georgia")', () => {
    const body = 'Opposition parties in Georgia criticised Russia on Monday. The two sides later held talks.';
    expect(notes(body, 'georgia')).toContain('"two sides" read as Georgia and Russia: the last 2 parties named before it (mediators left out)');
  });

  it('"the mediation of Kenya" makes Kenya no party', () => {
    expect(between('Ethiopia accepted the mediation of Kenya on Monday. The two parties will meet in Nairobi next week.', 'ethiopia', 'kenya')).toEqual([]);
  });

  it('"Kenya-mediated talks" makes Kenya no party', () => {
    expect(between('Ethiopia joined Kenya-mediated talks on Monday. The two parties will meet again next week.', 'ethiopia', 'kenya')).toEqual([]);
  });
});

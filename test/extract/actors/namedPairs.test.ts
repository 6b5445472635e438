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

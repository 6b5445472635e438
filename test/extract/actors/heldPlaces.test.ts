// A group noun on a place the group holds ("rebel positions", "militant camps") names the group,
// as "Taliban positions" names the Taliban. Sentences about conflicts other than the benchmark's.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples } from '../../support/extractText';

describe('a group noun on a held place names the group', () => {
  it('"rebel positions" after a named rebel group is that group', () => {
    const r = extractArticles('Myanmar fights Arakan Army rebels in Rakhine. Burmese jets bombed rebel positions near Paletwa.');
    expect(relationTriples(r)).toContain('myanmar -force-> arakan-army');
  });

  it('with no group named before, a group of its own named by its plural, not the place', () => {
    const r = extractArticles('Ethiopian troops shelled militant camps in Gedo on Monday.');
    expect(relationTriples(r)).toContain('ethiopia -force-> militants');
    expect(actorOf(r, 'militants')?.label).toBe('Militants');
  });

  it('a capitalised name before the noun and place names a group', () => {
    const r = extractArticles('Congolese troops captured a Nyatura rebel stronghold on Sunday.');
    expect(relationTriples(r)).toContain('dr-congo -force-> nyatura-rebels');
  });

  it('a group noun on other nouns names nobody', () => {
    const r = extractArticles('Ethiopian troops killed a rebel commander in Gedo.');
    expect(r.actors.map((a) => a.id)).not.toContain('rebels');
  });
});

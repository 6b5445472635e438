// "both countries" after two officials of two states stands for their states
// (src/extract/actors/discourse.ts); a word of a name that is also a pronoun ("Liu He") is no
// pronoun (src/extract/actors/coreference.ts). Sentences about other actors than the benchmark's.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles } from '../../support/extractText';

describe('"both countries" after officials of two states', () => {
  it('stands for the states of the two persons named before', () => {
    const body = 'Japanese Foreign Minister Yoko Kamikawa and South Korean Foreign Minister Park Jin spoke in Seoul on Monday. Officials hope for a fishing deal between both countries.';
    const notes = actorOf(extractArticles(body), 'japan')?.notes ?? [];
    expect(notes.some((n) => n.startsWith('"both countries" read as'))).toBe(true);
  });

  it('two officials of one state are no two countries', () => {
    const body = 'Japanese Foreign Minister Yoko Kamikawa and Japanese Defence Minister Minoru Kihara spoke in Tokyo on Monday. Officials hope for a fishing deal between both countries.';
    const notes = extractArticles(body).actors.flatMap((a) => a.notes ?? []);
    expect(notes.filter((n) => n.startsWith('"both countries"'))).toEqual([]);
  });
});

describe('a name word that is also a pronoun', () => {
  it('"He" of "Wang He" is part of the name, never another person', () => {
    const body = 'President Lula met Chinese Vice Premier Wang He in Brasilia on Friday. Lula praised Wang He for the visit.';
    const notes = extractArticles(body).actors.flatMap((a) => a.notes ?? []);
    expect(notes.filter((n) => n.startsWith('"he" read as'))).toEqual([]);
  });
});

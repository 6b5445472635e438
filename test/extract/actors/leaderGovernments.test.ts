// "The Maduro government", "the Bush administration": the government a person leads is that
// person's state where the dictionary says which, and never an organisation of its own.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples } from '../../support/extractText';

describe('a person\'s name and a leader-body noun', () => {
  it('"the Maduro government" is Venezuela, as source or target', () => {
    expect(relationTriples(extractArticles('The Maduro government expelled Spanish diplomats.'))).toEqual(['venezuela -sanction-> spain']);
    expect(relationTriples(extractArticles('Trump criticized the Maduro government.'))).toEqual(['donald-trump -accusation-> venezuela']);
  });

  it('the person alone stays the person', () => {
    expect(relationTriples(extractArticles('Maduro expelled Spanish diplomats.'))).toEqual(['nicolas-maduro -sanction-> spain']);
  });

  it('a leader the dictionary lacks makes no organisation beside the person', () => {
    const r = extractArticles('President Kagwe met Ruto in Nairobi. The Kagwe administration later criticized Somalia.');
    expect(r.actors.filter((a) => a.kind === 'organization').map((a) => a.id)).toEqual([]);
    expect(actorOf(r, 'kagwe-administration')).toBeUndefined();
  });
});

describe('recent U.S. presidents are in the dictionary, so their administrations are the United States', () => {
  it('"the Obama administration" and "the Bush administration" act as the United States, and the note names the leader', () => {
    const r = extractArticles('The Obama administration criticized Russia over Crimea. Later the Bush administration was blamed by Iran.');
    expect(relationTriples(r)).toEqual(['iran -accusation-> united-states', 'united-states -accusation-> russia']);
    expect(actorOf(r, 'united-states')?.notes?.join(' ')).toContain('the government Barack Obama leads');
  });

  it('"President Biden" is the person, affiliated with the United States', () => {
    const r = extractArticles('President Biden met Chinese President Xi Jinping in Bali.');
    expect(relationTriples(r)).toContain('joe-biden -communication-> xi-jinping');
  });
});

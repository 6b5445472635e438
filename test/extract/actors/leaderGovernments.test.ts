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

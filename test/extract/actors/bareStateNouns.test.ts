// "Police arrested ...": a bare one-word state noun (data/actorWords.json bareStateNouns) reads as the
// state the article is about, as "the authorities" does, and as nobody when no state stands out.
import { describe, expect, it } from 'vitest';
import { extractArticles, relationTriples } from '../../support/extractText';

describe('bare "police" is the state the article is about', () => {
  it('"Police arrested" in an article about one state is that state acting', () => {
    const r = extractArticles('Zimbabwe held a disputed vote in July. Police arrested opposition leader Nelson Chamisa in Harare on Monday.');
    expect(relationTriples(r)).toContain('zimbabwe -coercion-> nelson-chamisa');
  });

  it('with two states named equally, "police" names neither', () => {
    const r = extractArticles('Zimbabwe and South Africa met in Pretoria. Police arrested opposition leader Nelson Chamisa in Harare on Monday.');
    expect(relationTriples(r).filter((t) => t.includes('-coercion->'))).toEqual([]);
  });
});

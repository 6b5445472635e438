// "the Brotherhood" after "the Muslim Brotherhood": the last word of a body's name stands for it.
import { describe, expect, it } from 'vitest';
import { extractArticles, relationTriples } from '../../support/extractText';
import '../../support/syntaxModel';

describe('"the" and the last word of a body named before', () => {
  it('is that body ("the Brotherhood")', () => {
    const r = extractArticles('Jordan banned the Muslim Brotherhood on Monday. The Brotherhood rejected the ban and accused Jordan of repression.');
    expect(relationTriples(r)).toContain('muslim-brotherhood -accusation-> jordan');
  });

  it('is nobody when two bodies named before end with that word', () => {
    const r = extractArticles('The Patriotic Front and the Popular Front clashed near Lusaka on Monday. Zambia accused the Front of the attack.');
    expect(relationTriples(r).filter((t) => t.startsWith('zambia -accusation->'))).toEqual([]);
  });
});

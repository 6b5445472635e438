// "the West" (data/actorWords.json blocNames): a group actor where it acts, never a place.
import { describe, expect, it } from 'vitest';
import { extractArticles, relationTriples } from '../../support/extractText';
import '../../support/syntaxModel';

describe('a bloc named by one word after "the"', () => {
  it('acts as the subject of a verb: "The West imposed sanctions on Belarus"', () => {
    const r = extractArticles('Belarus held elections on Sunday. The West imposed sanctions on Belarus.');
    expect(relationTriples(r)).toContain('the-west -sanction-> belarus');
  });

  it('acts as the "by" agent of a passive: "was criticized by the West"', () => {
    const r = extractArticles('Belarus held elections on Sunday. President Alexander Lukashenko was criticized by the West for the vote.');
    expect(relationTriples(r)).toContain('the-west -accusation-> alexander-lukashenko');
  });

  it('is a place after a locative preposition, and part of a longer name before a capitalised word', () => {
    const r = extractArticles('Belarus held elections on Sunday. Many critics of Belarus fled to the West. Israel raided a camp in the West Bank.');
    expect(r.actors.map((a) => a.id)).not.toContain('the-west');
  });
});

// An apposition calling an organisation an armed group, and the person it is led by. Sentences about
// other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples } from '../../support/extractText';

describe('"X, a rebel group led by Y"', () => {
  const text =
    "The Ituri National Congress, a rebel group led by General Mbadu Adirodu, attacked Ugandan troops near Bunia. Later rebels ambushed a Congolese convoy. Adirodu's fighters also attacked Ugandan troops in Kasese.";

  it('makes the organisation a group, with the apposition in its notes', () => {
    const r = extractArticles(text);
    const adf = actorOf(r, 'ituri-national-congress');
    expect(adf?.kind).toBe('group');
    expect(adf?.notes?.join(' ')).toContain('an armed group');
  });

  it('a bare "rebels" later is that group, and the leader\'s fighters are that group too', () => {
    const r = extractArticles(text);
    expect(relationTriples(r)).toEqual(['ituri-national-congress -force-> dr-congo', 'ituri-national-congress -force-> uganda', 'ituri-national-congress -force-> uganda']);
    expect(actorOf(r, 'adirodu-loyalists')).toBeUndefined();
  });

  it('an apposition naming no armed kind changes nothing: "a charity led by Y"', () => {
    const r = extractArticles('The Kivu Development Foundation, a charity led by General Mbadu Adirodu, criticized Uganda.');
    expect(actorOf(r, 'kivu-development-foundation')?.kind).toBe('organization');
  });
});

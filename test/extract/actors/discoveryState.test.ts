// One surname, one person: a person first named by surname alone and later in full is one actor,
// and the surname alone names that person afterwards (persons the dictionary lacks).
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples } from '../../support/extractText';
import '../../support/syntaxModel';

describe('surnames of persons the document names in full', () => {
  it('"Foreign Minister Halvorsen" before "Kristin Halvorsen" is the same person, named so afterwards', () => {
    const r = extractArticles('Foreign Minister Halvorsen met Ghana\'s president on Monday. Kristin Halvorsen criticized Togo on Tuesday. Halvorsen also praised Benin.');
    expect(actorOf(r, 'halvorsen')).toBeUndefined();
    expect(relationTriples(r)).toEqual(['kristin-halvorsen -accusation-> togo', 'kristin-halvorsen -communication-> ghana', 'kristin-halvorsen -support-> benin']);
    expect(actorOf(r, 'kristin-halvorsen')?.notes?.join(' ')).toMatch(/"Halvorsen" read as Kristin Halvorsen/);
  });

  it('"Mr. Varga" after "Peter Varga, a Hungarian citizen who ..." is that person', () => {
    const r = extractArticles('Serbia released Peter Varga, a Hungarian citizen who worked for a charity. Later Mr. Varga criticized Serbia.');
    expect(actorOf(r, 'peter-varga')).toMatchObject({ kind: 'person' });
    expect(relationTriples(r)).toContain('peter-varga -accusation-> serbia');
  });

  it('two persons sharing the surname leave it unresolved', () => {
    const r = extractArticles('Kristin Halvorsen met Ghana\'s president. Erik Halvorsen criticized Togo. Halvorsen also praised Benin.');
    expect(relationTriples(r).filter((t) => t.endsWith('benin'))).toEqual([]);
  });
});

// A bare name read as the longer name the same document uses for another actor of its kind.
import { describe, expect, it } from 'vitest';
import { actorOf, documentTriples, extractArticles, relationTriples } from '../../support/extractText';

describe('bare names that end a longer name of the document', () => {
  it('"Congo" in an article about the Democratic Republic of Congo is that state', () => {
    const r = extractArticles('The Democratic Republic of Congo accused Rwanda of backing the rebels. Later, Congo criticized Uganda.');
    expect(relationTriples(r)).toEqual(['dr-congo -accusation-> rwanda', 'dr-congo -accusation-> uganda', 'rwanda -support-> rebels']);
    expect(actorOf(r, 'republic-of-the-congo')).toBeUndefined();
  });

  it('a longer name opened by a compass word is another state: "Sudan" stays Sudan beside South Sudan', () => {
    const r = extractArticles('South Sudan accused Sudan of bombing its oil fields.');
    // "its" is South Sudan, so the accused bombing is Sudan's on South Sudan.
    expect(relationTriples(r)).toEqual(['south-sudan -accusation-> sudan', 'sudan -force-> south-sudan']);
  });

  it('the bare name keeps its own actor when the document names that actor in another way', () => {
    const r = extractArticles('The Republic of the Congo criticized the Democratic Republic of Congo. Congo then condemned Angola.');
    expect(relationTriples(r)).toEqual(['republic-of-the-congo -accusation-> angola', 'republic-of-the-congo -accusation-> dr-congo']);
  });
});

describe('a bare name several states share', () => {
  it('"Congo" in an article that names neither Congo otherwise is DR Congo, the state it usually means, with why', () => {
    const r = extractArticles('Hutu militias poured into neighboring Congo. Rwanda accused Congo of sheltering them.');
    expect(relationTriples(r)).toContain('rwanda -accusation-> dr-congo');
    expect(actorOf(r, 'dr-congo')?.notes?.join(' ')).toMatch(/"Congo" read as DR Congo: the state the name usually means/);
  });

  it('"Congo" beside "Brazzaville" is the Republic of the Congo', () => {
    const r = extractArticles('Angola accused Congo of harbouring rebels. Officials in Brazzaville denied it.');
    expect(relationTriples(r)).toContain('angola -accusation-> republic-of-the-congo');
  });
});

describe('"Brussels": Belgium, or the European Union seated there', () => {
  it('is the European Union where the text names the union', () => {
    expect(documentTriples('Chisinau, June 14.\nThe European Union imposed sanctions on Russia. Moldova thanked Brussels for its support.')).toContain('moldova -support-> european-union');
  });

  it('is Belgium where the text names Belgium', () => {
    expect(documentTriples("Brussels, Feb 4.\nBelgium's King Philippe spoke. Brussels protested to Kinshasa over the arrest.")).toContain('belgium -protest-> dr-congo');
  });
});

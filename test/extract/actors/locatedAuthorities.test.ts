// A state's authorities named by where they sit ("authorities in Belarus", "officials in Kabul",
// "the interior ministry in Abkhazia") are that state; with an owner or a describing word in front
// ("UN officials in Kabul", "aid officials in Sudan") they are not.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples } from '../../support/extractText';

describe('authorities named by where they sit', () => {
  it('"Authorities in Belarus detained ..." is Belarus acting', () => {
    const r = extractArticles('Authorities in Belarus detained two Lithuanian journalists near Grodno on Monday.');
    expect(relationTriples(r)).toContain('belarus -coercion-> lithuanian-journalists');
    expect(actorOf(r, 'belarus')?.notes?.join(' ')).toContain("a state's authorities named by where they sit are the state");
  });

  it('a capital stands for its state: "Officials in Baku accused Yerevan"', () => {
    const r = extractArticles('Officials in Baku accused Armenia of shelling border villages overnight.');
    expect(relationTriples(r)).toContain('azerbaijan -accusation-> armenia');
  });

  it('an owner in front keeps the officials its own: "UN officials in Kabul"', () => {
    const r = extractArticles('UN officials in Kabul accused Pakistan of closing the border crossings.');
    expect(relationTriples(r).some((t) => t.startsWith('afghanistan '))).toBe(false);
  });

  it('a describing word in front makes them no state\'s: "aid officials in Sudan"', () => {
    const r = extractArticles('Aid officials in Chad accused the rebels of looting food convoys.');
    expect(relationTriples(r).some((t) => t.startsWith('chad '))).toBe(false);
  });

  it('officials an envoy met in a capital are its state: the envoy met the state', () => {
    const r = extractArticles('The Polish envoy met officials in Minsk on Tuesday.');
    expect(relationTriples(r)).toContain('poland -communication-> belarus');
  });
});

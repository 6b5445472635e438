// Armed groups the dictionary lacks, named by the word before a fighters noun. Sentences about
// conflicts the dictionary does not list.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples } from '../../support/extractText';

describe('a name before a fighters noun names an armed group', () => {
  it('"Fano militiamen" is a group, and "Fano" alone later is the same group', () => {
    const r = extractArticles('Fano militiamen attacked Ethiopian troops near Gondar. Later Fano accused Eritrea of arming its rivals.');
    const fano = actorOf(r, 'fano-militiamen');
    expect(fano?.kind).toBe('group');
    expect(fano?.aliases).toContain('Fano');
    expect(fano?.notes?.join(' ')).toContain('named before a fighters noun: "Fano militiamen"');
    expect(relationTriples(r)).toEqual(expect.arrayContaining(['fano-militiamen -force-> ethiopia', 'fano-militiamen -accusation-> eritrea']));
  });

  it('a two-word name works as a one-word one, and a singular noun names the group by its plural', () => {
    const r = extractArticles('Raia Mutomboki fighters seized the town from Congolese soldiers. A Nyatura militant was killed.');
    expect(actorOf(r, 'raia-mutomboki-fighters')?.kind).toBe('group');
    expect(actorOf(r, 'nyatura-militants')?.kind).toBe('group');
  });

  it('qualifiers, places and faiths are no group names', () => {
    const r = extractArticles(
      "Government fighters shelled the town. Islamic militants attacked a police post. Goma rebels attacked Rwandan troops. Sunni insurgents attacked Iraqi troops. Shi'ite rebels attacked Yemeni troops.",
    );
    for (const id of ['government-fighters', 'islamic-militants', 'goma-rebels', 'sunni-insurgents', 'shi-ite-rebels']) expect(actorOf(r, id)?.notes?.join(' ') ?? '').not.toContain('fighters noun');
  });

  it('a name that ends its clause before the noun names nothing', () => {
    const r = extractArticles('The talks were held in Kigali; rebels were not invited.');
    expect(r.actors.filter((a) => a.kind === 'group').map((a) => a.id)).not.toContain('kigali');
  });
});

describe('a person\'s name before a fighters noun', () => {
  it('"Gbagbo fighters" after Laurent Gbagbo are his followers, no group named "Gbagbo"', () => {
    const r = extractArticles('Abidjan, April 4.\nIncumbent president Laurent Gbagbo refused to step down. Gbagbo fighters attacked U.N. peacekeepers on Monday.');
    expect(r.actors.some((a) => a.notes?.some((n) => n.includes('fighters noun')))).toBe(false);
  });
});

// Groups named by an acronym in front of an armed group noun, and the groups the same article
// describes by nationality that turn out to be it. Sentences about other conflicts.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples } from '../../support/extractText';

describe('an acronym before an armed group noun names the group', () => {
  it('"the FDLR rebels" is the FDLR, and the "Rwandan rebels" of the same article are too', () => {
    const r = extractArticles('Rwandan rebels attacked Congolese troops. The FDLR rebels later withdrew from Goma.');
    expect(relationTriples(r)).toEqual(['fdlr -force-> dr-congo']);
    expect(actorOf(r, 'fdlr')?.kind).toBe('group');
    expect(actorOf(r, 'rwandan-rebels')).toBeUndefined();
  });

  it('an acronym before a noun that names no armed group is not made an armed group', () => {
    const r = extractArticles('The UNHCR workers met Kenyan officials in Nairobi.');
    expect(actorOf(r, 'unhcr')?.kind).not.toBe('group');
  });
});

describe('an acronym alone in one article is the actor another article introduced with it', () => {
  it('"the LRA militias" in one article joins the group named with "known as the LRA" in another', () => {
    const r = extractArticles("Uganda said the Lord's Resistance Army, known as the LRA, attacked villages.", 'Sudan accused the LRA militias of killing civilians.');
    const groups = r.actors.filter((a) => a.kind === 'group');
    expect(groups).toHaveLength(1);
    expect(groups[0]!.aliases).toContain('LRA');
    expect(relationTriples(r)).toEqual([`sudan -accusation-> ${groups[0]!.id}`]);
  });
});

describe('a group named by its kind ("the militant group", "the rebel leadership") is the armed group named before', () => {
  it('"The militant group" after Boko Haram acts as Boko Haram, and the note says why', () => {
    const r = extractArticles('Boko Haram fighters stormed the town of Baga. The militant group also attacked Cameroonian troops near the border.');
    expect(relationTriples(r)).toEqual(['boko-haram -force-> cameroon']);
    expect(actorOf(r, 'boko-haram')?.notes?.join(' ')).toContain('"militant group" refers back to Boko Haram');
  });

  it('"the rebel leadership" after "M23 rebels" meets as M23', () => {
    const r = extractArticles('M23 rebels seized Goma. The rebel leadership later met Ugandan President Yoweri Museveni in Kampala.');
    expect(relationTriples(r)).toContain('m23 -communication-> yoweri-museveni');
  });

  it('"a militant group" with no group named before is nobody', () => {
    expect(relationTriples(extractArticles('A militant group attacked Cameroonian troops near the border.'))).toEqual([]);
  });
});

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

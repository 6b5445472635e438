// Groups named by an acronym in front of an armed group noun, and the groups the same article
// describes by nationality that turn out to be it. Sentences about other conflicts.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples, unscoped } from '../../support/extractText';

describe('an acronym before an armed group noun names the group', () => {
  it('"the FDLR rebels" is the FDLR, and the "Rwandan rebels" of the same article are too', () => {
    const r = extractArticles('Rwandan rebels attacked Congolese troops. The FDLR rebels later withdrew from Goma.');
    // The withdrawal from Goma is a retreat from the state Goma is in.
    expect(relationTriples(r)).toEqual(['fdlr -force-> dr-congo', 'fdlr -retreat-> dr-congo']);
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

describe('a group named by its kind ("the militant group", "rebel leaders") is the armed group named before', () => {
  it('"The militant group" after Boko Haram acts as Boko Haram, and the note says why', () => {
    const r = extractArticles('Boko Haram fighters stormed the town of Baga. The militant group also attacked Cameroonian troops near the border.');
    expect(relationTriples(r)).toEqual(['boko-haram -force-> cameroon']);
    expect(actorOf(r, 'boko-haram')?.notes?.join(' ')).toContain('"militant group" refers back to Boko Haram');
  });

  it('"the rebel leadership" after "M23 rebels" is M23 too', () => {
    const r = extractArticles('M23 rebels seized Goma on Sunday. The rebel leadership later met Ugandan President Yoweri Museveni in Kampala.');
    expect(relationTriples(r)).toContain('m23 -communication-> yoweri-museveni');
  });

  it('"rebel leaders" after "M23 rebels" meet as M23', () => {
    const r = extractArticles('M23 rebels seized Goma. Rebel leaders later met Ugandan President Yoweri Museveni in Kampala.');
    expect(relationTriples(r)).toContain('m23 -communication-> yoweri-museveni');
  });

  it('"a militant group" with no group named anywhere is a group named by its role', () => {
    expect(relationTriples(extractArticles('A militant group attacked Cameroonian troops near the border.'))).toEqual(['militants -force-> cameroon']);
  });
});

describe('a group named by who backs it or by a stance', () => {
  it('"Russia-backed rebels" is a group of its own, the backer stays an actor, and "the rebels" later is that group', () => {
    const r = extractArticles('Donetsk fell to Russia-backed rebels in May. Ukraine demanded that the rebels withdraw.');
    const group = actorOf(r, 'russia-backed-rebels');
    expect(group?.label).toBe('Russia-backed rebels');
    expect(group?.aliases).not.toContain('rebels');
    expect(relationTriples(r)).toContain('ukraine -demand-> russia-backed-rebels');
  });

  it('"anti-Japan protesters" and "pro-Russian separatists" are two groups: protesters are no armed group "separatists" could be', () => {
    const r = extractArticles('Anti-Japan protesters marched to the consulate on Sunday. Pro-Russian separatists seized the building.');
    expect(r.actors.filter((a) => a.kind === 'group').map((a) => unscoped(a.id)).sort()).toEqual(['anti-japan-protesters', 'pro-russian-separatists']);
  });

  it('"freedom fighters": a noun in front says what they are, not who, so they refer back to no group', () => {
    const r = extractArticles('Kashmiri militants attacked an Indian post. Pakistan calls such men freedom fighters.');
    const notes = actorOf(r, 'kashmiri-militants')?.notes?.join(' ') ?? '';
    expect(notes).not.toContain('"fighters" refers back');
  });
});

describe('a bare armed group noun ("rebels", "20 militants") is the one armed group the article names, or a group of its own', () => {
  it('with no group named anywhere, "militants" and "20 militants" are one group named by its role', () => {
    const r = extractArticles('Somali troops killed 20 militants near Kismayo on Monday. The militants had attacked a police post.');
    expect(relationTriples(r)).toContain('somalia -force-> militants');
    expect(actorOf(r, 'militants')?.kind).toBe('group');
  });

  it('"Rebels attacked ..." before the article names M23 is M23, and the note says why', () => {
    const r = extractArticles('Rebels attacked Congolese troops near Goma on Sunday. M23 has held the hills above the city since 2012.');
    expect(relationTriples(r)).toEqual(['m23 -force-> dr-congo']);
    expect(actorOf(r, 'rebels')).toBeUndefined();
    expect(actorOf(r, 'm23')?.notes?.join(' ')).toContain('the one armed group the article names');
  });

  it('with two armed groups named, a bare "militants" could be either and names neither', () => {
    const r = extractArticles('Militants attacked an army post in Borno on Friday. Boko Haram and the Islamic State West Africa Province both operate in the area.');
    expect(actorOf(r, 'militants')).toBeUndefined();
    expect(relationTriples(r).filter((t) => t.includes('-force->'))).toEqual([]);
  });
});

describe('a nationality, a political qualifier and an armed group noun name a group, not the state', () => {
  it('"Iraqi nationalist guerrillas" and "Peruvian communist rebels" act as groups of their own', () => {
    expect(relationTriples(extractArticles('Iraqi nationalist guerrillas attacked Kuwaiti soldiers on Sunday.'))).toEqual(['iraqi-nationalist-guerrillas -force-> kuwait']);
    expect(relationTriples(extractArticles('Peruvian communist rebels ambushed Bolivian police.'))).not.toContain('peru -force-> bolivia');
  });
});

describe('a known name continued by a hyphenated particle and a name word is another body', () => {
  it('"Hamas al-Jadida" is no Hamas: a group of its own that acts under its full name', () => {
    const r = extractArticles('Hamas al-Jadida fighters attacked Egyptian troops near Rafah. Hamas al-Jadida said it would fight on.');
    expect(actorOf(r, 'hamas')).toBeUndefined();
    expect(actorOf(r, 'hamas-al-jadida')?.kind).toBe('group');
    expect(relationTriples(r)).toContain('hamas-al-jadida -force-> egypt');
  });

  it('a known name followed by a particle without a hyphen stays the known name', () => {
    const r = extractArticles('Hamas al Jazeera interview angered Egypt.');
    expect(actorOf(r, 'hamas-al-jazeera')).toBeUndefined();
  });
});

describe('a group named as a qualifier ("al-Qaida inspired militants") is no antecedent', () => {
  it('"the band of al-Qaida inspired militants" after Boko Haram is Boko Haram, not al-Qaida', () => {
    const r = extractArticles('The army says it is taking positions held by Boko Haram, the band of al-Qaida inspired militants holed up near Lake Chad. Chad has demanded that the fighters surrender.');
    expect(actorOf(r, 'boko-haram')?.notes?.join(' ')).toContain('"militants" refers back to Boko Haram');
  });
});

describe('world powers as one group', () => {
  it('"six world powers", "major powers" name one group actor', () => {
    const r = extractArticles('North Korea held talks with six world powers in Beijing. North Korea later rejected an offer from major powers.');
    expect(relationTriples(r)).toEqual(expect.arrayContaining(['north-korea -negotiation-> world-powers', 'north-korea -rejection-> world-powers']));
    expect(r.actors.filter((a) => a.id.includes('powers')).map((a) => unscoped(a.id))).toEqual(['world-powers']);
  });
});

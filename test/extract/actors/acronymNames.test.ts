// Bodies named with "for the" / "of the" inside their name and defined by a bracketed acronym
// ("Movement for the Emancipation of the Niger Delta (MEND)"), and acronyms spelled in another
// language's word order ("UNITA"). Sentences about other bodies than the benchmark's.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples } from '../../support/extractText';

describe('a body name running through "for the" and "of the" to its acronym', () => {
  it('is one body, its acronym an alias, and a state inside its name is no mention', () => {
    const r = extractArticles('The Front for the Liberation of the Cameroon Coast (FLCC) attacked a ferry near Douala on Monday. Cameroon accused the FLCC of the attack.');
    const body = actorOf(r, 'front-for-the-liberation-of-the-cameroon-coast');
    expect(body?.aliases).toContain('FLCC');
    expect(relationTriples(r)).toContain('cameroon -accusation-> front-for-the-liberation-of-the-cameroon-coast');
  });

  it('an acronym of the initials in another order is still the name\'s ("PUNA" of "National Party for the Unity of Africa")', () => {
    const r = extractArticles('Leaders of the National Party for the Unity of Africa (PUNA) condemned Togo on Friday. PUNA said the vote was rigged.');
    expect(actorOf(r, 'national-party-for-the-unity-of-africa')?.aliases).toContain('PUNA');
  });

  it('a title and a name before "of the" make no body ("President Okello of the Popular Front (PF)")', () => {
    const r = extractArticles('President Okello of the Popular Front (PF) accused Kenya of meddling on Sunday.');
    expect(r.actors.some((a) => a.label.startsWith('President'))).toBe(false);
  });

  it('without an acronym, a part the parse or a capitalised common noun ties to the name stays in it', () => {
    const r = extractArticles('The National Council for the Defence of Freedom met in Bamako on Monday.');
    expect(r.actors.map((a) => a.label)).toContain('National Council for the Defence of Freedom');
  });

  it('without an acronym, a run stops before "for the" and a proper name the parse hangs elsewhere', () => {
    const r = extractArticles('Japan thanked the Peace Council for the Tokyo talks on Monday.');
    expect(r.actors.some((a) => a.label.includes('Tokyo'))).toBe(false);
  });
});

describe('an acronym introduced as the name of a group described before it', () => {
  it('"rebels known as the CPJR": a group of that name, and its later uses are it', () => {
    const r = extractArticles('Chad sent troops to fight rebels known as the CPJR near Abeche. Chad accused the CPJR of the attack on Monday.');
    expect(actorOf(r, 'cpjr')?.kind).toBe('group');
    expect(relationTriples(r)).toContain('chad -accusation-> cpjr');
  });

  it('a comma may stand between the noun and "known as" ("insurgents, known as the MPLC,")', () => {
    const r = extractArticles('Gabon fought insurgents, known as the MPLC, near Franceville. Gabon accused the MPLC of the ambush on Monday.');
    expect(relationTriples(r)).toContain('gabon -accusation-> mplc');
  });

  it('an acronym no group noun introduces names nobody new ("a plan known as the PNDP")', () => {
    const r = extractArticles('Chad adopted a plan known as the PNDP on Monday. The PNDP angered the rebels.');
    expect(actorOf(r, 'pndp')).toBeUndefined();
  });
});

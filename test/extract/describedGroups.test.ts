// Victims and descriptive groups as actors (src/extract/actors/describedGroups.ts), each rule on
// sentences of its own about other conflicts.
import { describe, expect, it } from 'vitest';
import { actorOf as actor, extractArticles as run, relationTriples as triples } from '../support/extractText';

describe('described groups', () => {
  it('a counted people noun is the victim group: "40 schoolboys"', () => {
    const r = run('Gunmen kidnapped 40 schoolboys from a boarding school in Zamfara state on Friday.');
    expect(triples(r)).toEqual(['gunmen -coercion-> schoolboys']);
    const g = actor(r, 'schoolboys')!;
    expect(g.label).toBe('Schoolboys');
    expect(g.aliases).toContain('40 schoolboys');
  });

  it('a noun before the head describes the group: "three aid workers"', () => {
    expect(triples(run('Myanmar soldiers arrested three aid workers in Rakhine on Monday.'))).toEqual(['myanmar -coercion-> aid-workers']);
  });

  it('an adjective describes it: "two suspected smugglers"; a quantifier with "of" counts it: "dozens of civilians"', () => {
    expect(triples(run('Colombian troops detained two suspected smugglers near the Venezuelan border.'))).toEqual(['colombia -coercion-> suspected-smugglers']);
    const r = run('Russian forces shelled dozens of civilians fleeing Mariupol.');
    expect(triples(r)).toEqual(['russia -force-> civilians']);
    expect(actor(r, 'civilians')!.aliases).toContain('dozens of civilians');
  });

  it('a nationality affiliates the group with its state, which then meets the same group of other articles', () => {
    const r = run('Ethiopian troops attacked 300 Eritrean refugees near the border on Monday.');
    expect(triples(r)).toEqual(['ethiopia -force-> eritrean-refugees']);
    expect(r.actors.find((a) => a.id === 'eritrean-refugees')?.affiliation).toBe('eritrea');
  });

  it('"the girls" refers back to the schoolgirls described before', () => {
    const r = run('Militants abducted 110 schoolgirls in Dapchi. The Nigerian army said it freed the girls on Wednesday.');
    expect(triples(r)).toEqual(['militants -coercion-> schoolgirls', 'nigeria -retreat-> schoolgirls']);
  });

  it('a bare plural names a kind of people, no group: "cracked down on Hungarian nationalists", "killed villagers"', () => {
    expect(triples(run('Romanian police cracked down on Hungarian nationalists on Tuesday.'))).toEqual([]);
    expect(triples(run('Myanmar soldiers killed villagers on Monday.'))).toEqual([]);
  });

  it('a counted group is one: "several villagers", "dozens of villagers"', () => {
    expect(triples(run('Myanmar soldiers killed several villagers on Monday.'))).toEqual(['myanmar -force-> villagers']);
    expect(triples(run('Myanmar soldiers killed dozens of villagers on Monday.'))).toEqual(['myanmar -force-> villagers']);
  });

  it('"the miners" in a caption before "14 coal miners" is the group described after it, no group of its own', () => {
    const r = run('Families rally for the miners kidnapped by the National Liberation Army in Arauca. The National Liberation Army abducted 14 coal miners near Saravena in March.');
    expect(r.actors.filter((a) => /miners/i.test(a.label)).map((a) => a.label)).toEqual(['Coal miners']);
    expect(actor(r, 'coal-miners')!.aliases).toContain('the miners');
  });

  it('no node for a plural that takes part in no relation', () => {
    const r = run('Thousands of pilgrims arrived in Mecca on Sunday.');
    expect(r.actors.filter((a) => a.kind === 'group')).toEqual([]);
  });

  it('the audience of what is said is no party: "told reporters"', () => {
    const r = run('The Sudanese minister told reporters that the talks with Egypt had failed.');
    expect(r.actors.some((a) => /reporters/i.test(a.label))).toBe(false);
  });

  it('people an actor sends or withdraws are its own, no party: "withdraw aid workers"', () => {
    const r = run('The United Nations will withdraw its aid workers and nurses from Darfur next week.');
    expect(r.actors.some((a) => /workers|nurses/i.test(a.label))).toBe(false);
  });
});

describe('where a described group takes no part', () => {
  it('a people noun inside a relation phrase is the cue\'s: "an exchange of detainees between Serbia and Kosovo"', () => {
    expect(triples(run('An exchange of detainees between Serbia and Kosovo took place on Friday.'))).toEqual(['serbia -agreement-> kosovo']);
  });

  it('a relation described groups cannot take leaves them out of its roles: "the two sides agreed to free hostages"', () => {
    const t = triples(run('Sudan held talks with Chad in Doha on Monday. The two sides agreed to free hostages.'));
    expect(t.some((x) => /^(sudan -agreement-> chad|chad -agreement-> sudan)$/.test(x))).toBe(true);
    expect(t.some((x) => x.includes('hostages') && x.includes('agreement'))).toBe(false);
  });

  it('citizens or nationals with a state named on them are that state: "Libya deported citizens of Niger"', () => {
    expect(triples(run('Libya deported citizens of Niger on Monday.'))).toEqual(['libya -coercion-> niger']);
    expect(run('Libya deported citizens of Niger on Monday.').actors.some((a) => a.id.startsWith('citizens'))).toBe(false);
  });

  it('a described group is never one of "both sides": "met journalists ... both sides"', () => {
    const r = run('Nikol Pashinyan met journalists in Yerevan on Monday. Ararat Mirzoyan said both sides would sign the treaty.');
    expect(r.actors.flatMap((a) => a.notes ?? []).filter((n) => n.includes('Journalists'))).toEqual([]);
  });
});

describe('where a described group lives', () => {
  it('"Tamil residents of the Jaffna peninsula": the place phrase is part of the group\'s mention', () => {
    const r = run('Tamil residents of the Jaffna peninsula threatened to strike unless Sri Lanka lifted the curfew.');
    expect(triples(r)).toEqual(['tamil-residents -threat-> sri-lanka']);
    expect(actor(r, 'tamil-residents')!.aliases).toContain('Tamil residents of the Jaffna peninsula');
  });
});

describe('the date of a participle describing a group in a caption', () => {
  const dated = (body: string) => run(body).events.filter((e) => e.relation !== 'affiliation').map((e) => `${e.date} ${e.datePrecision}`);

  it('"photos of the fishermen seized by X, June 3, 2019": the seizure came before, not on the caption\'s day', () => {
    expect(dated('Relatives hold photos of the fishermen seized by the Thai navy in front of the embassy in Jakarta, June 3, 2019.')).not.toContain('2019-06-03 day');
  });

  it('the act the caption shows keeps its date: "The Thai navy seized fishermen off Sumatra, June 3, 2019."', () => {
    expect(dated('The Thai navy seized Indonesian fishermen off Sumatra, June 3, 2019.')).toEqual(['2019-06-03 day']);
  });
});

describe('the modality of a participle describing a group', () => {
  it('"will help search for 30 schoolboys abducted last month by X": the abduction is done, not planned', () => {
    const r = run("Ugandan officials will head to Kenya to help with the search for 30 schoolboys abducted last month by the Lord's Resistance Army.");
    expect(r.events.filter((e) => e.relation === 'coercion').map((e) => e.modality)).toEqual(['asserted']);
  });
});

describe('a described group takes part only where the tree reads it in a role', () => {
  it('no positional guess makes a person named in an aside the doer of an act on the group', () => {
    const r = run('The European Union said the officers, including army colonel Mamadi Doumbouya, had directed the blockade of Conakry, where the junta was accused of shooting dozens of students after taking the capital in September.');
    expect(triples(r).filter((t) => t.includes('students'))).toEqual([]);
    expect(triples(r)).not.toContain('european-union -accusation-> mamadi-doumbouya');
  });

  it('the tree\'s own object still makes the group the target: "detained dozens of Somali refugees"', () => {
    expect(triples(run('Kenyan police have detained dozens of Somali refugees near Dadaab, officials said Thursday.'))).toContain('kenya -coercion-> somali-refugees');
  });
});

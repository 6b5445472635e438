// Wrong relations found by reading output on fresh, unannotated news; each rule on new sentences.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractCorpus } from '../../src/extract/extractCorpus';
import type { ExtractionResult } from '../../src/extract/types';
import { relationTriples } from '../support/extractText';

const run = (body: string): ExtractionResult =>
  extractCorpus([{ name: 't.md', text: `---\ntitle: T\npublished: 2025-06-04\n---\n${body}` }], defaultResources());
const triples = relationTriples;

describe('fresh-news precision', () => {
  it('"an exchange of fire between A and B" is fighting, not consultation', () => {
    const t = triples(run('There was an exchange of fire between soldiers of Thailand and Cambodia on Friday.'));
    expect(t).toEqual(['cambodia -force-> thailand', 'thailand -force-> cambodia']);
  });

  it('"an exchange of prisoners between A and B" is a prisoner swap (agreement), not consultation', () => {
    expect(triples(run('The exchange of prisoners between Armenia and Azerbaijan took place on Monday.'))).toEqual(['armenia -agreement-> azerbaijan']);
  });

  it('"an exchange of views" stays consultation', () => {
    expect(triples(run('Eritrea and Djibouti had an exchange of views on Monday.'))).toContain('eritrea -communication-> djibouti');
  });

  it('a companion named after "alongside" is no target', () => {
    expect(triples(run('Hezbollah has been fighting alongside forces loyal to President Assad.'))).toEqual([]);
  });

  it('"fought in the war alongside X" (alongside read into the noun phrase) is no act on X', () => {
    const t = triples(run('Wagner fighters fought in the battle alongside the Malian army against Tuareg rebels.'));
    expect(t).toContain('wagner-group -force-> tuareg-rebels');
    expect(t.filter((x) => x.endsWith('mali'))).toEqual([]);
  });

  it('"fought together with X against Y": X fights with, Y is fought', () => {
    expect(triples(run('Russia fought together with Syria against Islamic State militants.'))).toEqual(['russia -force-> islamic-state']);
  });

  it('a companion named after "alongside" acts with the doer, the target stays', () => {
    const t = triples(run('France and Chad, alongside Niger, launched strikes on Boko Haram.'));
    expect(t).toContain('france -force-> boko-haram');
    expect(t).not.toContain('france -force-> niger');
  });
});

describe('fresh-news precision: reasons', () => {
  it('"thanked X for the transfer to Y of Z": Y is no one thanked', () => {
    expect(triples(run('Secretary Kerry thanked Jordan for the transfer to Germany of the suspect.'))).toEqual(['kerry -support-> jordan']);
  });

  it('a "to" target on a verb with no named object still counts', () => {
    expect(triples(run('Kenya sent troops to Somalia on Monday.'))).toContain('kenya -mobilization-> somalia');
  });
});

describe('fresh-news precision: dates of planned acts', () => {
  it('"a planned visit in March" written in June lies ahead: next March', () => {
    const r = run("The ministers discussed Prime Minister Modi's upcoming visit to Japan in March.");
    const visit = r.events.find((e) => e.relation === 'communication');
    expect(visit?.modality).toBe('planned');
    expect(visit?.date).toBe('2026-03');
  });

  it('a past act with a month is still dated back', () => {
    const r = run('Kenya attacked Somalia in March.');
    expect(r.events.find((e) => e.relation === 'force')?.date).toBe('2025-03');
  });
});

describe('fresh-news precision: partners', () => {
  it('"X ally Y": Y is X\'s partner, not part of it', () => {
    const r = run('A truce was declared between Israel and Hamas ally Hezbollah.');
    expect(r.events.filter((e) => e.relation === 'affiliation' && e.source === 'hezbollah' && e.target === 'hamas')).toEqual([]);
  });

  it('a title between owner and name still gives the affiliation', () => {
    const r = run("Iran's foreign minister Abbas Araghchi spoke on Monday.");
    expect(r.events.some((e) => e.relation === 'affiliation' && e.target === 'iran')).toBe(true);
  });
});

describe('fresh-news precision: the owner of a reason', () => {
  it('"thanked X for its mediation between A and B": X mediates, not the one thanking', () => {
    const t = triples(run('Secretary Blinken thanked Qatar for its mediation between Israel and Hamas.'));
    expect(t).toContain('qatar -mediation-> israel');
    expect(t.filter((x) => x.includes('-mediation->') && !x.startsWith('qatar'))).toEqual([]);
  });

  it('"praised A and B for their help": the plural owner is both objects', () => {
    const r = run('Britain thanked Kenya and Rwanda for their help with Somalia.');
    const their = r.actors.filter((a) => (a.notes ?? []).some((n) => n.includes('whose reason the phrase gives')));
    expect(their.map((a) => a.id).sort()).toEqual(['kenya', 'rwanda']);
  });
});

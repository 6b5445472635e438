// Cities and regions read as their state where a relation may target a place (src/extract/places.ts),
// on sentences about conflicts outside the benchmark sets.
import { describe, expect, it } from 'vitest';
import '../support/syntaxModel';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractCorpus } from '../../src/extract/extractCorpus';
import { unscoped } from '../support/extractText';
import type { ExtractionResult } from '../../src/extract/types';

function run(text: string): ExtractionResult {
  return extractCorpus([{ name: 't.md', text: `---\ntitle: T\npublished: 2024-03-15\n---\n${text}` }], defaultResources());
}

function triples(r: ExtractionResult): string[] {
  return r.events.filter((e) => e.relation !== 'affiliation').map((e) => `${unscoped(e.source)} -${e.relation}-> ${unscoped(e.target)}`).sort();
}

describe('a place targeted by force stands for its state', () => {
  it('"shelled the city of Kharkiv" → Russia against Ukraine, with the reading in Ukraine\'s notes', () => {
    const r = run('Russian forces shelled the city of Kharkiv overnight, Ukrainian officials said.');
    expect(triples(r)).toContain('russia -force-> ukraine');
    expect(r.actors.find((a) => a.id === 'ukraine')?.notes).toContain('Kharkiv, a city of Ukraine');
  });

  it('"shelled the towns of Poltava and ..." → the place behind a plural place noun is read too', () => {
    expect(triples(run('Russian forces shelled the towns of Poltava and Vinnytsia overnight.'))).toContain('russia -force-> ukraine');
  });

  it('"struck military positions in Marib province" → the region\'s state is the target', () => {
    expect(triples(run('Saudi warplanes struck military positions in Marib province on Monday.'))).toContain('saudi-arabia -force-> yemen');
  });

  it('"struck rebel positions in Marib province": the rebels hold the positions, they are the target, not the region\'s state', () => {
    expect(triples(run('Saudi warplanes struck rebel positions in Marib province on Monday.'))).toEqual(['saudi-arabia -force-> rebels']);
  });

  it('a name the gazetteer spells with diacritics matches its plain spelling: "Herāt" is "Herat"', () => {
    expect(triples(run('Pakistani jets bombed Herat on Monday.'))).toContain('pakistan -force-> afghanistan');
  });

  it('a city of the attacker\'s own state gives no event: "Ethiopian warplanes struck Mekele"', () => {
    expect(triples(run('Ethiopian warplanes struck Mekele on Monday.'))).toEqual([]);
  });

  it('a place is never an actor nor a source: "Kharkiv shelled Russian positions" names no Ukraine', () => {
    const r = run('Kharkiv shelled Russian positions near Belgorod on Monday.');
    expect(r.actors.map((a) => a.id)).not.toContain('ukraine');
    expect(r.actors.map((a) => a.id)).not.toContain('kharkiv');
  });

  it('a threatened act on a place is no act on its state: "threatened to capture Kharkiv"', () => {
    const r = run('Russia has threatened to capture Kharkiv, Ukrainian officials said.');
    expect(triples(r)).not.toContain('russia -force-> ukraine');
  });

  it('a place after "in" is only where the act happened when its object is people: "killed 12 militants in Mosul"', () => {
    expect(triples(run('U.S. troops killed 12 militants in Mosul on Monday.'))).toEqual(['united-states -force-> militants']);
    expect(triples(run('Russian jets bombed a hospital in Aleppo on Monday.'))).toContain('russia -force-> syria');
  });

  it('a relation that cannot target places does not take one: "Poland criticized Kharkiv"', () => {
    expect(triples(run('Poland criticized Kharkiv on Monday.'))).toEqual([]);
  });
});

describe('context guard for names several states share', () => {
  it('"Hyderabad" (India and Pakistan) is read only when the document names one of them', () => {
    expect(triples(run('The Taliban attacked a police post in Hyderabad on Monday, Pakistani officials said.'))).toContain('taliban -force-> pakistan');
    const alone = run('The Taliban attacked a police post in Hyderabad on Monday.');
    expect(triples(alone)).toEqual([]);
    expect(alone.actors.map((a) => a.id)).not.toContain('india');
  });

  it('a city named like a person is no place: "attacked Florence" names no Italy', () => {
    const r = run('Colombian forces attacked Florence on Sunday, Italian officials said.');
    expect(triples(r)).not.toContain('colombia -force-> italy');
  });

  it('a city named like an English word is no place: "attacked Reading" names no Britain', () => {
    const r = run('Rebels attacked Reading on Sunday, British officials said.');
    expect(triples(r).some((t) => t.endsWith('united-kingdom'))).toBe(false);
  });
});

describe('a state named after "in" is where the act happens, not whom it targets', () => {
  it('"France began a military offensive in Mali" names no target; a city there still stands for its state', () => {
    expect(triples(run('France began a military offensive in Mali earlier this month.'))).toEqual([]);
    expect(triples(run('Russian jets bombed targets in Aleppo on Monday.'))).toEqual(['russia -force-> syria']);
  });
});

// References to actors named before, each explained in the actor's notes: sentences about other
// actors and conflicts than the seed articles.
import { describe, expect, it } from 'vitest';
import '../../support/syntaxModel';
import { defaultResources } from '../../../src/extract/defaultResources';
import { extractCorpus } from '../../../src/extract/extractCorpus';
import type { ExtractionResult } from '../../../src/extract/types';

function run(body: string): ExtractionResult {
  return extractCorpus([{ name: 'd.md', text: `---\ntitle: T\npublished: 2024-03-15\n---\n${body}` }], defaultResources());
}

const triples = (r: ExtractionResult) =>
  r.events
    .filter((e) => e.relation !== 'affiliation')
    .map((e) => `${e.source} -${e.relation}-> ${e.target}`)
    .sort();
const notesOf = (r: ExtractionResult, id: string) => r.actors.find((a) => a.id === id)?.notes ?? [];

describe('discourse references', () => {
  it('"both sides" are the two parties named before, each event explained in their notes', () => {
    const r = run('Armenia and Azerbaijan fought over the region on Monday. Russia criticized both sides.');
    expect(triples(r)).toEqual(['russia -accusation-> armenia', 'russia -accusation-> azerbaijan']);
    expect(notesOf(r, 'armenia').some((n) => n.startsWith('"both sides" read as Armenia and Azerbaijan'))).toBe(true);
  });

  it('"both sides" never counts the mediators', () => {
    const r = run('Qatari mediators met Ethiopia and Eritrea in Doha on Monday. The United States urged both sides to show restraint.');
    expect(triples(r).filter((t) => t.startsWith('united-states'))).toEqual(['united-states -appeal-> eritrea', 'united-states -appeal-> ethiopia']);
  });

  it('"the two countries" as subject stands for both', () => {
    const r = run('Officials from Serbia and Croatia met in Brussels on Monday. The two countries later criticized Albania.');
    expect(triples(r)).toEqual(expect.arrayContaining(['croatia -accusation-> albania', 'serbia -accusation-> albania']));
  });

  it('"his counterpart" is the one person of another state with the same role', () => {
    const r = run('Kenyan Foreign Minister Musalia Mudavadi criticized his counterpart on Monday. Somali Foreign Minister Ahmed Moallim Fiqi rejected the criticism.');
    expect(triples(r)).toContain('musalia-mudavadi -accusation-> ahmed-moallim-fiqi');
    expect(notesOf(r, 'ahmed-moallim-fiqi').some((n) => n.includes('"counterpart" of Musalia Mudavadi'))).toBe(true);
  });

  it('a role noun before the name in apposition is that person', () => {
    const r = run('The parliament speaker, Gyorgy Varga, accused Slovakia on Monday.');
    expect(triples(r)).toEqual(['gyorgy-varga -accusation-> slovakia']);
  });

  it('pronoun resolutions say why in the notes', () => {
    const r = run('Kenyan President William Ruto met Somali officials on Monday. He later criticized Ethiopia.');
    expect(triples(r)).toContain('william-ruto -accusation-> ethiopia');
    expect(notesOf(r, 'william-ruto').some((n) => n.startsWith('"he" read as William Ruto'))).toBe(true);
  });
});

describe('"the court", "the council": the one organisation named before with that body in its name', () => {
  it('"The court" after "the Hague-based Special Tribunal Court" is it; "Hague-based" is no part of the name', () => {
    const r = run('On Monday the Hague-based Special Tribunal Court opened its session. The court accused Serbia of obstruction.');
    const court = r.actors.find((a) => a.label === 'Special Tribunal Court');
    expect(court).toBeDefined();
    expect(triples(r)).toContain(`${court!.id} -accusation-> serbia`);
    expect(court!.notes?.join(' ')).toMatch(/"The court" read as Special Tribunal Court: the one organisation named before/);
  });

  it('two courts named before leave "the court" unread', () => {
    const r = run('The Special Tribunal Court met the Regional Appeals Court on Monday. The court accused Serbia of obstruction.');
    expect(triples(r).filter((t) => t.endsWith('serbia'))).toEqual([]);
  });
});

// "it", "its", "they", "them", "their" read as the states, organisations and groups they stand for,
// each explained in the actor's notes, and the readings left alone: sentences about other actors and
// conflicts than the seed articles.
import { describe, expect, it } from 'vitest';
import '../../support/syntaxModel';
import { extractArticles, relationTriples } from '../../support/extractText';
import type { ExtractionResult } from '../../../src/extract/types';

const run = (body: string): ExtractionResult => extractArticles(body);
const triples = relationTriples;
const notesOf = (r: ExtractionResult, id: string) => r.actors.find((a) => a.id === id)?.notes ?? [];
const pronounNotes = (r: ExtractionResult) => r.actors.flatMap((a) => a.notes ?? []).filter((n) => /^"(it|its|they|them|their)\b/i.test(n));

describe('pronouns standing for states, organisations and groups', () => {
  it('"It" opening the next sentence is the subject before it, explained in the notes', () => {
    const r = run('Ghana rejected the proposal on Monday. It later accused Togo of abuses.');
    expect(triples(r)).toEqual(['ghana -accusation-> togo']);
    expect(notesOf(r, 'ghana')).toContain('"It" read as Ghana: the main subject in the sentence before, the nearest antecedent that agrees (singular and no person)');
  });

  it('of two states named before, the subject is what "it" stands for', () => {
    const r = run('Ghana criticized Togo on Monday. It later threatened Benin.');
    expect(triples(r)).toEqual(['ghana -accusation-> togo', 'ghana -threat-> benin']);
  });

  it('"its" in what a state says is that state, across the plural troops of another', () => {
    const r = run('Morocco said Algerian troops attacked its border posts on Thursday.');
    expect(triples(r)).toEqual(['algeria -force-> morocco', 'morocco -accusation-> algeria']);
    expect(notesOf(r, 'morocco').some((n) => n.startsWith('"its" read as Morocco: the main subject in a clause around it'))).toBe(true);
  });

  it('a predicate noun ("is a member of") is no antecedent: "it" after it is still the state', () => {
    const r = run('Chad met Sudan on Monday. It is a member of the African Union and it later attacked Niger.');
    expect(triples(r)).toContain('chad -force-> niger');
  });

  it('"its" on what a hostile verb acts on is not that verb\'s subject: "Togo attacked its border posts" is Ghana\'s', () => {
    const r = run('Ghana said Togo attacked its border posts.');
    expect([...triples(r)].sort()).toEqual(['ghana -accusation-> togo', 'togo -force-> ghana']);
  });

  it('"its" on what a friendly verb moves stays its subject\'s own: "Israel withdrew its forces" names no second actor', () => {
    const r = run('Egypt said Israel withdrew its forces from the border.');
    expect(r.actors.map((a) => a.id).sort()).toEqual(['egypt', 'israel']);
    expect(triples(r).some((t) => t.endsWith('-> egypt') && t.startsWith('israel -retreat'))).toBe(false);
  });

  it('"its troops" in a clause completing an actor\'s noun are that actor\'s: "Kenya praised Ethiopia\'s decision to withdraw its troops"', () => {
    const r = run('Kenya praised Ethiopia\'s decision to withdraw its troops from Somalia.');
    expect(triples(r)).toEqual(expect.arrayContaining(['kenya -support-> ethiopia', 'ethiopia -retreat-> somalia']));
    expect(triples(r)).not.toContain('ethiopia -retreat-> kenya');
    expect(notesOf(r, 'ethiopia')).toContain('"its troops" read as Ethiopia\'s: the one whose act its clause names (the owner of the noun it completes, or the one asked to act)');
  });

  it('"its navy" is the state that speaks of it', () => {
    const r = run('Peru said its navy seized a Chilean boat.');
    expect(triples(r)).toEqual(['peru -force-> chile']);
  });

  it('"They" is the group named in the plural just before', () => {
    const r = run('Sudanese rebels attacked Chad on Sunday. They also threatened Libya.');
    expect(triples(r)).toEqual(['sudanese-rebels -force-> chad', 'sudanese-rebels -threat-> libya']);
    expect(notesOf(r, 'sudanese-rebels')).toContain('"They" read as Sudanese rebels: the main subject in the sentence before, the nearest antecedent that agrees (plural)');
  });

  it('"them" as an object is the group of the sentence before, not the subject of its own verb', () => {
    const r = run('Sudanese rebels seized the town on Friday. Chad denies aiding them.');
    expect(triples(r)).toContain('chad -aid-> sudanese-rebels');
  });

  it('"their" after coordinated states is each of them, and sets them against no one of their own side', () => {
    const r = run('Chad and Niger ordered troops to their borders with Libya.');
    expect(triples(r)).toEqual(['chad -mobilization-> libya', 'niger -mobilization-> libya']);
  });

  it('"its troops" shelling posts of one state are the other state\'s: a pronoun is none of its verb\'s other arguments', () => {
    const r = run('Ghana closed its border with Togo after its troops shelled Ghanaian police posts.');
    expect(triples(r)).toEqual(['togo -force-> ghana']);
  });

  it('"They" after a coordination is every actor of it, not its last conjunct', () => {
    const r = run('Armenia and Azerbaijan agreed to a truce on Monday. They will meet Russia in Moscow.');
    expect(triples(r).filter((t) => t.includes('russia'))).toEqual(['armenia -communication-> russia', 'azerbaijan -communication-> russia']);
  });

  it('"They" after "the leaders of" two states is both states', () => {
    const r = run('The leaders of Chad and Niger met in Niamey. They later accused Sudanese rebels of abuses.');
    expect(triples(r)).toEqual(expect.arrayContaining(['chad -accusation-> sudanese-rebels', 'niger -accusation-> sudanese-rebels']));
    expect(notesOf(r, 'niger').some((n) => n.startsWith('"They" read as Chad and Niger: the main subject in the sentence before'))).toBe(true);
  });

  it('a state named inside a quotation is no antecedent of a pronoun outside it', () => {
    const r = run('Congo criticized Rwanda on Monday. "Uganda attacked our villages." It also accused Burundi of abuses.');
    expect(triples(r)).toContain('dr-congo -accusation-> burundi');
    expect(triples(r).filter((t) => t.startsWith('uganda -accusation'))).toEqual([]);
  });
});

describe('pronouns left alone', () => {
  it('a pleonastic "it" ("it is likely that") stands for no actor', () => {
    const r = run('Kenya met Somalia on Monday. It is likely that Ethiopia will criticize Eritrea.');
    expect(triples(r).filter((t) => t.startsWith('kenya') || t.startsWith('somalia'))).toEqual(['kenya -communication-> somalia']);
    expect(pronounNotes(r)).toEqual([]);
  });

  it('"it was reported that" stands for no actor', () => {
    const r = run('Uganda criticized Rwanda on Monday. It was reported that Burundi attacked Congo.');
    expect(pronounNotes(r)).toEqual([]);
  });

  it('"it has been a year since" and a cleft ("it was Libya that") stand for no actor', () => {
    expect(pronounNotes(run('Chad met Sudan on Monday. It has been a year since Libya attacked Niger.'))).toEqual([]);
    expect(pronounNotes(run('Chad met Sudan on Monday. It was Libya that attacked Niger first.'))).toEqual([]);
  });

  it('"it" never stands for a person, nor for officials named in the plural', () => {
    const r = run('Kenyan President William Ruto met Somali officials on Monday. It later criticized Ethiopia.');
    expect(triples(r)).toEqual(['william-ruto -communication-> somalia']);
    expect(pronounNotes(r)).toEqual([]);
  });

  it('"it" after a coordination stands for neither state', () => {
    const r = run('Ghana and Togo met on Monday. It later threatened Benin.');
    expect(triples(r).filter((t) => t.includes('benin'))).toEqual([]);
  });

  it('"it" whose nearest antecedent is a thing stands for no actor', () => {
    const r = run('The blockade imposed by Egypt began in May. It was criticized by Libya.');
    expect(triples(r).filter((t) => t.startsWith('libya'))).toEqual([]);
    expect(pronounNotes(r)).toEqual([]);
  });

  it('a pronoun in a quotation takes no antecedent from the narration around it', () => {
    const r = run('Serbia and Croatia fought over the border on Monday. Hungary said, "We will talk with them soon."');
    expect(pronounNotes(r)).toEqual([]);
    expect(triples(r).filter((t) => t.startsWith('hungary'))).toEqual([]);
  });

  it('"they" after "others" stands for the others, not for a group named before', () => {
    const r = run('Sudanese rebels met Chad in Doha. Some residents trust the army, but others do not because they fear Libya.');
    expect(pronounNotes(r)).toEqual([]);
  });

  it('a possessive of the subject\'s own thing is no party ("agreed to talk about its programme")', () => {
    const r = run('Officials said on Monday that Iran had called the U.S. to negotiate over its missile programme.');
    expect(triples(r).filter((t) => t.startsWith('united-states'))).toEqual([]);
  });
});

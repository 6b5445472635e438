// Persons the dictionary lacks, named where a relation verb takes its actors: object, passive
// subject, oblique, conjunct. Places in those positions stay places.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples } from '../../support/extractText';
import '../../support/syntaxModel';
import type { ExtractionResult } from '../../../src/extract/types';

const persons = (r: ExtractionResult) => r.actors.filter((a) => a.kind === 'person').map((a) => a.id).sort();

describe('persons named in an argument of a relation verb', () => {
  it('the object of the verb', () => {
    const r = extractArticles('Iran criticized Alan Gross on Tuesday.');
    expect(actorOf(r, 'alan-gross')).toMatchObject({ kind: 'person' });
    expect(relationTriples(r)).toContain('iran -accusation-> alan-gross');
  });

  it('an oblique after a preposition that places nothing: "met with"', () => {
    const r = extractArticles('Cuba met with Alan Gross.');
    expect(relationTriples(r)).toContain('cuba -communication-> alan-gross');
  });

  it('the note says which verb took the name', () => {
    const r = extractArticles('Iran criticized Alan Gross on Tuesday.');
    expect(actorOf(r, 'alan-gross')?.notes?.join(' ')).toMatch(/argument of a relation.*criticized/);
  });

  it('a title inside the run after a nationality is no part of the name: "Chechen President Aslan Maskhadov"', () => {
    const r = extractArticles('Moscow offered to negotiate with Chechen President Aslan Maskhadov.');
    expect(persons(r)).toContain('aslan-maskhadov');
    expect(persons(r)).not.toContain('chechen-president-aslan-maskhadov');
  });

  it('a name word run with an article or a place word is a place, not a person', () => {
    const r = extractArticles('Israel attacked the West Bank. Rebels attacked Harf Sufyan District.');
    expect(persons(r)).toEqual([]);
  });

  it('a name the document uses after "in" or "near" is a place there too', () => {
    const r = extractArticles('Israel attacked Khan Younis after rockets fell in Khan Younis.');
    expect(persons(r)).toEqual([]);
  });

  it('a place with a particle inside its name, used after "in", stays a place elsewhere: "Ain el-Helweh"', () => {
    const r = extractArticles('Fighting raged in Ain el-Helweh on Sunday. Lebanese troops surrounded Ain el-Helweh. Lebanon warned Ain el-Helweh on Monday.');
    expect(persons(r)).toEqual([]);
  });

  it('a name after a locative preposition is no argument: "fought in Port Harcourt"', () => {
    const r = extractArticles('Nigerian troops fought rebels in Port Harcourt on Monday.');
    expect(persons(r)).toEqual([]);
  });

  it('the passive agent: "was accused by Luis Ortega"', () => {
    const r = extractArticles('Venezuela was accused by Luis Ortega of abuses on Wednesday.');
    expect(actorOf(r, 'luis-ortega')?.notes?.join(' ')).toMatch(/agent of "accused"/);
    expect(relationTriples(r)).toContain('luis-ortega -accusation-> venezuela');
  });

  it('a name in apposition to the object noun: "freed the American contractor Alan Gross"', () => {
    const r = extractArticles('Cuba freed the American contractor Alan Gross.');
    expect(persons(r)).toEqual(['alan-gross']);
    expect(relationTriples(r)).toContain('cuba -retreat-> alan-gross');
  });

  it('the name a relative clause on a relation verb hangs on: "Luis Ortega, who accused ..."', () => {
    const r = extractArticles('Luis Ortega, who accused President Nicolas Maduro of abuses, is facing an election.');
    expect(actorOf(r, 'luis-ortega')?.notes?.join(' ')).toMatch(/subject of "who accused"/);
  });

  it('the "of" attachment of a relation verb used as a noun: "the arrest of Omar Haddad"', () => {
    const r = extractArticles('The arrest of Omar Haddad by Ethiopia drew protests.');
    expect(actorOf(r, 'omar-haddad')?.notes?.join(' ')).toMatch(/named after "arrest of"/);
    expect(persons(r)).toEqual(['omar-haddad']);
  });

  it('"of" after a noun that names no relation makes nobody: "the Bank of Omar Haddad"', () => {
    const r = extractArticles('The Bank of Omar Haddad closed.');
    expect(persons(r)).toEqual([]);
  });

  it('a name after a verb that takes no actors stays unknown: "the chef Alan Gross" after "cooked for"', () => {
    const r = extractArticles('Cuba hired the American cook Alan Gross. He cooked for the embassy.');
    expect(persons(r)).toEqual([]);
  });

  it('the object of a verb that as often takes a place is no person: "shelled Kyauk Phyu", "stormed Debre Sina"', () => {
    const r = extractArticles('Myanmar troops shelled Kyauk Phyu on Sunday. Eritrean soldiers later stormed Debre Sina.');
    expect(persons(r)).toEqual([]);
    expect(relationTriples(r)).toEqual([]);
  });

  it('nor its passive subject: "Debre Sina was captured"', () => {
    const r = extractArticles('Debre Sina was captured by Ethiopian troops on Friday.');
    expect(persons(r)).toEqual([]);
  });

  it('a title still makes a person there: "captured General Omar Haddad"', () => {
    const r = extractArticles('Sudanese rebels captured General Omar Haddad near the border.');
    expect(persons(r)).toEqual(['omar-haddad']);
  });

  it('a name of one word in an argument position makes nobody', () => {
    const r = extractArticles('Kenya criticized Mandera on Monday.');
    expect(persons(r)).toEqual([]);
  });
});

describe('hyphenated given names', () => {
  it('"Ban Ki-moon" stays one person', () => {
    const r = extractArticles('Ban Ki-moon criticized North Korea on Monday.');
    expect(persons(r)).toEqual(['ban-ki-moon']);
    expect(relationTriples(r)).toContain('ban-ki-moon -accusation-> north-korea');
  });
});

describe('title words inside a run', () => {
  it('a title word that is also a name word stays in the name: "Hassan Sheikh Mohamud"', () => {
    const r = extractArticles('Somali President Hassan Sheikh Mohamud criticized Ethiopia.');
    expect(persons(r)).toEqual(['hassan-sheikh-mohamud']);
  });
});

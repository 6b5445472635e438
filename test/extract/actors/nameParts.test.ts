// Titles before names: only a title's own noun makes the next capitalised words a person.
import { describe, expect, it } from 'vitest';
import { extractArticles, relationTriples } from '../../support/extractText';
import '../../support/syntaxModel';

describe('title words', () => {
  it('the first word of a title of several words is no title alone: "32nd Field Artillery" names no person', () => {
    const r = extractArticles("The British Army's 1st Battalion, 32nd Field Artillery arrived in Basra to work with Iraqi security forces.");
    expect(r.actors.filter((a) => a.kind === 'person')).toEqual([]);
  });

  it('the whole title still opens a name: "Field Commander Ali Kushayb"', () => {
    const r = extractArticles('Field Commander Ali Kushayb accused Chad of arming the rebels.');
    expect(r.actors.find((a) => a.id === 'ali-kushayb')).toMatchObject({ kind: 'person' });
  });
});

describe('a possessive inside an organisation\'s name', () => {
  it('"the Sudan People\'s Liberation Movement" is one name, the state at its start included', () => {
    const r = extractArticles("The Sudan People's Liberation Movement accused Khartoum of bombing Juba.");
    // The charge ("of bombing Juba", a gerund with an object, so a verb) is what the accuser says Sudan did to South Sudan's capital.
    expect(relationTriples(r)).toEqual(['sudan -force-> south-sudan', 'sudan-people-s-liberation-movement -accusation-> sudan']);
  });

  it('"the People\'s Democratic Party" opens with the possessive word', () => {
    expect(relationTriples(extractArticles("The People's Democratic Party criticized Nigeria's army."))).toEqual(['people-s-democratic-party -accusation-> nigeria']);
  });
});

describe('hyphenated given names', () => {
  it('"Jean-Pierre Bemba" is one person, not "Jean"', () => {
    const r = extractArticles('Former rebel leader Jean-Pierre Bemba was accused of war crimes by Congolese officials.');
    expect(relationTriples(r)).toEqual(['dr-congo -accusation-> jean-pierre-bemba']);
  });

  it('a title joined by a hyphen stays a title: "Secretary-General Amina Mohammed" is Amina Mohammed', () => {
    const r = extractArticles('Deputy Secretary-General Amina Mohammed met Kenyan President William Ruto.');
    expect(r.actors.map((a) => a.id)).toContain('amina-mohammed');
  });
});

// Target rules of ambiguous cues (data/relations.json, targetRules) and agentless participles, read
// through the whole pipeline on sentences about actors other than the seed articles.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractCorpus } from '../../src/extract/extractCorpus';
import { unscoped } from '../support/extractText';

const resources = defaultResources();

const triples = (body: string): string[] =>
  extractCorpus([{ name: 't.md', text: `---\ntitle: T\npublished: 2024-05-08\n---\n${body}` }], resources)
    .events.filter((e) => e.relation !== 'affiliation')
    .map((e) => `${unscoped(e.source)} -${e.relation}-> ${unscoped(e.target)}`)
    .sort();

describe('a cue whose target must be a kind of actor', () => {
  it('"hold" holds people, not states: a state "held responsible" is no detention', () => {
    expect(triples('Belarus held Roman Protasevich for a year.')).toEqual(['belarus -coercion-> roman-protasevich']);
    expect(triples('Belarus held Lithuania responsible for the incident.')).toEqual([]);
  });
});

describe('"remove" removes people, groups and organisations from power, not troops or sanctions', () => {
  it('a government or leader removed is coerced; removed troops or sanctions are no coercion', () => {
    expect(triples('The Muslim Brotherhood government was then removed by the Egyptian military.')).toEqual(['egypt -coercion-> muslim-brotherhood']);
    expect(triples('Ethiopia removed its troops from Somalia.').filter((t) => t.includes('-coercion->'))).toEqual([]);
    expect(triples('Kenya removed sanctions on Somalia.').filter((t) => t.includes('-coercion->'))).toEqual([]);
  });
});

describe('a cue whose target is only its object', () => {
  it('"released soldiers of Syria" targets the soldiers\' side; "released a statement on Syria" targets nobody', () => {
    expect(triples('Turkey released soldiers of Syria.')).toEqual(['turkiye -retreat-> syria']);
    expect(triples('Turkey released a statement on Syria.')).toEqual([]);
  });
});

describe('a participle before its noun with no agent names nobody acting', () => {
  it('"ousted Malian President X" gets no doer guessed from the sentence', () => {
    const found = triples('Barack Obama ordered sanctions against officials of Mali, in addition to ousted Malian President Ibrahim Boubacar Keita.');
    expect(found.filter((t) => t.includes('-coercion->'))).toEqual([]);
  });

  it('a finite verb the parser read as a participle keeps its subject ("forces attacked rebels")', () => {
    expect(triples('Venezuela has ordered troops to the border and cut diplomatic ties after Colombian forces attacked rebels inside Ecuador.')).toContain('colombia -force-> rebels');
    expect(triples('Georgia rejected a Russian offer. Russian troops later attacked Georgia.')).toEqual(['georgia -rejection-> russia', 'russia -force-> georgia']);
  });
});

describe('"tell" to a media outlet: an interview of a named person, not contact of a state', () => {
  it('a named person telling a broadcaster contacts it; an official standing for a state does not', () => {
    expect(triples('Viktor Orban told BBC that Hungary would veto the package.')).toContain('viktor-orban -communication-> bbc');
    expect(triples('A Hungarian official told BBC that Hungary would veto the package.').filter((t) => t.includes('-communication->'))).toEqual([]);
  });
});

// Modality read from the dependency tree: negation, conditions, modal and future auxiliaries and
// governors of intention, on sentences about other actors and conflicts than the seed articles.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../../src/extract/defaultResources';
import { extractDocument } from '../../../src/extract/extractEvents';
import type { SourceDocument } from '../../../src/extract/types';

function readings(body: string): string[] {
  const doc: SourceDocument = { id: 'd', title: 'T', published: '2024-03-15', publishedPrecision: 'day', publishedInferred: false, source: null, body };
  return extractDocument(doc, defaultResources())
    .events.filter((e) => e.relation !== 'affiliation')
    .map((e) => `${e.source} -${e.relation}-> ${e.target} [${e.modality}]`)
    .sort();
}

describe('modality from the tree', () => {
  it('a negation on the light verb negates the event noun it takes', () => {
    expect(readings('Israel did not launch strikes on Hamas.')).toEqual(['israel -force-> hamas [negated]']);
  });

  it('a negated main clause does not negate a clause under "if": "it was not immediately clear if X was preparing to attack Y"', () => {
    expect(readings('It was not immediately clear if Uganda was preparing to attack the M23 rebels.')).toEqual(['uganda -force-> m23 [hypothetical]']);
  });

  it('"no" on the noun a "to" clause hangs on negates the clause', () => {
    expect(readings('Egypt has no plans to attack Libya.')).toEqual(['egypt -force-> libya [negated]']);
  });

  it('a negating governor negates its complement, not itself', () => {
    expect(readings('Turkey refused to meet Greece.')).toEqual(['turkiye -communication-> greece [negated]', 'turkiye -rejection-> greece [asserted]']);
  });

  it('a modal auxiliary makes the event hypothetical, a conditional clause too', () => {
    expect(readings('Sudan could attack Chad.')).toEqual(['sudan -force-> chad [hypothetical]']);
    expect(readings('If Russia attacks Ukraine, Poland will help Ukraine.')).toEqual(['poland -aid-> ukraine [planned]', 'russia -force-> ukraine [hypothetical]']);
  });

  it('a preposition "without" on another word does not negate the cue', () => {
    expect(readings('Without warning, Russia attacked Ukraine.')).toEqual(['russia -force-> ukraine [asserted]']);
  });

  it('an invitation to act is planned however the parser hangs the infinitive; help to act is done', () => {
    expect(readings('Russia invited Armenia and Azerbaijan to negotiate a peace deal.')).toContain('armenia -negotiation-> azerbaijan [planned]');
    expect(readings('Kenya helped Somalia to attack al-Shabab.')).toContain('somalia -force-> al-shabaab [asserted]');
  });

  it('a threat governs its complement: hypothetical', () => {
    expect(readings('Iran threatened to strike Israel.')).toEqual(['iran -force-> israel [hypothetical]', 'iran -threat-> israel [asserted]']);
  });

  it('what a demand or request wants in its "that" clause has not happened: hypothetical', () => {
    expect(readings('Kenya demanded that Uganda withdraw its troops from Somalia.')).toContain('uganda -retreat-> somalia [hypothetical]');
    expect(readings('Chile demanded that Peru stop attacking Bolivia.')).toContain('peru -force-> bolivia [hypothetical]');
    expect(readings('Kenya asked that Uganda withdraw from Somalia.')).toContain('uganda -retreat-> somalia [hypothetical]');
  });

  it('what a speaker says in a "that" clause stays stated', () => {
    expect(readings('Chile said that Peru attacked Bolivia.')).toContain('peru -force-> bolivia [reported]');
  });

  it('talks a speaker seeks or offers have not happened: hypothetical', () => {
    expect(readings('Peru sought talks with Chile.')).toEqual(['peru -negotiation-> chile [hypothetical]']);
    expect(readings('Peru offered talks with Chile.')).toEqual(['peru -negotiation-> chile [hypothetical]']);
  });

  it('the purpose of a threatened or planned act is as unrealised as the act', () => {
    expect(readings('Kenya threatened to send troops to attack Somalia.')).toEqual(['kenya -force-> somalia [hypothetical]']);
    expect(readings('Kenya sent troops to Somalia to fight al-Shabaab.')).toContain('kenya -force-> al-shabaab [asserted]');
  });

  it('what an actor is willing or prepared to do is planned', () => {
    expect(readings('Norway is willing to send weapons to Chad.')).toEqual(['norway -aid-> chad [planned]']);
  });
});


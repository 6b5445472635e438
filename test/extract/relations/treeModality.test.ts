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
});

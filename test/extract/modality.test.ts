// The tense a cue verb's own form gives its event: a purpose infinitive on a past verb happened with
// it ("held rallies Thursday to protest ..."); infinitives of threats and plans stay ahead.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractDocument } from '../../src/extract/extractEvents';
import type { SourceDocument } from '../../src/extract/types';
import './../support/syntaxModel';

/** Published on Thursday 2024-03-14. The protests only: the detention protested is read too, its date is not what these tests are about. */
function dated(body: string): string[] {
  const doc: SourceDocument = { id: 'd', title: 'T', published: '2024-03-14', publishedPrecision: 'day', publishedInferred: false, source: null, body };
  return extractDocument(doc, defaultResources())
    .events.filter((e) => e.relation === 'protest')
    .map((e) => `${e.source} -${e.relation}-> ${e.target} ${e.date}`);
}

describe('the tense of an infinitive cue', () => {
  it('"held rallies Thursday to protest X": the protest was that Thursday, not the next', () => {
    expect(dated("Hungarian students held rallies Thursday in Budapest to protest Romania's detention of the activists.")).toEqual(['hungarian-students -protest-> romania 2024-03-14']);
  });

  it('rallies still to come protest on the Thursday ahead', () => {
    expect(dated("Hungarian students will hold rallies Thursday in Budapest to protest Romania's detention of the activists.")).toEqual(['hungarian-students -protest-> romania 2024-03-21']);
  });
});

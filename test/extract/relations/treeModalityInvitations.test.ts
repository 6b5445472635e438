// An act in a "to" clause on an invitation is still to come, however the parser hung the clause
// (src/extract/relations/treeModality.ts, data/lexicon.json inviteGovernors): sentences about other actors.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('an invitation to meet', () => {
  it('"accepted an invitation to meet Peru" with the clause read on the verb: the meeting is planned', () => {
    expect(documentTriples('Chile accepted an invitation to meet Peru in Brussels.', { modality: true })).toEqual(['chile -communication-> peru [planned]']);
  });

  it('"an invitation to A and B to meet" where the parse held no subject for "meet": still planned', () => {
    const body = "The EU's foreign affairs chief Josep Borrell has so far gotten no response to an invitation to Montenegrin President Jakov Milatovic and Bosnia's premier Borjana Kristo to meet in Brussels this week.";
    expect(documentTriples(body, { modality: true })).toEqual(['jakov-milatovic -communication-> borjana-kristo [planned]']);
  });

  it('a meeting with a purpose clause stays asserted: "met Peru in Brussels to discuss the border"', () => {
    expect(documentTriples('Chile met Peru in Brussels to discuss the border.', { modality: true })).toEqual(['chile -communication-> peru']);
  });
});

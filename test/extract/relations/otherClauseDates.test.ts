// A date written in a clause on a noun that is not the cue's own argument dates that clause's act,
// not the cue's ("the truce to be signed Friday"). Sentences about other actors than the benchmark
// articles, whole pipeline.
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../support/extractText';

/** "source -relation-> target date precision" of every event, published on Friday 2024-03-15. */
function dated(body: string): string[] {
  const r = extractArticles(body);
  return r.events.map((e) => `${e.source} -${e.relation}-> ${e.target} ${e.date} ${e.datePrecision}`);
}

describe('a date in a clause the cue does not head', () => {
  it('"called the truce to be signed Friday meaningless" does not date the accusation', () => {
    expect(dated('Kenya accused Somalia of shelling its border and called the truce to be signed Friday meaningless.')).toContain('kenya -accusation-> somalia 2024-03-15 document');
  });

  it('"warned on Monday that it would strike on Friday": the warning is still Monday\'s', () => {
    expect(dated('Chad warned Niger on Monday that it would strike rebel bases on Friday.').filter((e) => e.includes('-threat->'))).toEqual(['chad -threat-> niger 2024-03-11 day']);
  });

  it('a date of the cue\'s own clause still dates it', () => {
    expect(dated('Kenya attacked Somalia on Tuesday.')).toEqual(['kenya -force-> somalia 2024-03-12 day']);
  });

  it('a clause on the cue\'s own object keeps its date for the cue: "urged the rebels to show restraint on Tuesday"', () => {
    expect(dated('Kenya urged the Somali rebels to show restraint on Tuesday.').filter((e) => e.includes('-appeal->'))).toEqual([expect.stringMatching(/ 2024-03-12 day$/)]);
  });
});

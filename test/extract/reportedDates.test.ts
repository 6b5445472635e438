// Dates that were known to be wrong: publication dates inferred from relative phrases, reported
// events dated by the article instead of by the speech that reports them, and undated articles
// whose lost relations were not named. Sentences about other actors than the seed articles.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractCorpus } from '../../src/extract/extractCorpus';
import { inferPublication } from '../../src/extract/inferPublication';
import { undatedCount, undatedLeftOut } from '../../src/extract/undatedWarning';

const extract = (body: string, published: string | null = '2024-03-13') =>
  extractCorpus([{ name: 'a.md', text: `---\ntitle: t\n${published ? `published: ${published}\n` : ''}---\n${body}\n` }], defaultResources());
const dated = (body: string, published?: string | null) =>
  extract(body, published).events.filter((e) => e.relation !== 'affiliation').map((e) => `${e.source} -${e.relation}-> ${e.target} ${e.date}${e.dateEnd ? '..' + e.dateEnd : ''} ${e.datePrecision}`);

describe('publication dates are inferred only from absolute dates', () => {
  it.each([
    'Talks between Sudan and Chad failed last month, officials said.',
    'Fighting in Goma resumed later in the day.',
    'Rwanda accused Congo on Tuesday of shelling its border.',
    'Yesterday the Colombian army attacked a rebel camp; two days ago rebels had fired on a patrol.',
    'The Philippines protested this week, and next Monday talks with China resume.',
  ])('no date from a relative phrase: %s', (text) => {
    expect(inferPublication(text)).toBeNull();
  });

  it('a written date still infers one, never more precise than the text', () => {
    expect(inferPublication('Armenia and Azerbaijan met on 12 May 2024; last week they spoke again.')).toBe('2024-05-12');
    expect(inferPublication('The Sahel juntas left ECOWAS in January 2024.')).toBe('2024-01');
  });

  it('a bare year names history, not the day of writing: no date from it', () => {
    expect(inferPublication('The blockade of 2019 ended later in the day.')).toBeNull();
    expect(inferPublication('Rebels have fought the army since 1996; on Friday they shelled Goma.')).toBeNull();
  });

  it('a deadline may lie after the day of writing and infers nothing', () => {
    const text = 'Sudan and Chad met on 3 June 2024 and set a deadline of September 1, 2024 for a truce.';
    expect(inferPublication(text)).toBe('2024-06-03');
    expect(inferPublication('Mali and ECOWAS talked on 3 June 2024. Both will meet the July 30 deadline.')).toBe('2024-06-03');
    expect(inferPublication('Kenya spoke to Somalia on May 2, 2025 and wants a deal by the end of December 2025.')).toBe('2025-05-02');
  });

  it('a yearless date just before the dated one is in the same year, not the next', () => {
    expect(inferPublication('Clashes began on September 27. On October 4, 2020, Azerbaijan said Ganja was hit.')).toBe('2020-10-04');
    expect(inferPublication('On 8 September 2010 Japan held the captain; China protested on September 7.')).toBe('2010-09-08');
    expect(inferPublication('Jan 12, 2026 - Protests have spread since they began on December 28.')).toBe('2026-01-12');
  });

  it('an undated article with only relative dates gets no date, and says so', () => {
    const r = extract('Rwanda accused Congo last week of shelling its border.', null);
    expect(r.documents[0]!.published).toBeNull();
    expect(r.events.filter((e) => e.relation !== 'affiliation')).toEqual([]);
    // The accusation and the shelling it reports (Congo's act, only reported).
    expect(r.warnings).toEqual(['a: 2 relations were left out because the article has no date: add one.']);
    const quiet = extract('The weather in Kigali was mild.', null);
    expect(quiet.warnings).toEqual(['a: no publication date: none was given and the text names no absolute date to infer one from.']);
  });

  it('the left-out sentence is the same wherever it is shown, and can be counted back', () => {
    expect(undatedLeftOut(3)).toBe('3 relations were left out because the article has no date: add one');
    expect(undatedLeftOut(1)).toBe('1 relation was left out because the article has no date: add one');
    expect(undatedCount(['x: 3 relations were left out because the article has no date: add one.', 'y: 1 relation was left out because the article has no date: add one.', 'other'])).toBe(4);
  });
});

describe("a reporting clause's date bounds the event it reports", () => {
  // 2024-03-13 is a Wednesday: Sunday is the 10th, Monday the 11th, Tuesday the 12th, Friday the 8th.
  it('"X said on Sunday that Y had contacted Z" dates the contact by Sunday, not by the article', () => {
    expect(dated('Kenyan President William Ruto said on Sunday that Somalia had contacted Kenya about the border.')).toEqual(['somalia -communication-> kenya 2024-03-10 day']);
  });

  it.each([
    ['Somalia contacted Kenya about the border, Ruto told reporters on Tuesday.', 'somalia -communication-> kenya 2024-03-12 day'],
    ['Ethiopia announced on Monday that it had met Eritrean envoys in Asmara.', 'ethiopia -communication-> eritrea 2024-03-11 day'],
    ['According to a statement on Friday, Egypt hosted Hamas negotiators.', 'egypt -communication-> hamas 2024-03-08 day'],
  ])('every speech frame: %s', (text, expected) => {
    expect(dated(text)).toEqual([expected]);
  });

  it("the event's own date still wins, and what is planned is not bounded by the speech", () => {
    expect(dated('Somalia accused Kenya of meddling on Saturday, Ruto said on Sunday.')).toEqual(['somalia -accusation-> kenya 2024-03-09 day']);
    expect(dated('Ruto said on Sunday that Kenya would meet Somali officials next month.')).toEqual(['kenya -communication-> somalia 2024-04 month']);
  });

  it('an undated article takes the speech date only when it is written with its year', () => {
    expect(dated('Ruto said on 10 March 2024 that Somalia had contacted Kenya.', null)).toEqual(['somalia -communication-> kenya 2024-03-10 day']);
  });
});

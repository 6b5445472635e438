import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { screenedChrono } from '../../src/extract/screenedChrono';

const TEXTS = [
  'Delegates from Chile and Peru met in Lima on Tuesday to discuss the maritime border.',
  'The ministry said 14 protesters were detained at 6:30 p.m. near the port of Valparaiso.',
  'Three weeks ago, Norwegian mediators flew to Havana; talks resume next month.',
  'Mongolia signed the accord on 3 March 2019, two days after the summit in Ulaanbaatar.',
  'The coast guard said the trawler had been seized the previous weekend, around midnight.',
  'Officials in Quito expect a reply within a few days, perhaps by Friday morning.',
  'Since 2015 the two governments have met every year; last year they met twice.',
  'Later that evening, police in Nairobi dispersed the crowd with water cannon.',
  'Talks broke down earlier this week, and a new round is planned for mid-June or 07/2024.',
  'No date, no number, nothing of the kind is named here by the harbour authority.',
  'The envoy will return tomorrow, and again in 10 days, a spokesman said from Oslo.',
  'Tonight the council meets; yesterday it adjourned at noon after a long session.',
  'On 2020-11-04 the tribunal ruled; on Nov. 5th it published the reasons, 1 1/2 hours later.',
  'He said it happened last night, a day or two before the talks, sometime this afternoon.',
  'The end of the month is the deadline set by Lisbon for the transfer of the prisoners.',
  'MONDAY, JAN 6 — The foreign minister of Ghana flies out this Sunday, the 12th of January.',
];

const shape = (rs: chrono.ParsedResult[]) => rs.map((r) => ({ index: r.index, text: r.text, start: r.start.date().toISOString(), end: r.end?.date().toISOString() }));

describe('screenedChrono', () => {
  const reference = { instant: new Date(Date.UTC(2024, 5, 12, 12)), timezone: 0 };

  it('finds what chrono finds, in every sentence and every clause-sized piece of it', () => {
    for (const text of TEXTS) {
      const pieces = [text, ...text.split(/[,;]/), text.slice(0, Math.floor(text.length / 2)), text.slice(Math.floor(text.length / 3))];
      for (const piece of pieces) expect(shape(screenedChrono.parse(piece, reference)), piece).toEqual(shape(chrono.parse(piece, reference)));
    }
  });

  it('keeps chrono’s parsers and refiners in their order', () => {
    expect(screenedChrono.parsers.length).toBe(chrono.casual.parsers.length);
    expect(screenedChrono.refiners).toEqual(chrono.casual.refiners);
  });

  it('does not scan a text with a parser whose pattern needs what the text lacks', () => {
    const scanned: string[] = [];
    const seen = screenedChrono.parsers.map((p) => p.pattern.bind(p));
    const context = { text: 'Envoys of Chile and Peru met', option: {} } as unknown as chrono.ParsingContext;
    for (const [i, pattern] of seen.entries()) if (pattern(context).source !== '^(?!)') scanned.push(chrono.casual.parsers[i]!.constructor.name);
    expect(scanned).not.toContain('ENTimeExpressionParser');
    expect(scanned).not.toContain('ENMonthNameParser');
    expect(scanned).toContain('ENTimeUnitWithinFormatParser');
  });
});

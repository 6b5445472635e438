// chrono's casual English parser with each of its parsers run only on texts holding a string its
// pattern cannot match without: a pattern that needs a digit, a month name or "ago" is not scanned
// over a clause that has none (every parser scans the whole text, and most clauses name no date).
// Same parsers, same order, same refiners, so the same results (test/extract/screenedChrono.test.ts).
import * as chrono from 'chrono-node';

const DIGIT = /\d/;
// Every spelling of a month in chrono's English patterns begins with one of these.
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/**
 * By parser class: a string each of its matches contains (read off chrono 2.x's English patterns; the
 * flags are the patterns' own, so case folds alike). A parser not named here runs on every text.
 */
const NEEDS: Readonly<Record<string, RegExp>> = {
  ENYearMonthDayParser: DIGIT,
  ISOFormatParser: DIGIT,
  SlashDateFormatParser: DIGIT,
  ENSlashMonthFormatParser: DIGIT,
  ENTimeExpressionParser: DIGIT,
  ENYearMonthNameParser: DIGIT,
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENMonthNameParser: MONTH,
  // "weekend" and "weekday" both hold "week".
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/i,
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  // "from now" holds "now".
  ENTimeUnitLaterFormatParser: /later|after|now|henceforth|forward|out/i,
  // "tmrw" holds "tmr", "last night" "night".
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i,
  // "midnight" holds "night".
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i,
  ENEndOfCurrentMonthParser: /month/i,
  // "after this" holds "this".
  ENRelativeDateFormatParser: /this|last|past|next/i,
  ENTimeUnitCasualRelativeFormatParser: /this|last|past|next|after|\+|-/i,
};

/** Anchored at the start and never matching: the scan a skipped parser costs is one failed try. */
const NEVER = /^(?!)/;

function screened(parser: chrono.Parser): chrono.Parser {
  const needs = NEEDS[parser.constructor.name];
  if (!needs) return parser;
  return {
    pattern: (context) => (needs.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

function screenedCasual(): chrono.Chrono {
  const c = chrono.casual.clone();
  c.parsers = c.parsers.map(screened);
  return c;
}

/** Parses as `chrono.parse` (the casual English configuration) does. */
export const screenedChrono: chrono.Chrono = screenedCasual();

// chrono's casual English parser with each of its parsers run only on texts holding a string its
// pattern cannot match without: a pattern that needs a digit, a month name or "ago" is not scanned
// over a clause that has none (every parser scans the whole text, and most clauses name no date).
// Same parsers, same order, same refiners, so the same results (test/extract/screenedChrono.test.ts).
import * as chrono from 'chrono-node';

const DIGIT = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
// Every spelling of a month in chrono's English patterns begins with one of these.
const MONTH = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * By parser class: strings one of which each of its matches contains, in lower case (read off chrono
 * 2.x's English patterns, all case-insensitive; an ASCII letter either case matches lowers to its
 * lower case, so the lowered text holds the string). A parser not named here runs on every text.
 */
const NEEDS: Readonly<Record<string, readonly string[]>> = {
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
  ENWeekdayParser: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'week'],
  ENTimeUnitAgoFormatParser: ['ago', 'before', 'earlier'],
  // "from now" holds "now".
  ENTimeUnitLaterFormatParser: ['later', 'after', 'now', 'henceforth', 'forward', 'out'],
  // "tmrw" holds "tmr", "last night" "night".
  ENCasualDateParser: ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'night'],
  // "midnight" holds "night".
  ENCasualTimeParser: ['morning', 'afternoon', 'evening', 'night', 'midday', 'noon'],
  ENEndOfCurrentMonthParser: ['month'],
  // "after this" holds "this".
  ENRelativeDateFormatParser: ['this', 'last', 'past', 'next'],
  ENTimeUnitCasualRelativeFormatParser: ['this', 'last', 'past', 'next', 'after', '+', '-'],
};

/** Anchored at the start and never matching: the scan a skipped parser costs is one failed try. */
const NEVER = /^(?!)/;

/** The text being parsed, lowered once for all its parsers' screens (string search, not a regular expression per screen). */
class LoweredText {
  private text = '';
  private lower = '';

  holdsAny(text: string, needs: readonly string[]): boolean {
    if (text !== this.text) {
      this.text = text;
      this.lower = text.toLowerCase();
    }
    for (const n of needs) if (this.lower.includes(n)) return true;
    return false;
  }
}

function screened(parser: chrono.Parser, lowered: LoweredText): chrono.Parser {
  const needs = NEEDS[parser.constructor.name];
  if (!needs) return parser;
  return {
    pattern: (context) => (lowered.holdsAny(context.text, needs) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

function screenedCasual(): chrono.Chrono {
  const c = chrono.casual.clone();
  const lowered = new LoweredText();
  c.parsers = c.parsers.map((p) => screened(p, lowered));
  return c;
}

/** Parses as `chrono.parse` (the casual English configuration) does. */
export const screenedChrono: chrono.Chrono = screenedCasual();

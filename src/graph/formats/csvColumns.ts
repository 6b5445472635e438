// The header of a CSV edge list, and a first guess at which column holds what.
import Papa from 'papaparse';
import type { CsvMapping } from './types';

/** Column names each mapping field is guessed from, compared without case, spaces or punctuation. */
const GUESSES: ReadonlyArray<[keyof CsvMapping, readonly string[]]> = [
  ['source', ['source', 'from', 'src', 'actor1', 'actora', 'sourceactor', 'sender', 'subject', 'node1', 'origin']],
  ['target', ['target', 'to', 'dst', 'actor2', 'actorb', 'targetactor', 'receiver', 'recipient', 'object', 'node2', 'destination']],
  ['relation', ['relation', 'relationship', 'relationtype', 'type', 'edgetype', 'eventtype', 'interaction', 'label', 'category']],
  ['cameo', ['cameo', 'cameocode', 'eventcode']],
  ['originalRelation', ['originalrelation']],
  ['date', ['date', 'day', 'eventdate', 'start', 'startdate', 'datestart', 'timestamp', 'time', 'when']],
  ['dateEnd', ['dateend', 'end', 'enddate', 'until']],
  ['datePrecision', ['dateprecision', 'precision']],
  ['evidence', ['evidence', 'sentence', 'quote', 'excerpt', 'sourcetext', 'text']],
  ['document', ['document', 'documenttitle', 'doc', 'article', 'title', 'headline', 'source document']],
  ['documentId', ['documentid', 'docid', 'articleid']],
  ['id', ['id', 'edgeid', 'eventid', 'key']],
  ['modality', ['modality']],
  ['confidence', ['confidence', 'score', 'probability']],
  ['attributedTo', ['attributedto', 'attribution', 'saidby', 'speaker']],
  ['cue', ['cue', 'trigger', 'triggerword']],
  ['dateNote', ['datenote']],
  ['sourceLabel', ['sourcelabel', 'sourcename', 'fromname']],
  ['targetLabel', ['targetlabel', 'targetname', 'toname']],
];

/**
 * The text to parse and its separator when the file names it: a byte-order mark is dropped, and so
 * is Excel's "sep=;" first line (which Excel itself does not show as a row).
 */
export function csvText(text: string): { body: string; delimiter?: string } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sep = /^sep=(.)\r?\n/.exec(body);
  return sep ? { body: body.slice(sep[0].length), delimiter: sep[1]! } : { body };
}

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Which column of `columns` each field most likely is; fields with no likely column are left out. */
export function guessCsvMapping(columns: string[]): Partial<CsvMapping> {
  const mapping: Partial<CsvMapping> = {};
  const used = new Set<string>();
  for (const [field, names] of GUESSES) {
    for (const name of names) {
      const column = columns.find((c) => squash(c) === squash(name) && !used.has(c));
      if (column !== undefined) {
        mapping[field] = column;
        used.add(column);
        break;
      }
    }
  }
  return mapping;
}

/** The column names of a CSV file (its first row), or why there are none. */
export function readCsvHeader(text: string): { ok: true; columns: string[] } | { ok: false; message: string } {
  const { body, delimiter } = csvText(text);
  if (!body.trim()) return { ok: false, message: 'the CSV file is empty.' };
  const parsed = Papa.parse<string[]>(body, { preview: 1, skipEmptyLines: 'greedy', ...(delimiter ? { delimiter } : {}) });
  const header = parsed.data[0];
  if (!header) return { ok: false, message: 'the CSV file has no header row.' };
  if (parsed.errors.some((e) => e.code === 'MissingQuotes'))
    return { ok: false, message: 'row 1: a quoted column name is never closed.' };
  const columns = header.map((c) => c.trim());
  if (columns.length < 2) return { ok: false, message: `row 1: the header has ${columns.length} column; an edge list needs at least a source and a target column (is the separator a comma, semicolon or tab?).` };
  const blank = columns.findIndex((c) => c === '');
  if (blank >= 0) return { ok: false, message: `row 1, column ${blank + 1}: the column has no name.` };
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c)) return { ok: false, message: `row 1: the column name "${c}" appears twice.` };
    seen.add(c);
  }
  return { ok: true, columns };
}

/** The first `count` rows under the header, for a preview in the column-mapping dialog. */
export function readCsvPreview(text: string, count: number): string[][] {
  const { body, delimiter } = csvText(text);
  const parsed = Papa.parse<string[]>(body, { preview: count + 1, skipEmptyLines: 'greedy', ...(delimiter ? { delimiter } : {}) });
  return parsed.data.slice(1);
}

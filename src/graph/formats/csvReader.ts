// CSV edge lists (any spreadsheet, columns mapped by the user) as raw graphs. Row numbers count
// the header as row 1, as a spreadsheet shows them.
import Papa from 'papaparse';
import { csvText, readCsvHeader } from './csvColumns';
import type { RawAttributes, RawEdge, RawGraph, RawNode } from './rawGraph';
import type { CsvMapping } from './types';

export type CsvReadResult = { ok: true; raw: RawGraph } | { ok: false; message: string };

/** The quote put before a formula-like cell on writing (see FORMULA_LIKE in csvWriter). */
const FORMULA_ESCAPE = /^'(?='*[=+\-@\t\r])/;

/** A cell as written, less the quote papaparse (and spreadsheets) put before formula-like values. */
function cell(value: string | undefined): string {
  if (value === undefined) return '';
  return value.replace(FORMULA_ESCAPE, '');
}

interface Table {
  columns: string[];
  rows: string[][];
}

/** `what` names the file in messages ("the nodes file, "), empty for the edge list itself. */
function readTable(text: string, what: string): { ok: true; table: Table } | { ok: false; message: string } {
  const { body, delimiter } = csvText(text);
  const header = readCsvHeader(text);
  if (!header.ok) return { ok: false, message: `${what}${header.message}` };
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy', ...(delimiter ? { delimiter } : {}) });
  const quote = parsed.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
  if (quote) {
    const row = (quote.row ?? parsed.data.length - 1) + 1;
    return { ok: false, message: `${what}row ${row}: a quoted value is never closed (is the file cut short?).` };
  }
  const rows = parsed.data.slice(1);
  const width = header.columns.length;
  for (const [i, r] of rows.entries()) {
    if (r.length !== width)
      return { ok: false, message: `${what}row ${i + 2}: ${r.length} value${r.length === 1 ? '' : 's'} where the header has ${width} columns.` };
  }
  return { ok: true, table: { columns: header.columns, rows } };
}

function columnIndex(table: Table, mapping: CsvMapping): { ok: true; index: Map<keyof CsvMapping, number> } | { ok: false; message: string } {
  const index = new Map<keyof CsvMapping, number>();
  for (const [field, column] of Object.entries(mapping) as Array<[keyof CsvMapping, string | undefined]>) {
    if (column === undefined || column === '') continue;
    const i = table.columns.indexOf(column);
    if (i < 0) return { ok: false, message: `the column "${column}" chosen for ${field} is not in the file's header.` };
    index.set(field, i);
  }
  if (!index.has('source') || !index.has('target')) return { ok: false, message: 'choose the columns that hold the source and the target of each relation.' };
  return { ok: true, index };
}

/** Attribute names of the contract each mapped field fills. */
const EDGE_FIELDS: ReadonlyArray<[keyof CsvMapping, string]> = [
  ['relation', 'relation'],
  ['date', 'date'],
  ['dateEnd', 'dateEnd'],
  ['datePrecision', 'datePrecision'],
  ['evidence', 'evidence'],
  ['modality', 'modality'],
  ['confidence', 'confidence'],
  ['cameo', 'cameo'],
  ['originalRelation', 'originalRelation'],
  ['attributedTo', 'attributedTo'],
  ['cue', 'cue'],
  ['dateNote', 'dateNote'],
];

/** Cells read exactly as written (other cells lose their outer spaces). */
const EXACT_FIELDS: ReadonlySet<keyof CsvMapping> = new Set(['evidence', 'cue']);

function nodeRows(text: string): { ok: true; nodes: Map<string, RawAttributes> } | { ok: false; message: string } {
  const read = readTable(text, 'the nodes file, ');
  if (!read.ok) return read;
  const { columns, rows } = read.table;
  const id = columns.indexOf('id');
  if (id < 0) return { ok: false, message: 'the nodes file, row 1: it has no "id" column.' };
  const nodes = new Map<string, RawAttributes>();
  for (const r of rows) {
    // No prototype: a column named "__proto__" is one more attribute, not the object's prototype.
    const attributes: RawAttributes = Object.create(null) as RawAttributes;
    for (const [i, name] of columns.entries()) if (i !== id) attributes[name] = cell(r[i]);
    nodes.set(cell(r[id]).trim(), attributes);
  }
  return { ok: true, nodes };
}

export function readCsv(text: string, mapping: CsvMapping, nodesText?: string): CsvReadResult {
  const read = readTable(text, '');
  if (!read.ok) return read;
  const table = read.table;
  const columns = columnIndex(table, mapping);
  if (!columns.ok) return columns;
  const at = (row: string[], field: keyof CsvMapping): string => {
    const i = columns.index.get(field);
    return i === undefined ? '' : cell(row[i]).trim();
  };
  const known = nodesText === undefined ? null : nodeRows(nodesText);
  if (known && !known.ok) return known;
  const nodes = new Map<string, RawNode>();
  if (known) for (const [key, attributes] of known.nodes) nodes.set(key, { key, attributes, where: `the nodes file, id "${key}"` });
  const edges: RawEdge[] = [];
  const warnings: string[] = [];
  const skipped: number[] = [];
  for (const [i, r] of table.rows.entries()) {
    const where = `row ${i + 2}`;
    const source = at(r, 'source');
    const target = at(r, 'target');
    if (!source || !target) {
      skipped.push(i + 2);
      continue;
    }
    for (const [end, labelField] of [
      [source, 'sourceLabel'],
      [target, 'targetLabel'],
    ] as const) {
      const label = at(r, labelField);
      const node = nodes.get(end);
      if (!node) nodes.set(end, { key: end, attributes: { label: label || end }, where });
      else if (node.attributes.label === undefined && label) node.attributes.label = label;
    }
    const attributes: RawAttributes = {};
    for (const [field, name] of EDGE_FIELDS) {
      const value = EXACT_FIELDS.has(field) ? cell(r[columns.index.get(field) ?? -1]) : at(r, field);
      if (value !== '') attributes[name] = value;
    }
    const documentId = at(r, 'documentId');
    const documentTitle = at(r, 'document');
    const id = at(r, 'id');
    const edge: RawEdge = { key: id || null, source, target, undirected: false, attributes, where };
    if (documentId || documentTitle) edge.document = { ...(documentId ? { id: documentId } : {}), ...(documentTitle ? { title: documentTitle } : {}) };
    edges.push(edge);
  }
  if (skipped.length)
    warnings.push(`Rows without a source or a target were left out (${skipped.length}: row${skipped.length === 1 ? '' : 's'} ${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ', …' : ''}).`);
  return { ok: true, raw: { attributes: {}, nodes: [...nodes.values()], edges, warnings } };
}

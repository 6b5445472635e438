// Import: GEXF, GraphML, graphology JSON and CSV edge lists, fitted to the contract.
import { readCsv } from './csvReader';
import { fitToContract } from './fitToContract';
import { readGexf } from './gexfReader';
import { readGraphml } from './graphmlReader';
import { checkImportCounts, checkImportText } from './importLimits';
import { readJson } from './jsonFormat';
import type { RawGraph } from './rawGraph';
import type { GraphFormat, ImportOptions, ImportOutcome } from './types';

export { guessCsvMapping, readCsvHeader, readCsvPreview } from './csvColumns';
export { MAX_IMPORT_ACTORS, MAX_IMPORT_BYTES, MAX_IMPORT_RELATIONS, checkImportSize } from './importLimits';

// A Map, so a file named "graph.constructor" finds nothing on Object.prototype.
const EXTENSIONS: ReadonlyMap<string, GraphFormat> = new Map([
  ['gexf', 'gexf'],
  ['graphml', 'graphml'],
  ['json', 'json'],
  ['csv', 'csv'],
  ['tsv', 'csv'],
]);

/** The format of a file from its name, else from its first characters; null when neither tells. */
export function detectFormat(fileName: string, text: string): GraphFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const byName = ext === undefined ? undefined : EXTENSIONS.get(ext);
  if (byName) return byName;
  const head = text.slice(0, 2000).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) {
    if (/<(?:[\w-]+:)?gexf[\s>]/.test(head)) return 'gexf';
    if (/<(?:[\w-]+:)?graphml[\s>]/.test(head)) return 'graphml';
    return null;
  }
  if (head.startsWith('{')) return 'json';
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (/[,;\t]/.test(firstLine)) return 'csv';
  return null;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Reads a graph file into the contract. Refusals say what is wrong and where; what was fitted
 * (unknown kinds, unclassified relations, missing dates or evidence) is listed in `warnings`.
 */
export function importGraphText(fileName: string, text: string, options: ImportOptions = {}): ImportOutcome {
  const refused = checkImportText(fileName, text);
  if (refused) return { ok: false, message: refused };
  const format = detectFormat(fileName, text);
  if (!format) return { ok: false, message: `${fileName}: the format is not one Dramatis reads (GEXF, GraphML, JSON or CSV).` };
  let read: { ok: true; raw: RawGraph } | { ok: false; message: string };
  switch (format) {
    case 'gexf':
      read = readGexf(text);
      break;
    case 'graphml':
      read = readGraphml(text);
      break;
    case 'json':
      read = readJson(text);
      break;
    case 'csv':
      if (!options.csvMapping) return { ok: false, message: `${fileName}: choose which columns hold the source and target of each relation.` };
      read = readCsv(text, options.csvMapping, options.csvNodesText);
      break;
  }
  if (!read.ok) return { ok: false, message: `${fileName}: ${read.message}` };
  if (read.raw.nodes.length === 0) return { ok: false, message: `${fileName}: the file holds no actors.` };
  const tooMany = checkImportCounts(read.raw.nodes.length, read.raw.edges.length);
  if (tooMany) return { ok: false, message: `${fileName}: ${tooMany}` };
  const outcome = fitToContract(read.raw, {
    fileName,
    format,
    title: options.sourceLabel ?? fileName,
    importDay: options.importDay ?? today(),
  });
  return outcome.ok ? outcome : { ok: false, message: `${fileName}: ${outcome.message}` };
}

// The import worker's work, apart from the worker itself (so Node tests can run it): a file's text
// checked, its format told, and either a CSV's columns for the mapping dialog or the graph fitted to
// the contract (importGraphText, which checks it with validateGraph) sent back in chunks.
import { isolate } from '../graph/bidiText';
import { detectFormat, guessCsvMapping, importGraphText, readCsvHeader, readCsvPreview } from '../graph/formats';
import { graphJsonBlob } from '../graph/formats/graphJsonBlob';
import { checkImportCounts, checkImportText, csvRowCount } from '../graph/formats/importLimits';
import type { CsvMapping } from '../graph/formats/types';
import type { ImportReply } from './importMessages';

/**
 * Actors or relations per chunk: receiving and adding 100 takes the page a few milliseconds, so even
 * a machine busy with other work stays well under the 200 ms a task may take.
 */
export const ITEMS_PER_CHUNK = 100;
/** Documents carry their whole text: fewer per chunk. */
export const DOCUMENTS_PER_CHUNK = 20;

const PREVIEW_ROWS = 5;

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let at = 0; at < items.length; at += size) yield items.slice(at, at + size);
}

/**
 * The answer to one file's text, message by message: a refusal, a CSV's columns, or the graph (head,
 * chunks, end). Lazy: the worker takes the next message when the page is ready for it.
 */
export function* answerImport(fileName: string, text: string, options: { csvMapping?: CsvMapping; importDay: string }): Generator<ImportReply, void> {
  const notText = checkImportText(fileName, text);
  if (notText) return yield { kind: 'refused', message: notText };
  const format = detectFormat(fileName, text);
  if (format === null) return yield { kind: 'refused', message: `${fileName} is not a GEXF, GraphML, graphology JSON or CSV file (judged from its name and its first characters).` };
  if (format === 'csv' && !options.csvMapping) {
    const tooLong = checkImportCounts(0, csvRowCount(text));
    if (tooLong) return yield { kind: 'refused', message: `${fileName}: ${tooLong}` };
    const header = readCsvHeader(text);
    if (!header.ok) return yield { kind: 'refused', message: header.message };
    return yield { kind: 'csv', columns: header.columns, preview: readCsvPreview(text, PREVIEW_ROWS), guess: guessCsvMapping(header.columns) };
  }
  yield { kind: 'phase', phase: 'parsing' };
  let outcome: ReturnType<typeof importGraphText>;
  try {
    outcome = importGraphText(fileName, text, { importDay: options.importDay, ...(options.csvMapping ? { csvMapping: options.csvMapping } : {}) });
  } catch (err) {
    return yield { kind: 'refused', message: `${isolate(fileName)} could not be read (${err instanceof Error ? err.message : String(err)}).` };
  }
  if (!outcome.ok) return yield { kind: 'refused', message: outcome.message };
  const { graph } = outcome;
  const { documents, ...attributes } = graph.attributes;
  yield {
    kind: 'head',
    format: outcome.format,
    warnings: outcome.warnings,
    extraGraphAttributes: outcome.extraGraphAttributes,
    options: graph.options,
    attributes,
    counts: { documents: documents.length, nodes: graph.nodes.length, edges: graph.edges.length },
  };
  for (const items of chunks(documents, DOCUMENTS_PER_CHUNK)) yield { kind: 'documents', items };
  for (const items of chunks(graph.nodes, ITEMS_PER_CHUNK)) yield { kind: 'nodes', items };
  for (const items of chunks(graph.edges, ITEMS_PER_CHUNK)) yield { kind: 'edges', items };
  yield { kind: 'end', graphJson: graphJsonBlob(graph) };
}

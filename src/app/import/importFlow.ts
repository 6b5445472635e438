// Reading a dropped or picked file into the session as a new source. The edge of the app: the
// parsing is in src/graph/formats, the merge in the sources store; this wires them to the UI.
import { isolate } from '../../graph/bidiText';
import { MultiDirectedGraph } from 'graphology';
import type { DramatisGraph } from '../../graph/buildGraph';
import { checkCombinedCounts, checkImportCounts, checkImportSize, checkImportText, csvRowCount } from '../../graph/formats/importLimits';
import type { CsvMapping } from '../../graph/formats/types';
import { KNOWN_RELATION_IDS } from '../../graph/relationStyles';
import { validateGraph } from '../../graph/validateGraph';
import { useAppStore } from '../../store/appStore';
import { useImportStore } from '../../store/importStore';
import { prepareImported, showPrepared, useSourcesStore } from '../../store/sourcesStore';
import { importStoriesFromGraphAttributes } from '../story/storySync';

/** The file types the picker offers. */
// The parsers (xmldom, papaparse, graphology-gexf/-graphml) load with the first import, not with the app.
const loadFormats = () => import('../../graph/formats');

export const IMPORT_ACCEPT = '.gexf,.graphml,.xml,.json,.csv,.tsv';

const PREVIEW_ROWS = 5;

declare global {
  interface Window {
    /**
     * Test hook: a lower size limit in bytes for imports, so a browser test can check the refusal
     * of an oversized file without writing 50 MB. Set it before the app loads (addInitScript).
     */
    __dramatisImportLimit?: number;
  }
}

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a file of this size is not read, or null. */
function sizeProblem(fileName: string, bytes: number): string | null {
  const limit = typeof window !== 'undefined' ? window.__dramatisImportLimit : undefined;
  if (limit !== undefined && bytes > limit) return `${isolate(fileName)} is ${sizeText(bytes)}; files over ${sizeText(limit)} are not imported.`;
  return checkImportSize(isolate(fileName), bytes);
}

function refuse(message: string): void {
  useAppStore.getState().pushNotice(`Not imported: ${message} The graph on screen is unchanged.`);
}

/** Lets the page answer input and paint between the steps of a large import (each step is its own task). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "N of M relations were already loaded", for relations merged into ones on screen instead of doubled. */
export function alreadyLoadedText(repeated: number, total: number): string {
  return `${repeated} of ${plural(total, 'relation', 'relations')} ${total === 1 ? 'was' : 'were'} already loaded (merged, not added twice).`;
}

/** Imports each file in turn; every refusal or success becomes a notice. */
export async function importFiles(files: readonly File[]): Promise<void> {
  for (const file of files) await importFile(file);
}

async function importFile(file: File): Promise<void> {
  const pending = useImportStore.getState().pendingCsv;
  if (pending) {
    refuse(`${isolate(file.name)} waits: first import or cancel ${isolate(pending.fileName)}, whose columns are being mapped.`);
    return;
  }
  // The size is checked before anything is read.
  const tooBig = sizeProblem(file.name, file.size);
  if (tooBig) {
    refuse(tooBig);
    return;
  }
  const { setBusy } = useImportStore.getState();
  setBusy(file.name);
  try {
    let text: string;
    try {
      text = await file.text();
    } catch (err) {
      refuse(`${file.name} could not be read (${err instanceof Error ? err.message : String(err)}).`);
      return;
    }
    const notText = checkImportText(file.name, text);
    if (notText) {
      refuse(notText);
      return;
    }
    let formats: Awaited<ReturnType<typeof loadFormats>>;
    try {
      formats = await loadFormats();
    } catch (err) {
      refuse(`The file readers could not be loaded (${err instanceof Error ? err.message : String(err)}); ${file.name} was not imported.`);
      return;
    }
    const { detectFormat, readCsvHeader, readCsvPreview, guessCsvMapping } = formats;
    const format = detectFormat(file.name, text);
    if (format === null) {
      refuse(`${file.name} is not a GEXF, GraphML, graphology JSON or CSV file (judged from its name and its first characters).`);
      return;
    }
    if (format === 'csv') {
      const tooLong = checkImportCounts(0, csvRowCount(text));
      if (tooLong) {
        refuse(`${file.name}: ${tooLong}`);
        return;
      }
      const header = readCsvHeader(text);
      if (!header.ok) {
        refuse(header.message);
        return;
      }
      useImportStore.getState().csvRead({ fileName: file.name, text, columns: header.columns, preview: readCsvPreview(text, PREVIEW_ROWS), guess: guessCsvMapping(header.columns) });
      return;
    }
    await addToSession(formats.importGraphText, file.name, text);
  } finally {
    setBusy(null);
  }
}

/** The CSV mapping dialog's Import. */
export async function importMappedCsv(mapping: CsvMapping): Promise<void> {
  const pending = useImportStore.getState().pendingCsv;
  if (!pending) return;
  useImportStore.getState().csvClosed();
  // Already loaded: the CSV's columns were read with it.
  const { importGraphText } = await loadFormats();
  await addToSession(importGraphText, pending.fileName, pending.text, mapping);
}

type ImportGraphText = Awaited<ReturnType<typeof loadFormats>>['importGraphText'];

async function addToSession(importGraphText: ImportGraphText, fileName: string, text: string, csvMapping?: CsvMapping): Promise<void> {
  const outcome = importGraphText(fileName, text, csvMapping ? { csvMapping } : {});
  if (!outcome.ok) {
    refuse(outcome.message);
    return;
  }
  await nextTask();
  // The parsers fit files to the contract; checking again keeps a parser's slip from reaching the view.
  const issues = validateGraph(outcome.graph, KNOWN_RELATION_IDS);
  if (issues.length > 0) {
    refuse(`${isolate(fileName)} could not be fitted to the Dramatis graph contract (${issues[0]!.where}: ${issues[0]!.problem}${issues.length > 1 ? `, and ${issues.length - 1} more` : ''}).`);
    return;
  }
  await nextTask();
  let graph: DramatisGraph;
  try {
    graph = new MultiDirectedGraph({ allowSelfLoops: outcome.graph.options.allowSelfLoops });
    graph.import(outcome.graph);
  } catch (err) {
    refuse(`${isolate(fileName)} could not be turned into a graph (${err instanceof Error ? err.message : String(err)}).`);
    return;
  }
  if (graph.order === 0) {
    refuse(`${isolate(fileName)} holds no actors.`);
    return;
  }
  const onScreen = useAppStore.getState().graph;
  if (onScreen) {
    const fresh = graph.nodes().filter((n) => !onScreen.hasNode(n)).length;
    const tooMany = checkCombinedCounts(onScreen.order + fresh, onScreen.size + graph.size);
    if (tooMany) {
      refuse(`${isolate(fileName)}: ${tooMany}`);
      return;
    }
  }
  await nextTask();
  const input = { label: fileName, format: outcome.format, graph, warnings: outcome.warnings };
  let prepared = prepareImported(input);
  if (typeof prepared === 'string') {
    refuse(prepared);
    return;
  }
  await nextTask();
  // Another file or article landed in between: merge again with it (rare; no yield this time).
  if (prepared.base !== useSourcesStore.getState().sources) prepared = prepareImported(input);
  if (typeof prepared === 'string') {
    refuse(prepared);
    return;
  }
  const added = showPrepared(prepared);
  const { source, alreadyLoaded } = added;
  const warned = source.warnings.length > 0 ? ` ${plural(source.warnings.length, 'warning', 'warnings')} under Loaded data.` : '';
  const repeated = alreadyLoaded > 0 ? ` ${alreadyLoadedText(alreadyLoaded, source.relations)}` : '';
  useAppStore.getState().pushNotice(`Imported ${isolate(fileName)}: ${plural(source.actors, 'actor', 'actors')}, ${plural(source.relations, 'relation', 'relations')}.${repeated}${warned}`);
  // Stories a Dramatis JSON export carries join the story list (with their own notices).
  importStoriesFromGraphAttributes(outcome.extraGraphAttributes, fileName);
}

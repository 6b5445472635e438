// Reading a dropped or picked file into the session as a new source. The edge of the app: a worker
// reads, parses, fits and checks the file (src/workers/importClient.ts), the page builds its graph
// chunk by chunk and merges it with the sources in short slices, then hands it to the sources store.
import { isolate } from '../../graph/bidiText';
import { checkCombinedCounts, checkImportSize } from '../../graph/formats/importLimits';
import type { CsvMapping } from '../../graph/formats/types';
import type { MergedSources } from '../../graph/mergeSources';
import { useAppStore } from '../../store/appStore';
import { useImportStore } from '../../store/importStore';
import { rememberStoredGraph } from '../../store/persistence/storedGraph';
import { importedMergeSteps, notCombined, showPrepared, useSourcesStore, type PreparedSources } from '../../store/sourcesStore';
import type { ImportedGraph } from '../../workers/importedGraph';
import { startImport, type ImportAnswer, type ImportProgress } from '../../workers/importClient';
import { importStoriesFromGraphAttributes } from '../story/storySync';
import { IMPORT_MERGED_MARK, IMPORT_START_MARK, markImport } from './importMarks';
import { nextTask, runInSlices, SlicesCancelled } from './timeSlices';

/** The file types the picker offers. */
export const IMPORT_ACCEPT = '.gexf,.graphml,.xml,.json,.csv,.tsv';

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

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function cancelledNotice(fileName: string): void {
  useAppStore.getState().pushNotice(`Import of ${isolate(fileName)} cancelled. The graph on screen is unchanged.`);
}

/** The progress line changes at most this often while chunks arrive (each change renders). */
const PROGRESS_INTERVAL_MS = 100;

/** Reads the file in the import worker, showing its progress; Cancel ends the worker. */
function readInWorker(file: File, csvMapping?: CsvMapping): Promise<ImportAnswer> {
  const { setProgress } = useImportStore.getState();
  let shown = 0;
  const show = (progress: ImportProgress): void => {
    const now = performance.now();
    const samePhase = useImportStore.getState().progress?.phase === progress.phase;
    if (samePhase && now - shown < PROGRESS_INTERVAL_MS) return;
    shown = now;
    setProgress(progress);
  };
  const run = startImport({ file, importDay: today(), ...(csvMapping ? { csvMapping } : {}) }, show);
  setProgress({ phase: 'reading' }, run.cancel);
  return run.answer;
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
  markImport(IMPORT_START_MARK);
  const { setBusy } = useImportStore.getState();
  setBusy(file.name);
  try {
    const answer = await readInWorker(file);
    if (answer.kind === 'cancelled') cancelledNotice(file.name);
    else if (answer.kind === 'refused') refuse(answer.message);
    else if (answer.kind === 'csv') useImportStore.getState().csvRead({ fileName: file.name, file, columns: answer.columns, preview: answer.preview, guess: answer.guess });
    else await addToSession(file.name, answer);
  } finally {
    setBusy(null);
  }
}

/** The CSV mapping dialog's Import: the file is read again, with the columns mapped. */
export async function importMappedCsv(mapping: CsvMapping): Promise<void> {
  const pending = useImportStore.getState().pendingCsv;
  if (!pending) return;
  useImportStore.getState().csvClosed();
  markImport(IMPORT_START_MARK);
  const { setBusy } = useImportStore.getState();
  setBusy(pending.fileName);
  try {
    const answer = await readInWorker(pending.file, mapping);
    if (answer.kind === 'cancelled') cancelledNotice(pending.fileName);
    else if (answer.kind === 'refused') refuse(answer.message);
    else if (answer.kind === 'graph') await addToSession(pending.fileName, answer);
  } finally {
    setBusy(null);
  }
}

/** Until a frame has been painted (or 100 ms, in a hidden tab), so the progress line shows before a long step. */
function progressPainted(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });
}

/**
 * The merge of the sources with the new graph, in slices; merged again when another file or article
 * joined meanwhile. Null when cancelled; a message when the merge failed.
 */
async function mergeInSlices(input: { label: string; format: ImportedGraph['format']; graph: ImportedGraph['graph']; warnings: string[] }): Promise<PreparedSources | string | null> {
  let cancelled = false;
  useImportStore.getState().setProgress({ phase: 'merging' }, () => (cancelled = true));
  for (;;) {
    const { steps, finish } = importedMergeSteps(input);
    let merged: MergedSources;
    try {
      merged = await runInSlices(steps, { cancelled: () => cancelled });
    } catch (err) {
      if (err instanceof SlicesCancelled) return null;
      return notCombined(input.label, err);
    }
    const prepared = finish(merged);
    useImportStore.getState().setProgress({ phase: 'showing' }, null);
    await progressPainted();
    if (prepared.base === useSourcesStore.getState().sources) return prepared;
    useImportStore.getState().setProgress({ phase: 'merging' }, () => (cancelled = true));
  }
}

async function addToSession(fileName: string, imported: ImportedGraph): Promise<void> {
  const { graph } = imported;
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
  const prepared = await mergeInSlices({ label: fileName, format: imported.format, graph, warnings: imported.warnings });
  if (prepared === null) {
    cancelledNotice(fileName);
    return;
  }
  if (typeof prepared === 'string') {
    refuse(prepared);
    return;
  }
  markImport(IMPORT_MERGED_MARK);
  // The workspace stores the worker's text of the graph instead of writing the graph out on this thread.
  rememberStoredGraph(graph, imported.graphJson);
  const { source, alreadyLoaded } = showPrepared(prepared);
  const warned = source.warnings.length > 0 ? ` ${plural(source.warnings.length, 'warning', 'warnings')} under Loaded data.` : '';
  const repeated = alreadyLoaded > 0 ? ` ${alreadyLoadedText(alreadyLoaded, source.relations)}` : '';
  useAppStore.getState().pushNotice(`Imported ${isolate(fileName)}: ${plural(source.actors, 'actor', 'actors')}, ${plural(source.relations, 'relation', 'relations')}.${repeated}${warned}`);
  // Stories a Dramatis JSON export carries join the story list (with their own notices).
  importStoriesFromGraphAttributes(imported.extraGraphAttributes, fileName);
}

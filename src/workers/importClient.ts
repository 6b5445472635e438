// The page's side of the import worker: one worker per file, started on demand (so the parsers load
// with the first import, not with the app), its answer turned into a graph chunk by chunk, and ended
// at once when the user cancels.
import { isolate } from '../graph/bidiText';
import { ImportedGraphBuilder, type ImportedGraph } from './importedGraph';
import type { CsvColumnsMessage, ImportReply, ImportRequest, ImportWorkerRequest, RefusedMessage } from './importMessages';

/** Where the worker is, for the progress line. */
export type ImportProgress = { phase: 'reading' | 'parsing' } | { phase: 'building'; done: number; total: number };

export type ImportAnswer = ({ kind: 'graph' } & ImportedGraph) | CsvColumnsMessage | RefusedMessage | { kind: 'cancelled' };

export interface ImportRun {
  answer: Promise<ImportAnswer>;
  /** Ends the worker; the answer becomes `cancelled` unless it had already come. */
  cancel(): void;
}

function startBundledWorker(): Worker {
  return new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
}

/** Reads `request.file` in a new worker (request without its kind); `onProgress` hears each phase and every chunk added. */
export function startImport(request: Omit<ImportRequest, 'kind'>, onProgress: (progress: ImportProgress) => void, createWorker: () => Worker = startBundledWorker): ImportRun {
  const name = isolate(request.file.name);
  let settle: (answer: ImportAnswer) => void = () => {};
  const answer = new Promise<ImportAnswer>((resolve) => (settle = resolve));
  let worker: Worker | null = null;
  const end = (result: ImportAnswer): void => {
    worker?.terminate();
    worker = null;
    settle(result);
    settle = () => {};
  };
  const stopped = (reason: string): void => end({ kind: 'refused', message: `The file reader stopped unexpectedly while reading ${name} (${reason}).` });
  const post = (message: ImportWorkerRequest): void => worker?.postMessage(message);
  let builder: ImportedGraphBuilder | null = null;
  const receive = (reply: ImportReply): void => {
    switch (reply.kind) {
      case 'phase':
        return onProgress({ phase: reply.phase });
      case 'csv':
      case 'refused':
        return end(reply);
      case 'head':
        builder = new ImportedGraphBuilder(reply);
        return onProgress({ phase: 'building', done: 0, total: builder.total });
      case 'end':
        return end({ kind: 'graph', ...builder!.finish(reply.graphJson) });
      default:
        builder!.add(reply);
        // Ready for another chunk: the next arrives in a task of its own.
        post({ kind: 'next' });
        return onProgress({ phase: 'building', done: builder!.done, total: builder!.total });
    }
  };
  try {
    worker = createWorker();
  } catch (err) {
    stopped(err instanceof Error ? err.message : String(err));
    return { answer, cancel: () => {} };
  }
  worker.onmessage = (e: MessageEvent<ImportReply>) => {
    // A chunk still queued when the run was cancelled is dropped.
    if (!worker) return;
    try {
      receive(e.data);
    } catch (err) {
      end({ kind: 'refused', message: `${name} could not be turned into a graph (${err instanceof Error ? err.message : String(err)}).` });
    }
  };
  worker.onerror = (e) => {
    e.preventDefault();
    stopped(e.message || 'it could not start');
  };
  worker.onmessageerror = () => stopped('its answer could not be read');
  post({ kind: 'read', ...request });
  return { answer, cancel: () => end({ kind: 'cancelled' }) };
}

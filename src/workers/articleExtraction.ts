// One article read in a web worker, off the page's thread, with progress and a real Cancel: the
// worker is terminated and the next article starts a new one. A finished worker is kept, so the
// language model loads once per session rather than once per article.
import type { ActorRecord } from '../extract/actorDictionary';
import type { SourceDocument } from '../extract/types';
import type { ArticleGraphPart, ArticleProgress, ArticleRequest, ExtractionReply } from './extractionMessages';
import type { ExtractedGraph } from './extractionPool';

export type ArticleExtractionProgress = { phase: 'model' } | { phase: 'splitting' } | { phase: 'reading'; done: number; total: number };

export interface RunningArticle {
  /** The article's graph; rejects with a message on failure, or with CancelledExtraction. */
  result: Promise<ExtractedGraph>;
  /** Stops the worker now; `result` rejects with CancelledExtraction. */
  cancel(): void;
}

declare global {
  interface Window {
    /**
     * Test hook: when true, the next article asks the extraction worker to throw (a real error
     * event in the page), and the flag is cleared. Set from a browser test with page.evaluate.
     */
    __dramatisCrashExtractionWorker?: boolean;
  }
}

function crashRequested(): boolean {
  if (typeof window === 'undefined' || !window.__dramatisCrashExtractionWorker) return false;
  window.__dramatisCrashExtractionWorker = false;
  return true;
}

/** What the dialog says when the worker died: the dead worker is dropped, the next article starts a new one. */
export function workerCrashMessage(reason: string): string {
  return `The article reader stopped unexpectedly (${reason}). Nothing was added; read the article again to start a new reader.`;
}

export class CancelledExtraction extends Error {
  constructor() {
    super('Extraction cancelled.');
  }
}

function startBundledWorker(): Worker {
  return new Worker(new URL('./extractionWorker.ts', import.meta.url), { type: 'module' });
}

let idle: Worker | null = null;
let nextId = 1;

/** Reads `doc` with the session's actors known; progress starts in the model-loading phase. */
export function extractArticle(
  doc: SourceDocument,
  actors: ActorRecord[],
  onProgress: (p: ArticleExtractionProgress) => void,
  createWorker: () => Worker = startBundledWorker,
): RunningArticle {
  const worker = idle ?? createWorker();
  idle = null;
  const id = nextId++;
  let settled = false;
  let rejectResult: (err: Error) => void = () => {};
  const result = new Promise<ExtractedGraph>((resolve, reject) => {
    rejectResult = reject;
    const finish = (done: () => void, keep: boolean) => {
      if (settled) return;
      settled = true;
      worker.onmessage = null;
      worker.onerror = null;
      if (keep && !idle) idle = worker;
      else worker.terminate();
      done();
    };
    // The graph's actors and relations arrive in parts before the reply (one task each).
    const nodes: NonNullable<ArticleGraphPart['nodes']> = [];
    const edges: NonNullable<ArticleGraphPart['edges']> = [];
    worker.onmessage = (e: MessageEvent<ExtractionReply | ArticleProgress | ArticleGraphPart>) => {
      const reply = e.data;
      if (reply.id !== id) return;
      if ('kind' in reply) {
        if (reply.kind === 'part') {
          for (const node of reply.nodes ?? []) nodes.push(node);
          for (const edge of reply.edges ?? []) edges.push(edge);
        } else onProgress(reply.phase === 'reading' ? { phase: 'reading', done: reply.done, total: reply.total } : { phase: 'splitting' });
        return;
      }
      if (reply.ok) finish(() => resolve({ graph: { ...reply.graph, nodes, edges }, warnings: reply.warnings, graphJson: reply.graphJson }), true);
      else finish(() => reject(new Error(reply.error)), true);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      finish(() => reject(new Error(workerCrashMessage(e.message || 'it could not start'))), false);
    };
    worker.onmessageerror = () => finish(() => reject(new Error(workerCrashMessage('its reply could not be read'))), false);
  });
  onProgress({ phase: 'model' });
  const request: ArticleRequest = { id, kind: 'article', doc, actors };
  if (crashRequested()) request.crash = true;
  worker.postMessage(request);
  return {
    result,
    cancel() {
      if (settled) return;
      settled = true;
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      rejectResult(new CancelledExtraction());
    },
  };
}

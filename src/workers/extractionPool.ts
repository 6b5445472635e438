// Extraction of many files on several cores in the browser: web workers read the documents, one of
// them merges. Light to import; the NLP engine loads only inside the workers.
import { planDocuments, type DocumentTask, type InputFile } from '../extract/documentIds';
import { distributeDocuments, type DocumentRunner } from '../extract/distributeDocuments';
import type { DocumentOutcome } from '../extract/mergeExtractions';
import type { SerializedDramatisGraph } from '../domain/contract';
import type { DocumentsReply, ExtractionReply, MergeRequest, WorkerRequest } from './extractionMessages';

export interface ExtractedGraph {
  graph: SerializedDramatisGraph;
  warnings: string[];
  /** The graph as a JSON Blob, where the worker wrote it (an article): what the workspace stores. */
  graphJson?: Blob;
}

export interface ExtractionPoolOptions {
  /** Most workers to run; default navigator.hardwareConcurrency, kept within 1–4. */
  maxWorkers?: number;
  /** Starts one extraction worker; default the bundled src/workers/extractionWorker.ts. */
  createWorker?: () => Worker;
}

export interface ExtractionPool {
  /** The graph the CLI would give for these files; rejects with a message naming the file at fault. */
  extract(files: InputFile[]): Promise<ExtractedGraph>;
  /** Stops every worker; a later extract starts new ones. */
  dispose(): void;
}

const MAX_WORKERS = 4;

function defaultWorkerCount(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 0;
  return Math.min(Math.max(cores || 2, 1), MAX_WORKERS);
}

function startBundledWorker(): Worker {
  return new Worker(new URL('./extractionWorker.ts', import.meta.url), { type: 'module' });
}

function fileList(tasks: DocumentTask[]): string {
  const names = tasks.slice(0, 3).map((t) => t.name).join(', ');
  return tasks.length > 3 ? `${names} and ${tasks.length - 3} more` : names;
}

interface Pending {
  what: string;
  settle: (reply: DocumentsReply | ExtractionReply) => void;
  reject: (err: Error) => void;
}

/** One web worker with a batch queued behind the one it reads; replies matched by id. Broken for good after an error event (the pool then starts another). */
class WorkerRunner implements DocumentRunner {
  readonly ready = Promise.resolve();
  readonly slots = 2;
  broken = false;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly worker: Worker) {
    worker.onmessage = (e: MessageEvent<DocumentsReply | ExtractionReply>) => {
      const p = this.pending.get(e.data.id);
      this.pending.delete(e.data.id);
      p?.settle(e.data);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      this.crashed(e.message || 'it could not start');
    };
    worker.onmessageerror = () => this.crashed('its reply could not be read');
  }

  /** The worker died: its requests fail with a message saying so, and the pool replaces it on the next extract. */
  private crashed(reason: string): void {
    this.failAll((what) => `An extraction worker stopped unexpectedly while ${what} (${reason}). Nothing was added; extracting again starts a new worker.`);
    this.worker.terminate();
  }

  private failAll(message: (what: string) => string): void {
    this.broken = true;
    for (const p of this.pending.values()) p.reject(new Error(message(p.what)));
    this.pending.clear();
  }

  private send<R extends DocumentsReply | ExtractionReply>(request: WorkerRequest, what: string): Promise<R> {
    if (this.broken) return Promise.reject(new Error(`Extraction worker is not running (${what}).`));
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { what, settle: (reply) => resolve(reply as R), reject });
      this.worker.postMessage(request);
    });
  }

  async run(tasks: DocumentTask[]): Promise<DocumentOutcome[]> {
    const reply = await this.send<DocumentsReply>({ id: this.nextId++, kind: 'documents', tasks }, `reading ${fileList(tasks)}`);
    if (!reply.ok) throw new Error(reply.error);
    return reply.outcomes;
  }

  async merge(outcomes: DocumentOutcome[]): Promise<ExtractedGraph> {
    const request: MergeRequest = { id: this.nextId++, kind: 'merge', outcomes };
    const reply = await this.send<ExtractionReply>(request, 'merging the documents');
    if (!reply.ok) throw new Error(reply.error);
    return { graph: reply.graph, warnings: reply.warnings };
  }

  stop(): void {
    this.failAll((what) => `Extraction stopped while ${what}.`);
    this.worker.terminate();
  }
}

/**
 * Workers are started on first use (no more than there are files) and kept for the next call:
 * each loads the NLP engine and its model once.
 */
export function createExtractionPool(options: ExtractionPoolOptions = {}): ExtractionPool {
  const limit = Math.max(1, Math.min(options.maxWorkers ?? defaultWorkerCount(), MAX_WORKERS));
  const startWorker = options.createWorker ?? startBundledWorker;
  let runners: WorkerRunner[] = [];

  const runnersFor = (files: number): WorkerRunner[] => {
    runners = runners.filter((r) => !r.broken);
    while (runners.length < Math.min(limit, Math.max(files, 1))) runners.push(new WorkerRunner(startWorker()));
    return runners.slice(0, Math.min(limit, Math.max(files, 1)));
  };

  return {
    async extract(files) {
      const tasks = planDocuments(files);
      const use = runnersFor(tasks.length);
      const outcomes = await distributeDocuments(tasks, use);
      return use[0]!.merge(outcomes);
    },
    dispose() {
      for (const r of runners) r.stop();
      runners = [];
    },
  };
}

// Extraction on every core in Node: this thread and worker threads read documents, this thread merges.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { defaultResources } from '../extract/defaultResources';
import { planDocuments, type DocumentTask, type InputFile } from '../extract/documentIds';
import { distributeDocuments, type DocumentRunner } from '../extract/distributeDocuments';
import { mergeExtractions, type DocumentOutcome } from '../extract/mergeExtractions';
import type { ExtractionResult } from '../extract/types';
import { answerDocuments } from '../workers/answerDocuments';
import type { DocumentsReply, DocumentsRequest, ThreadReady } from '../workers/extractionMessages';

// Bundled (scripts/cli.mjs) the thread code sits beside this file as JavaScript; run from the
// TypeScript sources, a small entry registers tsx in the thread first.
const BUNDLED_THREAD = new URL('./extractionThread.mjs', import.meta.url);
const THREAD_ENTRY = existsSync(fileURLToPath(BUNDLED_THREAD)) ? BUNDLED_THREAD : new URL('./extractionThreadEntry.mjs', import.meta.url);

/** Where a thread's code comes from: this file's neighbour by default; tests pass the CLI's bundle. */
export type ThreadEntry = URL;

/** A document could not be read, or a thread failed; the message names the files. */
export class ExtractionError extends Error {}

/**
 * Text one more core must have to read before it pays: a thread takes about a second to load the
 * engine, in which this thread reads some 300k words on its own (see BENCHMARKS.md, cores).
 */
export const CHARS_PER_EXTRA_CORE = 2_000_000;

/**
 * Cores to use: as asked; else all of them, but one more only per CHARS_PER_EXTRA_CORE of text.
 * Never more than there are files, never fewer than one.
 */
export function coreCount(files: InputFile[], asked?: number): number {
  const chars = files.reduce((n, f) => n + f.text.length, 0);
  const wanted = asked ?? Math.min(availableParallelism(), 1 + Math.floor(chars / CHARS_PER_EXTRA_CORE));
  return Math.max(1, Math.min(wanted, files.length));
}

function fileList(tasks: DocumentTask[]): string {
  const names = tasks.slice(0, 3).map((t) => t.name).join(', ');
  return tasks.length > 3 ? `${names} and ${tasks.length - 3} more` : names;
}

function outcomesOf(reply: DocumentsReply): DocumentOutcome[] {
  if (!reply.ok) throw new ExtractionError(reply.error);
  return reply.outcomes;
}

/** This thread, between the worker threads' messages: it is busy from the first millisecond. */
export class MainThreadRunner implements DocumentRunner {
  readonly ready = Promise.resolve();

  run(tasks: DocumentTask[]): Promise<DocumentOutcome[]> {
    return new Promise((resolve, reject) =>
      setImmediate(() => {
        try {
          resolve(outcomesOf(answerDocuments({ id: 0, kind: 'documents', tasks })));
        } catch (err) {
          reject(err);
        }
      }),
    );
  }
}

interface Pending {
  id: number;
  tasks: DocumentTask[];
  resolve: (outcomes: DocumentOutcome[]) => void;
  reject: (err: Error) => void;
}

/** One worker thread with a batch queued behind the one it reads; ready once it has loaded the engine and the dictionary. */
class ThreadRunner implements DocumentRunner {
  readonly ready: Promise<void>;
  readonly slots = 2;
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private failure: ExtractionError | null = null;
  private nextId = 1;
  private markReady: () => void = () => {};
  private failStart: (err: Error) => void = () => {};

  constructor(entry: ThreadEntry) {
    this.ready = new Promise((resolve, reject) => {
      this.markReady = resolve;
      this.failStart = reject;
    });
    // A thread stopped before anyone waited for it is not an unhandled failure.
    this.ready.catch(() => {});
    // No inherited flags: the entry registers tsx itself, and V8 flags are refused in threads.
    this.worker = new Worker(entry, { execArgv: [] });
    this.worker.on('message', (message: DocumentsReply | ThreadReady) => {
      if ('kind' in message) return this.markReady();
      const p = this.pending.get(message.id);
      if (!p) return;
      this.pending.delete(message.id);
      try {
        p.resolve(outcomesOf(message));
      } catch (err) {
        p.reject(err as Error);
      }
    });
    this.worker.on('error', (err) => this.fail((files) => `Extraction thread failed${files}: ${err.message}`));
    this.worker.on('exit', (code) => this.fail((files) => `Extraction thread stopped (exit code ${code})${files}.`));
  }

  private fail(message: (files: string) => string): void {
    if (this.failure) return;
    const reading = [...this.pending.values()];
    this.pending.clear();
    this.failure = new ExtractionError(message(reading.length ? ` while reading ${fileList(reading.flatMap((p) => p.tasks))}` : ' while starting'));
    this.failStart(this.failure);
    for (const p of reading) p.reject(this.failure);
  }

  run(tasks: DocumentTask[]): Promise<DocumentOutcome[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { id, tasks, resolve, reject });
      const request: DocumentsRequest = { id, kind: 'documents', tasks };
      this.worker.postMessage(request);
    });
  }

  async stop(): Promise<void> {
    this.fail((files) => `Extraction thread stopped${files}.`);
    await this.worker.terminate();
  }
}

/** Starts `count` extraction threads; each is ready once loaded. For start-up measurements and extractOnCores. */
export function startThreads(count: number, entry: ThreadEntry = THREAD_ENTRY): { runners: DocumentRunner[]; stop: () => Promise<void> } {
  const threads = Array.from({ length: count }, () => new ThreadRunner(entry));
  return { runners: threads, stop: async () => void (await Promise.all(threads.map((t) => t.stop()))) };
}

/**
 * Same result as extractCorpus, byte for byte, on `cores` cores: ids are fixed from the file names
 * first; this thread and `cores - 1` worker threads read the documents; this thread merges them in
 * corpus order. One core reads everything here, without threads.
 */
export async function extractOnCores(files: InputFile[], cores: number, entry: ThreadEntry = THREAD_ENTRY): Promise<ExtractionResult> {
  const tasks = planDocuments(files);
  const threads = startThreads(Math.max(0, cores - 1), entry);
  try {
    const outcomes = await distributeDocuments(tasks, [new MainThreadRunner(), ...threads.runners]);
    return mergeExtractions(outcomes, defaultResources().dictionary);
  } finally {
    await threads.stop();
  }
}

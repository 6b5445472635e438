import type { ActorRecord } from '../extract/actorDictionary';
import type { DocumentTask, InputFile } from '../extract/documentIds';
import type { DocumentOutcome } from '../extract/mergeExtractions';
import type { AnalysedWord } from '../extract/syntax/syntaxModel';
import type { SerializedDramatisGraph } from '../domain/contract';
import type { SourceDocument } from '../extract/types';

/** Whole corpus in one worker: files in, graph out. */
export interface ExtractionRequest {
  id: number;
  kind?: 'corpus';
  files: InputFile[];
}

/**
 * `graphJson`: for an article, the graph as a JSON Blob (its actors and relations sent before in
 * ArticleGraphParts, the reply's own lists empty), what the workspace stores.
 */
export type ExtractionReply =
  | { id: number; ok: true; graph: SerializedDramatisGraph; warnings: string[]; graphJson?: Blob }
  | { id: number; ok: false; error: string };

/** The per-document half for some of a corpus's files (ids already fixed by planDocuments). */
export interface DocumentsRequest {
  id: number;
  kind: 'documents';
  tasks: DocumentTask[];
}

export type DocumentsReply = { id: number; ok: true; outcomes: DocumentOutcome[] } | { id: number; ok: false; error: string };

/** The cross-document half: every document's outcome, in corpus order; answered with an ExtractionReply. */
export interface MergeRequest {
  id: number;
  kind: 'merge';
  outcomes: DocumentOutcome[];
}

/**
 * One article the user brought, its metadata settled: answered with progress messages, then an
 * ExtractionReply whose graph holds that one document. `actors` are the session's actors, so the
 * ones the dictionary lacks keep their ids.
 */
export interface ArticleRequest {
  id: number;
  kind: 'article';
  doc: SourceDocument;
  actors: ActorRecord[];
  /** Test hook only (window.__dramatisCrashExtractionWorker): the worker throws instead of reading. */
  crash?: true;
}

/** How far reading an article is: the text being split into sentences, or sentences read so far. */
export type ArticleProgress = { id: number; kind: 'progress' } & ({ phase: 'splitting' } | { phase: 'reading'; done: number; total: number });

/**
 * Some of an article's actors or relations, sent before its ExtractionReply: the page reads each
 * message in a task of its own instead of the whole graph's objects in one.
 */
export interface ArticleGraphPart {
  id: number;
  kind: 'part';
  nodes?: NonNullable<SerializedDramatisGraph['nodes']>;
  edges?: NonNullable<SerializedDramatisGraph['edges']>;
}

/** Sentences as words (UD tokenisation) to tag and parse; the syntax model loads on the first one. */
export interface ParseRequest {
  id: number;
  kind: 'parse';
  sentences: string[][];
}

/** `loadMs`: time from the request to a ready model (the whole model load on a worker's first parse). */
export type ParseReply =
  | { id: number; kind: 'parsed'; ok: true; sentences: AnalysedWord[][]; loadMs: number }
  | { id: number; kind: 'parsed'; ok: false; error: string };

export type WorkerRequest = ExtractionRequest | DocumentsRequest | MergeRequest | ArticleRequest | ParseRequest;

/** Posted once by a Node extraction thread when its code and resources are loaded. */
export interface ThreadReady {
  kind: 'ready';
}

import type { DocumentTask, InputFile } from '../extract/documentIds';
import type { DocumentOutcome } from '../extract/mergeExtractions';
import type { SerializedDramatisGraph } from '../graph/contract';

/** Whole corpus in one worker: files in, graph out. */
export interface ExtractionRequest {
  id: number;
  kind?: 'corpus';
  files: InputFile[];
}

export type ExtractionReply =
  | { id: number; ok: true; graph: SerializedDramatisGraph; warnings: string[] }
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

export type WorkerRequest = ExtractionRequest | DocumentsRequest | MergeRequest;

/** Posted once by a Node extraction thread when its code and resources are loaded. */
export interface ThreadReady {
  kind: 'ready';
}

// Messages between the page and the import worker (importWorker.ts). The page posts the chosen File
// (a handle, not its bytes); the worker reads, parses, fits and checks it and answers either with
// the CSV's columns (for the mapping dialog), a refusal, or the fitted graph in chunks, so that no
// single message costs the page a long task to receive and add.
import type { DocumentMeta, SerializedDramatisGraph } from '../domain/contract';
import type { CsvMapping, GraphFormat } from '../graph/formats/types';

export interface ImportRequest {
  kind: 'read';
  file: File;
  /** The columns the user mapped, when the file is a CSV edge list; without it a CSV answers with its columns. */
  csvMapping?: CsvMapping;
  /** Day of the import (`YYYY-MM-DD`), for relations without a date of their own. */
  importDay: string;
}

/**
 * The page has added a chunk and is ready for another. The worker keeps at most CHUNKS_IN_FLIGHT
 * chunks unacknowledged, so the page never receives a pile of them in one task.
 */
export interface NextChunkRequest {
  kind: 'next';
}

export const CHUNKS_IN_FLIGHT = 2;

export type ImportWorkerRequest = ImportRequest | NextChunkRequest;

type SerializedNode = SerializedDramatisGraph['nodes'][number];
type SerializedEdge = SerializedDramatisGraph['edges'][number];

/** What the worker is doing, for the progress line. */
export type ImportPhaseMessage = { kind: 'phase'; phase: 'reading' | 'parsing' };

/** A CSV read up to its header: the page asks the user which column holds what. */
export interface CsvColumnsMessage {
  kind: 'csv';
  columns: string[];
  preview: string[][];
  guess: Partial<CsvMapping>;
}

export interface RefusedMessage {
  kind: 'refused';
  message: string;
}

/** The fitted graph begins: everything but its documents, actors and relations, and how many of each follow. */
export interface GraphHeadMessage {
  kind: 'head';
  format: GraphFormat;
  warnings: string[];
  extraGraphAttributes: Record<string, unknown>;
  options: SerializedDramatisGraph['options'];
  /** The graph's attributes without `documents` (sent in chunks). */
  attributes: Record<string, unknown>;
  counts: { documents: number; nodes: number; edges: number };
}

export type GraphChunkMessage =
  | { kind: 'documents'; items: DocumentMeta[] }
  | { kind: 'nodes'; items: SerializedNode[] }
  | { kind: 'edges'; items: SerializedEdge[] };

/**
 * The graph is complete. `graphJson` is the fitted graph as a JSON Blob, written here off the
 * page's thread, for the workspace to store as it is (the page never writes a big graph out itself).
 */
export interface GraphEndMessage {
  kind: 'end';
  graphJson: Blob;
}

/** The messages that take a credit (see NextChunkRequest). */
export function isChunk(reply: ImportReply): reply is GraphChunkMessage {
  return reply.kind === 'documents' || reply.kind === 'nodes' || reply.kind === 'edges';
}

export type ImportReply = ImportPhaseMessage | CsvColumnsMessage | RefusedMessage | GraphHeadMessage | GraphChunkMessage | GraphEndMessage;

import { defaultResources } from '../extract/defaultResources';
import type { DocumentTask } from '../extract/documentIds';
import { extractDocumentTasks } from '../extract/extractCorpus';
import { DocumentError } from '../extract/parseDocument';
import type { DocumentsReply, DocumentsRequest } from './extractionMessages';

/** Runs the per-document half for a request, in a browser worker or a Node thread alike (documents in batches, see extractDocumentTasks). */
export function answerDocuments(request: DocumentsRequest): DocumentsReply {
  let failed: DocumentTask | undefined;
  try {
    return { id: request.id, ok: true, outcomes: extractDocumentTasks(request.tasks, defaultResources(), (task) => (failed = task)) };
  } catch (err) {
    const error = err instanceof DocumentError ? err.message : `${failed?.name ?? 'a document'}: extraction failed (${(err as Error).message}).`;
    return { id: request.id, ok: false, error };
  }
}

import { defaultResources } from '../extract/defaultResources';
import { extractDocumentTask } from '../extract/extractCorpus';
import type { DocumentOutcome } from '../extract/mergeExtractions';
import { DocumentError } from '../extract/parseDocument';
import type { DocumentsReply, DocumentsRequest } from './extractionMessages';

/** Runs the per-document half for a request, in a browser worker or a Node thread alike. */
export function answerDocuments(request: DocumentsRequest): DocumentsReply {
  const outcomes: DocumentOutcome[] = [];
  for (const task of request.tasks) {
    try {
      outcomes.push(extractDocumentTask(task, defaultResources()));
    } catch (err) {
      const error = err instanceof DocumentError ? err.message : `${task.name}: extraction failed (${(err as Error).message}).`;
      return { id: request.id, ok: false, error };
    }
  }
  return { id: request.id, ok: true, outcomes };
}

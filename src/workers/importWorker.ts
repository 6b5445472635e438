// Web worker: reads, parses and fits one imported graph file off the page's thread (answerImport),
// sending the graph's chunks as the page asks for them (CreditedReplies). The page starts one per
// file (importClient.ts) and ends it to cancel.
import { answerImport } from './answerImport';
import { CreditedReplies } from './creditedReplies';
import type { ImportReply, ImportWorkerRequest } from './importMessages';

interface WorkerScope {
  onmessage: ((e: MessageEvent<ImportWorkerRequest>) => void) | null;
  postMessage(message: ImportReply): void;
}

const scope = self as unknown as WorkerScope;
let answer: CreditedReplies | null = null;

scope.onmessage = (e) => {
  const request = e.data;
  if (request.kind === 'next') {
    answer?.acknowledged();
    return;
  }
  const { file, csvMapping, importDay } = request;
  scope.postMessage({ kind: 'phase', phase: 'reading' });
  file.text().then(
    (text) => {
      answer = new CreditedReplies(answerImport(file.name, text, { importDay, ...(csvMapping ? { csvMapping } : {}) }), (reply) => scope.postMessage(reply));
      answer.pump();
    },
    (err: unknown) => scope.postMessage({ kind: 'refused', message: `${file.name} could not be read (${err instanceof Error ? err.message : String(err)}).` }),
  );
};

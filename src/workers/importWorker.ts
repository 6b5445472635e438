// Web worker: reads, parses and fits one imported graph file off the page's thread (answerImport),
// then closes. The page starts one per file (importClient.ts) and ends it to cancel.
import { answerImport } from './answerImport';
import type { ImportReply, ImportRequest } from './importMessages';

interface WorkerScope {
  onmessage: ((e: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  const { file, csvMapping, importDay } = e.data;
  scope.postMessage({ kind: 'phase', phase: 'reading' });
  file.text().then(
    (text) => answerImport(file.name, text, { importDay, ...(csvMapping ? { csvMapping } : {}) }, (reply) => scope.postMessage(reply)),
    (err: unknown) => scope.postMessage({ kind: 'refused', message: `${file.name} could not be read (${err instanceof Error ? err.message : String(err)}).` }),
  );
};

// Web worker: runs the same extraction as the CLI on texts posted to it, off the page's thread.
// A request without `kind` reads a whole corpus; extractionPool splits one over several workers
// with 'documents' requests and has one of them 'merge' the outcomes.
import { defaultResources } from '../extract/defaultResources';
import { extractCorpus } from '../extract/extractCorpus';
import { mergeExtractions } from '../extract/mergeExtractions';
import { DocumentError } from '../extract/parseDocument';
import type { ExtractionResult } from '../extract/types';
import { buildGraph } from '../graph/buildGraph';
import type { SerializedDramatisGraph } from '../domain/contract';
import { answerDocuments } from './answerDocuments';
import { answerParse } from './answerParse';
import { readArticle } from './readArticle';
import { withSyntaxModel } from './workerSyntax';
import type { ArticleProgress, DocumentsReply, ExtractionReply, ParseReply, WorkerRequest } from './extractionMessages';

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: ExtractionReply | DocumentsReply | ArticleProgress | ParseReply): void;
}

const scope = self as unknown as WorkerScope;

function graphReply(id: number, read: () => ExtractionResult): ExtractionReply {
  try {
    const result = read();
    const graph = buildGraph(result).export() as unknown as SerializedDramatisGraph;
    return { id, ok: true, graph, warnings: result.warnings };
  } catch (err) {
    const error = err instanceof DocumentError ? err.message : `Extraction failed: ${(err as Error).message}`;
    return { id, ok: false, error };
  }
}

scope.onmessage = (e) => {
  const request = e.data;
  if (request.kind === 'documents') void withSyntaxModel(() => answerDocuments(request)).then((reply) => scope.postMessage(reply));
  else if (request.kind === 'parse') void answerParse(request).then((reply) => scope.postMessage(reply));
  else if (request.kind === 'article') {
    const { id } = request;
    // Uncaught on purpose: the page sees the worker's error event, as with a real crash.
    if (request.crash) throw new Error('Extraction worker crash requested by a test.');
    void withSyntaxModel(() => graphReply(id, () => readArticle(request, (step) => scope.postMessage({ id, kind: 'progress', ...step })))).then((reply) => scope.postMessage(reply));
  } else if (request.kind === 'merge') scope.postMessage(graphReply(request.id, () => mergeExtractions(request.outcomes, defaultResources().dictionary)));
  else void withSyntaxModel(() => graphReply(request.id, () => extractCorpus(request.files, defaultResources()))).then((reply) => scope.postMessage(reply));
};

// Web worker: runs the same extraction as the CLI on texts posted to it, off the page's thread.
// A request without `kind` reads a whole corpus; extractionPool splits one over several workers
// with 'documents' requests and has one of them 'merge' the outcomes.
import { defaultResources } from '../extract/defaultResources';
import { extractCorpus } from '../extract/extractCorpus';
import { mergeExtractions } from '../extract/mergeExtractions';
import { DocumentError } from '../extract/parseDocument';
import type { ExtractionResult } from '../extract/types';
import { buildGraph } from '../graph/buildGraph';
import { graphJsonBlob } from '../graph/formats/graphJsonBlob';
import type { SerializedDramatisGraph } from '../domain/contract';
import { answerDocuments } from './answerDocuments';
import { answerParse } from './answerParse';
import { readArticle } from './readArticle';
import { withSyntaxModel } from './workerSyntax';
import type { ArticleGraphPart, ArticleProgress, DocumentsReply, ExtractionReply, ParseReply, WorkerRequest } from './extractionMessages';

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: ExtractionReply | DocumentsReply | ArticleProgress | ArticleGraphPart | ParseReply): void;
}

/** Actors or relations per ArticleGraphPart: the page reads one in a few milliseconds. */
const ITEMS_PER_PART = 1_000;

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

/**
 * An article's reply: its actors and relations in parts, then the reply with empty lists and the
 * graph as a JSON Blob (written here, off the page's thread, for the workspace to store).
 */
function postArticleReply(reply: ExtractionReply): void {
  if (!reply.ok) {
    scope.postMessage(reply);
    return;
  }
  const { id, graph } = reply;
  const { nodes = [], edges = [] } = graph;
  for (let i = 0; i < nodes.length; i += ITEMS_PER_PART) scope.postMessage({ id, kind: 'part', nodes: nodes.slice(i, i + ITEMS_PER_PART) });
  for (let i = 0; i < edges.length; i += ITEMS_PER_PART) scope.postMessage({ id, kind: 'part', edges: edges.slice(i, i + ITEMS_PER_PART) });
  scope.postMessage({ ...reply, graph: { ...graph, nodes: [], edges: [] }, graphJson: graphJsonBlob(graph) });
}

scope.onmessage = (e) => {
  const request = e.data;
  if (request.kind === 'documents') void withSyntaxModel(() => answerDocuments(request)).then((reply) => scope.postMessage(reply));
  else if (request.kind === 'parse') void answerParse(request).then((reply) => scope.postMessage(reply));
  else if (request.kind === 'article') {
    const { id } = request;
    // Uncaught on purpose: the page sees the worker's error event, as with a real crash.
    if (request.crash) throw new Error('Extraction worker crash requested by a test.');
    void withSyntaxModel(() => graphReply(id, () => readArticle(request, (step) => scope.postMessage({ id, kind: 'progress', ...step })))).then(postArticleReply);
  } else if (request.kind === 'merge') scope.postMessage(graphReply(request.id, () => mergeExtractions(request.outcomes, defaultResources().dictionary)));
  else void withSyntaxModel(() => graphReply(request.id, () => extractCorpus(request.files, defaultResources()))).then((reply) => scope.postMessage(reply));
};

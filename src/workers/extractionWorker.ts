// Web worker: runs the same extraction as the CLI on texts posted to it, off the page's thread.
import { defaultResources } from '../extract/defaultResources';
import { extractCorpus } from '../extract/extractCorpus';
import { DocumentError } from '../extract/parseDocument';
import { buildGraph } from '../graph/buildGraph';
import type { SerializedDramatisGraph } from '../graph/contract';
import type { ExtractionReply, ExtractionRequest } from './extractionMessages';

interface WorkerScope {
  onmessage: ((e: MessageEvent<ExtractionRequest>) => void) | null;
  postMessage(message: ExtractionReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  const { id, files } = e.data;
  try {
    const result = extractCorpus(files, defaultResources());
    const graph = buildGraph(result).export() as unknown as SerializedDramatisGraph;
    scope.postMessage({ id, ok: true, graph, warnings: result.warnings });
  } catch (err) {
    const error = err instanceof DocumentError ? err.message : `Extraction failed: ${(err as Error).message}`;
    scope.postMessage({ id, ok: false, error });
  }
};

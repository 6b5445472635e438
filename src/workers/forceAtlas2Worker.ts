// Web worker: ForceAtlas2 iterations with the library's own iteration code, in batches
// (forceAtlas2Batch.ts). A bundled file of ours (the library's supervisor starts its worker from a
// blob URL, which `worker-src 'self'` refuses).
import type { ForceAtlas2Reply, ForceAtlas2Request } from './forceAtlas2Messages';
import { iterateBatch } from './forceAtlas2Batch';

interface WorkerScope {
  onmessage: ((e: MessageEvent<ForceAtlas2Request>) => void) | null;
  postMessage(message: ForceAtlas2Reply, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
let edges = new Float32Array(0);

scope.onmessage = (e) => {
  const request = e.data;
  if (request.crash) throw new Error('Layout worker crash requested by a test.');
  const nodes = new Float32Array(request.nodes);
  if (request.edges) edges = new Float32Array(request.edges);
  const iterations = Math.max(1, Math.floor(request.iterations ?? 1));
  const started = performance.now();
  const beforeLast = iterateBatch(request.settings, nodes, edges, iterations);
  const milliseconds = performance.now() - started;
  if (beforeLast) scope.postMessage({ nodes: nodes.buffer, iterations, milliseconds, beforeLast: beforeLast.buffer as ArrayBuffer }, [nodes.buffer, beforeLast.buffer]);
  else scope.postMessage({ nodes: nodes.buffer, iterations, milliseconds }, [nodes.buffer]);
};

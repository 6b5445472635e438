// Web worker: ForceAtlas2 iterations with the library's own iteration code. A bundled file of ours
// (the library's supervisor starts its worker from a blob URL, which `worker-src 'self'` refuses).
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { ForceAtlas2Reply, ForceAtlas2Request } from './forceAtlas2Messages';

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
  iterate(request.settings, nodes, edges);
  scope.postMessage({ nodes: nodes.buffer }, [nodes.buffer]);
};

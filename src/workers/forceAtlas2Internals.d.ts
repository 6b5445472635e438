// The parts of graphology-layout-forceatlas2 (CommonJS files it ships) that our own layout worker
// and supervisor use, so the worker is a bundled file of ours rather than the library's blob URL.

declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  /** One ForceAtlas2 iteration, in place on the node matrix. */
  function iterate(settings: ForceAtlas2Settings, nodes: Float32Array, edges: Float32Array): void;
  export default iterate;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type Graph from 'graphology-types';
  import type { Attributes } from 'graphology-types';
  type WeightGetter = (edge: string, attributes: Attributes, source: string, target: string, sa: Attributes, ta: Attributes, undirected: boolean) => number;
  export function graphToByteArrays(graph: Graph, getEdgeWeight: WeightGetter): { nodes: Float32Array; edges: Float32Array };
  export function assignLayoutChanges(graph: Graph, nodes: Float32Array, outputReducer: null): void;
  export function validateSettings(settings: object): { message: string } | null;
}

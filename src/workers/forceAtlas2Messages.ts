import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

/** Page → layout worker: run one iteration on these matrices (edges only with the first request). */
export interface ForceAtlas2Request {
  settings: ForceAtlas2Settings;
  nodes: ArrayBuffer;
  edges?: ArrayBuffer;
  /** Test hook only (see forceAtlas2Supervisor): the worker throws instead of iterating. */
  crash?: true;
}

/** Layout worker → page: the node matrix after the iteration. */
export interface ForceAtlas2Reply {
  nodes: ArrayBuffer;
}

import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

/** Page → layout worker: run `iterations` iterations (default 1) on these matrices (edges only with the first request). */
export interface ForceAtlas2Request {
  settings: ForceAtlas2Settings;
  nodes: ArrayBuffer;
  edges?: ArrayBuffer;
  iterations?: number;
  /** Test hook only (see forceAtlas2Supervisor): the worker throws instead of iterating. */
  crash?: true;
}

/** Layout worker → page: the node matrix after the iterations. */
export interface ForceAtlas2Reply {
  nodes: ArrayBuffer;
  /** How many iterations ran (1 when absent). */
  iterations?: number;
  /** How long they took in the worker, in ms (absent: unknown). */
  milliseconds?: number;
  /** The node matrix before the last of them, when more than one ran (its step tells convergence). */
  beforeLast?: ArrayBuffer;
}

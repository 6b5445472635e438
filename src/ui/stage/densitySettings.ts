import { DENSE_GRAPH_EDGES } from '../../graph/appearance';

/**
 * Sigma settings that depend on how many relations are drawn. On dense graphs edge hover is off:
 * its picking pass redraws every edge a second time on each frame, and single lines in a hairball
 * cannot be aimed at anyway (actors stay clickable, and their panels list every relation).
 */
export function settingsForSize(edgeCount: number): { enableEdgeEvents: boolean } {
  return { enableEdgeEvents: edgeCount <= DENSE_GRAPH_EDGES };
}

import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import type { VisibilityChange } from '../../graph/visibilityEngine';

/**
 * Redraws only the items a filter change showed or hid: sigma re-runs the reducers for those and
 * rewrites their slots in its buffers (no re-indexing, no re-import), then renders.
 */
export function refreshChanged<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>, change: Pick<VisibilityChange, 'nodes' | 'edges'>): void {
  if (change.nodes.length === 0 && change.edges.length === 0) return;
  sigma.refresh({ partialGraph: { nodes: change.nodes, edges: change.edges }, skipIndexation: true });
}

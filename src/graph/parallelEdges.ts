import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import type { ViewGraph } from './viewTypes';

/**
 * Curvature for the index-th of maxIndex parallel edges: spreads them symmetrically,
 * growing sub-linearly so a bundle of many edges stays compact.
 */
export function parallelCurvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -parallelCurvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/**
 * Single edges stay straight; edges sharing a pair of nodes (either direction) become
 * curves fanned out by `parallelCurvature`. Opposite directions bend to opposite sides
 * because the curve normal follows the source→target direction.
 */
export function assignEdgeShapes(graph: ViewGraph): void {
  indexParallelEdgesIndex(graph, { edgeIndexAttribute: 'parallelIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
  graph.updateEachEdgeAttributes((_edge, attrs) => {
    const index = attrs.parallelIndex;
    const max = attrs.parallelMaxIndex;
    if (typeof index === 'number' && typeof max === 'number' && max > 0) {
      return { ...attrs, type: attrs.directed ? 'curvedArrow' : 'curved', curvature: parallelCurvature(index, max) };
    }
    return { ...attrs, type: attrs.directed ? 'arrow' : 'line', curvature: 0 };
    // Naming 'type' makes sigma re-index the edges instead of repainting them in place, which
    // it cannot do for edges added since its last full refresh (a source was just imported).
  }, { attributes: ['type', 'curvature'] });
}

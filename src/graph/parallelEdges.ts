import { indexParallelEdgesIndex } from '@sigma/edge-curve';
import { parallelCurvature } from './curvature';
import type { ViewGraph } from './viewTypes';

export { parallelCurvature };

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

import { MultiDirectedGraph } from 'graphology';
import type { DramatisGraph } from './buildGraph';
import { DENSE_GRAPH_EDGES, EDGE_SIZE, EDGE_SIZE_DENSE, KIND_COLORS, nodeSizeForDegree } from './appearance';
import { relationStyle } from './relationStyles';
import { assignEdgeShapes } from './parallelEdges';
import { placeOnCircle } from './initialPlacement';
import type { ViewGraph } from './viewTypes';

/** Same keys and topology as the data graph, with positions, sizes, colours and edge shapes. */
export function buildViewGraph(data: DramatisGraph): ViewGraph {
  const view: ViewGraph = new MultiDirectedGraph({ allowSelfLoops: data.allowSelfLoops });
  let maxDegree = 0;
  data.forEachNode((node) => {
    maxDegree = Math.max(maxDegree, data.degree(node));
  });
  data.forEachNode((node, attrs) => {
    view.addNode(node, {
      label: attrs.label,
      kind: attrs.kind,
      x: 0,
      y: 0,
      size: nodeSizeForDegree(data.degree(node), maxDegree),
      color: KIND_COLORS[attrs.kind] ?? KIND_COLORS.other,
    });
  });
  const dense = data.size > DENSE_GRAPH_EDGES;
  data.forEachEdge((edge, attrs, source, target) => {
    const style = relationStyle(attrs.relation);
    view.addDirectedEdgeWithKey(edge, source, target, {
      relation: attrs.relation,
      size: dense ? EDGE_SIZE_DENSE : EDGE_SIZE,
      color: style.color,
      type: style.directed ? 'arrow' : 'line',
      curvature: 0,
      directed: style.directed,
    });
  });
  placeOnCircle(view);
  if (!dense) assignEdgeShapes(view);
  return view;
}

import { MultiDirectedGraph } from 'graphology';
import type { DramatisGraph } from './buildGraph';
import { DENSE_GRAPH_EDGES, EDGE_SIZE, EDGE_SIZE_DENSE, KIND_COLORS, nodeSizeForDegree } from './appearance';
import { canvasLabel } from './canvasLabel';
import { relationStyle } from './relationStyles';
import { assignEdgeShapes } from './parallelEdges';
import { placeOnCircle } from './initialPlacement';
import type { ViewEdgeAttributes, ViewGraph } from './viewTypes';

/** Same keys and topology as the data graph, with positions, sizes, colours and edge shapes. */
export function buildViewGraph(data: DramatisGraph): ViewGraph {
  // Self-loops allowed whatever the data graph says, so a later import that has some still fits.
  const view: ViewGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  syncViewGraph(view, data);
  placeOnCircle(view);
  return view;
}

/** What syncViewGraph changed. */
export interface ViewSync {
  /** Actors new to the view; they sit at (0, 0) until placed. */
  addedNodes: string[];
  removedNodes: string[];
  addedEdges: number;
  removedEdges: number;
}

function edgeAppearance(relation: string, dense: boolean): ViewEdgeAttributes {
  const style = relationStyle(relation);
  return {
    relation,
    size: dense ? EDGE_SIZE_DENSE : EDGE_SIZE,
    color: style.color,
    type: style.directed ? 'arrow' : 'line',
    curvature: 0,
    directed: style.directed,
  };
}

/** How many actors or relations the stepwise sync handles between two pauses. */
const SYNC_STEP_ITEMS = 500;

/**
 * Makes `view` hold exactly the actors and relations of `data`, in place (the renderer keeps its
 * graph): items gone from `data` are dropped, new ones added, sizes (relative to the best connected
 * actor), colours and edge shapes recomputed. Actors already in the view keep their positions.
 */
export function syncViewGraph(view: ViewGraph, data: DramatisGraph): ViewSync {
  const steps = syncViewGraphSteps(view, data);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * syncViewGraph in steps: it pauses (yields) after every few hundred actors or relations, so a
 * caller can let the page answer between steps. The view is complete only when it returns.
 */
export function* syncViewGraphSteps(view: ViewGraph, data: DramatisGraph): Generator<void, ViewSync> {
  const staleEdges = view.filterEdges((e, _a, s, t) => !data.hasEdge(e) || data.source(e) !== s || data.target(e) !== t);
  for (const e of staleEdges) view.dropEdge(e);
  const removedNodes = view.filterNodes((n) => !data.hasNode(n));
  const edgesBefore = view.size;
  for (const n of removedNodes) view.dropNode(n);
  const removedEdges = staleEdges.length + edgesBefore - view.size;
  yield;

  let maxDegree = 0;
  data.forEachNode((node) => {
    maxDegree = Math.max(maxDegree, data.degree(node));
  });
  const addedNodes: string[] = [];
  let counted = 0;
  for (const { node, attributes: attrs } of data.nodeEntries()) {
    const look = { label: canvasLabel(attrs.label), kind: attrs.kind, size: nodeSizeForDegree(data.degree(node), maxDegree, data.order), color: KIND_COLORS[attrs.kind] ?? KIND_COLORS.other };
    if (view.hasNode(node)) view.mergeNodeAttributes(node, look);
    else {
      view.addNode(node, { ...look, x: 0, y: 0 });
      addedNodes.push(node);
    }
    if (++counted % SYNC_STEP_ITEMS === 0) yield;
  }
  const dense = data.size > DENSE_GRAPH_EDGES;
  let addedEdges = 0;
  for (const { edge, attributes, source, target } of data.edgeEntries()) {
    const look = edgeAppearance(attributes.relation, dense);
    if (view.hasEdge(edge)) view.replaceEdgeAttributes(edge, look);
    else {
      view.addDirectedEdgeWithKey(edge, source, target, look);
      addedEdges += 1;
    }
    if (++counted % SYNC_STEP_ITEMS === 0) yield;
  }
  if (!dense) assignEdgeShapes(view);
  return { addedNodes, removedNodes, addedEdges, removedEdges };
}

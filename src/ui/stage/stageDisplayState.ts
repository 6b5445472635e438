// What the stage's reducers read from the app state: focus, highlight, path, the selected pair.
import type { DramatisGraph } from '../../graph/buildGraph';
import type { DisplayState } from '../../graph/displayReducers';
import type { DrawnLines } from '../../graph/drawnLines';
import { computeFocus, pairOfActors, secondRing } from '../../graph/focus';
import type { AppState } from '../../store/appStore';
import { FORCE_ALL_LABELS_MAX_ORDER } from './sigmaSettings';

function pathPairs(graph: DramatisGraph, edges: ReadonlySet<string>): Set<string> {
  const pairs = new Set<string>();
  for (const e of edges) if (graph.hasEdge(e)) pairs.add(pairOfActors(graph.source(e), graph.target(e)));
  return pairs;
}

export function displayStateFrom(graph: DramatisGraph, s: AppState, lines: Pick<DisplayState, 'ends' | 'leftOut'>): DisplayState {
  const selectedNode = s.selection?.kind === 'node' ? s.selection.node : null;
  const { focus, hops } = s.filters;
  return {
    focus: computeFocus(graph, s.hoveredNode, s.selection),
    highlightedNode: s.hoveredNode ?? selectedNode,
    hoveredEdge: s.hoveredEdge,
    forceLabels: graph.order <= FORCE_ALL_LABELS_MAX_ORDER,
    visible: s.visibility,
    path: s.visibility && s.filters.path ? { nodes: s.visibility.pathNodes, pairs: pathPairs(graph, s.visibility.pathEdges) } : null,
    secondRing: focus !== null && hops >= 2 ? secondRing(graph, focus) : null,
    ends: lines.ends,
    leftOut: lines.leftOut,
  };
}

/** The selected line's pair is drawn event by event ("expanded"); every other pair as bundles. */
export function expandedPairs(s: AppState) {
  return (lines: DrawnLines): ReadonlySet<number> => {
    const pair = s.selection?.kind === 'edge' ? lines.pairOfLine(s.selection.edge) : null;
    return new Set(pair === null ? [] : [pair]);
  };
}

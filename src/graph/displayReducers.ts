import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { EDGE_SIZE_EMPHASIZED, FADED_EDGE_COLOR, FADED_LABEL_COLOR, FADED_NODE_COLOR, LABEL_COLOR } from './appearance';
import type { Focus } from './focus';
import type { ViewEdgeAttributes, ViewNodeAttributes } from './viewTypes';

/** What the reducers need to know about the interaction state; recomputed on store changes. */
export interface DisplayState {
  focus: Focus | null;
  highlightedNode: string | null;
  hoveredEdge: string | null;
  /** Draw every label regardless of sigma's label grid (fine for small graphs). */
  forceLabels: boolean;
  /** What the filters let through; null shows everything. */
  visible: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  /** The highlighted shortest path, drawn on top. */
  path: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
}

type NodeDisplay = Partial<NodeDisplayData> & { labelColor: string };

/** Sigma nodeReducer: fades everything outside the focus without touching the graph. */
export function createNodeReducer(state: () => DisplayState) {
  return (node: string, attrs: ViewNodeAttributes): Partial<NodeDisplayData> => {
    const { focus, highlightedNode, forceLabels, visible, path } = state();
    if (visible && !visible.nodes.has(node)) return { ...attrs, hidden: true };
    const onPath = path?.nodes.has(node) ?? false;
    const inFocus = (focus === null && !path) || (focus?.nodes.has(node) ?? false) || onPath;
    const display: NodeDisplay = {
      ...attrs,
      forceLabel: forceLabels || (focus !== null && inFocus),
      labelColor: inFocus ? LABEL_COLOR : FADED_LABEL_COLOR,
      zIndex: (focus !== null || path) && inFocus ? 1 : 0,
      highlighted: node === highlightedNode || onPath,
    };
    if (!inFocus) display.color = FADED_NODE_COLOR;
    return display;
  };
}

/** Sigma edgeReducer: fades edges outside the focus and thickens the selected pair. */
export function createEdgeReducer(state: () => DisplayState) {
  return (edge: string, attrs: ViewEdgeAttributes): Partial<EdgeDisplayData> => {
    const { focus, hoveredEdge, visible, path } = state();
    if (visible && !visible.edges.has(edge)) return { ...attrs, hidden: true };
    const onPath = path?.edges.has(edge) ?? false;
    const inFocus = (focus === null && !path) || (focus?.edges.has(edge) ?? false) || onPath;
    const emphasized = edge === hoveredEdge || onPath || (focus?.emphasizedEdges.has(edge) ?? false);
    return {
      ...attrs,
      color: inFocus ? attrs.color : FADED_EDGE_COLOR,
      size: emphasized ? EDGE_SIZE_EMPHASIZED : attrs.size,
      zIndex: emphasized ? 2 : focus !== null && inFocus ? 1 : 0,
    };
  };
}

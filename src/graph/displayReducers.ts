import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { EDGE_SIZE_EMPHASIZED, FADED_EDGE_COLOR, FADED_LABEL_COLOR, FADED_NODE_COLOR, LABEL_COLOR, SECOND_RING_SHARE, towardBackground } from './appearance';
import { lineInFocus, pairOfActors, type Focus } from './focus';
import type { ViewEdgeAttributes, ViewNodeAttributes } from './viewTypes';

/** What the reducers need to know about the interaction state; recomputed on store changes. */
export interface DisplayState {
  focus: Focus | null;
  highlightedNode: string | null;
  /** The line under the pointer. */
  hoveredEdge: string | null;
  /** Draw every label regardless of sigma's label grid (fine for small graphs). */
  forceLabels: boolean;
  /** What the filters let through; null shows everything. Lines are drawn only when shown. */
  visible: { nodes: ReadonlySet<string> } | null;
  /** The highlighted shortest path (its actors, and its steps as pairOfActors keys), drawn on top. */
  path: { nodes: ReadonlySet<string>; pairs: ReadonlySet<string> } | null;
  /** Actors of the outer ring of a 2-hop ego network: drawn lighter, still readable. */
  secondRing: ReadonlySet<string> | null;
  /** The two actors a drawn line joins. */
  ends: (line: string) => readonly [string, string];
  /** Lines a dense graph's overview leaves out: drawn only when they touch the focus or the path. */
  leftOut: (line: string) => boolean;
}

type NodeDisplay = Partial<NodeDisplayData> & { labelColor: string };

/** Sigma nodeReducer: fades everything outside the focus without touching the graph. */
export function createNodeReducer(state: () => DisplayState) {
  return (node: string, attrs: ViewNodeAttributes): Partial<NodeDisplayData> => {
    const { focus, highlightedNode, forceLabels, visible, path, secondRing } = state();
    if (visible && !visible.nodes.has(node)) return { ...attrs, hidden: true };
    const onPath = path?.nodes.has(node) ?? false;
    const inFocus = (focus === null && !path) || (focus?.nodes.has(node) ?? false) || onPath;
    const outerRing = secondRing?.has(node) ?? false;
    const display: NodeDisplay = {
      ...attrs,
      forceLabel: forceLabels || (focus !== null && inFocus),
      labelColor: inFocus ? (outerRing ? towardBackground(LABEL_COLOR, SECOND_RING_SHARE * 0.6) : LABEL_COLOR) : FADED_LABEL_COLOR,
      zIndex: (focus !== null || path) && inFocus ? 1 : 0,
      highlighted: node === highlightedNode || onPath,
    };
    if (!inFocus) display.color = FADED_NODE_COLOR;
    else if (outerRing) display.color = towardBackground(attrs.color, SECOND_RING_SHARE);
    return display;
  };
}

/** Sigma edgeReducer: fades lines outside the focus, lightens the outer ring, thickens the selected pair. */
export function createEdgeReducer(state: () => DisplayState) {
  return (line: string, attrs: ViewEdgeAttributes): Partial<EdgeDisplayData> => {
    const { focus, hoveredEdge, path, secondRing, ends, forceLabels, leftOut } = state();
    const [source, target] = ends(line);
    const onPath = path?.pairs.has(pairOfActors(source, target)) ?? false;
    const touchesFocus = focus !== null && lineInFocus(focus, source, target);
    if (!touchesFocus && !onPath && leftOut(line)) return { ...attrs, hidden: true };
    const inFocus = (focus === null && !path) || touchesFocus || onPath;
    const emphasized = line === hoveredEdge || onPath || (focus?.pair !== null && focus?.pair !== undefined && inFocus);
    const outer = secondRing !== null && (secondRing.has(source) || secondRing.has(target));
    const color = !inFocus ? FADED_EDGE_COLOR : outer ? towardBackground(attrs.color, SECOND_RING_SHARE) : attrs.color;
    const display: Partial<EdgeDisplayData> & { curvature: number } = {
      ...attrs,
      color,
      size: emphasized ? Math.max(EDGE_SIZE_EMPHASIZED, attrs.size + 1.5) : attrs.size,
      zIndex: emphasized ? 2 : focus !== null && inFocus ? 1 : 0,
    };
    // A faded bundle keeps its width but not its count: the bright lines are the ones to read.
    if (!inFocus) delete display.label;
    else if (attrs.label && (emphasized || forceLabels)) display.forceLabel = true;
    return display;
  };
}

// The graph as it is drawn on screen, in viewport pixels: what the SVG writer turns into markup.
// Filled from sigma's display data (after reducers) by readSigmaScene; plain data otherwise.

export interface SceneNode {
  key: string;
  x: number;
  y: number;
  radius: number;
  color: string;
  hidden: boolean;
  zIndex: number;
  /** The label when the view draws it (sigma's label grid chose it, or the actor is highlighted). */
  label: string | null;
  labelColor: string;
  /** Width of the label in the label font, for the highlight box. */
  labelWidth: number;
  /** Drawn raised in a white box, as hovered or selected actors are. */
  highlighted: boolean;
}

export interface SceneEdge {
  key: string;
  source: string;
  target: string;
  color: string;
  /** Line width in pixels. */
  thickness: number;
  /** 0 for a straight line; else the bend of the quadratic curve, as @sigma/edge-curve draws it. */
  curvature: number;
  arrow: boolean;
  hidden: boolean;
  zIndex: number;
}

export interface GraphScene {
  width: number;
  height: number;
  background: string;
  nodes: SceneNode[];
  edges: SceneEdge[];
  labelFont: { family: string; size: number; weight: string };
  /** Arrow head length and full width, as multiples of the line width. */
  arrowHead: { length: number; wideness: number };
}

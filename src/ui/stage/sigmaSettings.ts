import { createEdgeCurveProgram } from '@sigma/edge-curve';
import type { Attributes } from 'graphology-types';
import type { Settings } from 'sigma/settings';
import type Sigma from 'sigma';
import { createEdgeArrowProgram, DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS, EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import { LABEL_COLOR, LABEL_FONT, LABEL_SIZE } from '../../graph/appearance';
import type { EdgeShape, ViewEdgeAttributes, ViewNodeAttributes } from '../../graph/viewTypes';
import { drawHaloedNodeLabel } from './haloLabel';

type ViewSettings = Partial<Settings<ViewNodeAttributes, ViewEdgeAttributes>>;

type N = ViewNodeAttributes;
type E = ViewEdgeAttributes;

// The factories are how sigma builds EdgeArrowProgram and @sigma/edge-curve builds
// EdgeCurvedArrowProgram / EdgeCurveProgram; calling them ourselves keeps them typed
// for our attributes instead of graphology's catch-all `Attributes`.
// Arrow heads a little larger than sigma's defaults, so direction reads at a glance.
export const ARROW_HEAD = { ...DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS, lengthToThicknessRatio: 4, widenessToThicknessRatio: 3 };

type EdgeProgramClasses = Record<EdgeShape, NonNullable<ViewSettings['edgeProgramClasses']>[string]>;
type NodeProgramClasses = NonNullable<ViewSettings['nodeProgramClasses']>;

export const EDGE_PROGRAMS: EdgeProgramClasses = {
  arrow: createEdgeArrowProgram<N, E>(ARROW_HEAD),
  line: EdgeRectangleProgram,
  curvedArrow: createEdgeCurveProgram<N, E>({ arrowHead: ARROW_HEAD }),
  curved: createEdgeCurveProgram<N, E>(),
};

/**
 * Sigma's one-pixel GL lines, never drawn into the edge picking layer: sigma keeps that layer once it
 * started with edge events, and redraws every line into it on each frame even with edge events off.
 */
class PlainLineProgram extends EdgeLineProgram<N, E> {
  constructor(gl: WebGLRenderingContext, _pickingBuffer: WebGLFramebuffer | null, renderer: Sigma<N, E>) {
    super(gl, null, renderer);
  }
}

/** Large graphs: every shape drawn as a plain line (no arrow head, no curve; see stageThresholds). */
export const PLAIN_EDGE_PROGRAMS: EdgeProgramClasses = { arrow: PlainLineProgram, line: PlainLineProgram, curvedArrow: PlainLineProgram, curved: PlainLineProgram };

/** Actors as discs of triangles (sigma's default), and as GL points for large graphs. */
export const DISC_NODE_PROGRAMS: NodeProgramClasses = { circle: NodeCircleProgram };
export const POINT_NODE_PROGRAMS: NodeProgramClasses = { circle: NodePointProgram };
/** The hovered and highlighted actors: sigma's default (the node program) or always discs. */
export const SAME_HOVER_PROGRAMS: NodeProgramClasses = {};

/** Static sigma settings; reducers are added by the renderer. */
export const SIGMA_SETTINGS: ViewSettings = {
  renderLabels: true,
  // Bundles carry their count ("×3") as a label.
  renderEdgeLabels: true,
  edgeLabelSize: 12,
  edgeLabelWeight: '600',
  enableEdgeEvents: true,
  defaultEdgeType: 'arrow',
  edgeProgramClasses: EDGE_PROGRAMS,
  labelFont: LABEL_FONT,
  labelSize: LABEL_SIZE,
  labelWeight: '600',
  labelColor: { attribute: 'labelColor', color: LABEL_COLOR },
  defaultDrawNodeLabel: drawHaloedNodeLabel<N, E, Attributes>,
  labelRenderedSizeThreshold: 0,
  labelDensity: 1,
  labelGridCellSize: 60,
  stagePadding: 24,
  zIndex: true,
  minCameraRatio: 0.08,
  maxCameraRatio: 4,
  // Events like hover must keep working while the layout animates.
  hideEdgesOnMove: false,
  hideLabelsOnMove: false,
};

/** Above this many actors sigma's label grid decides which labels fit. */
export const FORCE_ALL_LABELS_MAX_ORDER = 90;

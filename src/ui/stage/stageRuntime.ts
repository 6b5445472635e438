import type Sigma from 'sigma';
import type { DramatisGraph } from '../../graph/buildGraph';
import type { DisplayState } from '../../graph/displayReducers';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../../graph/viewTypes';
import type { ForcePositions, LayoutOptions, LayoutRun } from '../../app/layout/layoutTypes';
import { graphPending } from '../../app/workspaceGraph';
import type { LineStage } from './lineStage';
import type { StageSize } from './stageSize';

export type StageSigma = Sigma<ViewNodeAttributes, ViewEdgeAttributes>;

/** What the display state reads from the drawn lines. */
export type LineFacts = Pick<DisplayState, 'ends' | 'leftOut'>;

/**
 * What the stage's parts share (mountGraphView wires them): the renderer, the view and its lines,
 * and the flags saying which work is under way. The parts read it when they run, never copy it.
 */
export interface StageState {
  readonly container: HTMLElement;
  readonly sigma: StageSigma;
  readonly view: ViewGraph;
  /** Sigma draws the stage's lines (bundles, or the selected pair's events), not the view's events. */
  readonly stage: LineStage;
  readonly lineFacts: LineFacts;
  /** The data graph shown; replaced in place when a source is imported or removed (drawNewGraph). */
  graph: DramatisGraph;
  display: DisplayState;
  /** A graph waiting to be drawn after the one being drawn (drawPending). */
  pendingGraph: DramatisGraph | null;
  drawing: boolean;
  disposed: boolean;
  /** A settled layout waits for its frame (frameSettled). */
  framing: boolean;
  /** Sigma's process runs in slices (a large graph's settled layout). */
  processing: boolean;
  /** The layout's settling moved actors with sigma held: their reducers run in the sliced process. */
  actorsToReduce: boolean;
  /**
   * Force coordinates of the last layout that finished: a graph change arriving while another run is
   * still going (undo, redo, quick edits) starts from these instead of from scratch.
   */
  settledPositions: ForcePositions | null;
  /** The stage size the actors were last arranged for (see watchStageSize). */
  arrangedFor: StageSize;
  labelGridTimer: ReturnType<typeof setTimeout> | undefined;
  resizeTimer: ReturnType<typeof setTimeout> | undefined;
}

/** The stage's state with its layout: the current run, how runs are set up, and the Stop button's hook. */
export interface StageRuntime extends StageState {
  readonly layoutOptions: LayoutOptions;
  layout: LayoutRun;
  readonly stopLayout: () => void;
}

/**
 * Sigma's process and render without re-running the reducers of every actor and line (a refresh of
 * no items that is not told to skip indexing): for a new frame box or label grid, caches being current.
 * `scheduled`: in the next animation frame, a task of its own, which also takes a process the
 * layout's last position copy asked for (one process instead of two).
 */
export function reprocess(sigma: StageSigma, scheduled = false): void {
  sigma.refresh({ partialGraph: { nodes: [], edges: [] }, schedule: scheduled });
}

/**
 * Work the stage has scheduled: a new graph to draw, a size sigma has not taken yet, a resize to
 * arrange, the label grid to rebuild (browser tests wait for none of it to be left).
 */
export function stageSettling(rt: StageState): boolean {
  return graphPending() || rt.drawing || rt.framing || rt.processing || rt.resizeTimer !== undefined || rt.labelGridTimer !== undefined || sizeNotTaken(rt);
}

function sizeNotTaken({ sigma, container }: StageState): boolean {
  const { width, height } = sigma.getDimensions();
  return container.offsetWidth > 0 && (width !== container.offsetWidth || height !== container.offsetHeight);
}

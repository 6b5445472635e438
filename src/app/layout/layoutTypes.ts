// What a layout run takes and gives: shared by the runs that lay actors out (layoutRun) and the one
// that puts them where a presentation file says (fixedLayout).
import type { MultiDirectedGraph } from 'graphology';
import type { LayoutPlan } from '../../graph/layout/layoutPlan';
import type { Box } from '../../graph/layout/placedNode';
import type { Viewport } from '../../graph/layout/screenFit';

export interface LayoutProgress {
  /** 0 to 1: the larger of the iteration, time and convergence shares of the budget. */
  fraction: number;
  iterations: number;
}

/** Force-layout coordinates by actor, from which a later run extends a settled one. */
export type ForcePositions = ReadonlyMap<string, { x: number; y: number }>;

export interface LayoutOptions {
  viewport: () => Viewport;
  /** Sigma's stagePadding, in pixels. */
  stagePadding: number;
  /** Width in pixels of a node's rendered label, 0 if it is not drawn. */
  labelWidth: (node: string) => number;
  /** Defaults to planLayout(number of actors in the force layout). */
  plan?: LayoutPlan;
  /** Called at most once per animation frame while the force layout runs, and once at the end. */
  onProgress?: (progress: LayoutProgress) => void;
  /** A message for the user when the layout worker died (it is restarted, or the layout ends where it was). */
  onWorkerTrouble?: (message: string) => void;
  /** Whether actors without relations get rows under the graph (default) or stay hidden off the stage. */
  showShelf?: () => boolean;
  /**
   * Keeps the renderer from following the view while the arrangement after the forces writes
   * positions (twice, for every actor); the returned release tells it once what changed.
   */
  holdRenderer?: () => () => void;
  /** Starts one layout worker; default the bundled forceAtlas2Worker.ts. */
  createWorker?: () => Worker;
}

export interface LayoutReport {
  iterations: number;
  milliseconds: number;
  /** Torn down (the view went away); nothing was arranged. */
  cancelled: boolean;
  /** The user stopped the force layout; its positions so far were arranged. */
  stopped: boolean;
  /** The force layout stopped because actors no longer moved. */
  converged: boolean;
  /** Extent of every disc and label; the renderer should frame exactly this. */
  bbox: Box | null;
}

export interface LayoutRun {
  settled: Promise<LayoutReport>;
  /** Tear down without arranging (the view is going away). */
  cancel(): void;
  /** End the force layout now and arrange what it has so far. */
  stop(): void;
  /**
   * Once settled, redoes the screen arrangement for the current viewport (say after a
   * resize) from the same force layout; returns the new bbox, or null if not settled.
   */
  rearrange(): Box | null;
  /**
   * Once settled (not cancelled), the force layout's own coordinates of the connected actors,
   * from which a later run can extend this one; null before.
   */
  forcePositions(): ForcePositions | null;
}

/** An actor in the force layout; `fixed` ones stay where they are. */
export type ForceGraph = MultiDirectedGraph<{ x: number; y: number; fixed?: boolean }>;

/** What a run lays out and how it arranges the result (set up by freshLayout or extendedLayout, run by layoutRun). */
export interface LayoutSetup {
  /** The actors and relations the forces act on. */
  core: ForceGraph;
  /** False when the forces have nothing to move: the run arranges at once. */
  forcesNeeded: boolean;
  /** Whether positions are copied into the view while the forces run, or only at the end. */
  liveCopy: boolean;
  /** Positions of the moving actors, read after each iteration to tell when they settle. */
  movingPositions(): Float64Array;
  /** Writes the moving actors' current positions into the view. */
  copyToView(): void;
  /**
   * The arrangement for the screen when the forces end; returns what to frame. It may take several
   * tasks; then it gives up, with null, once `stop()` is true (the run was cancelled meanwhile).
   */
  settle(stop: () => boolean): Box | Promise<Box | null>;
  /** The arrangement again for the stage as it is now (a resize, the shelf opened). */
  rearrange(): Box;
}

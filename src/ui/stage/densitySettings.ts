import type { Settings } from 'sigma/settings';
import { DENSE_GRAPH_EDGES } from '../../graph/appearance';
import type { ThinningLimits } from '../../graph/lineThinning';
import type { ViewEdgeAttributes, ViewNodeAttributes } from '../../graph/viewTypes';
import { DISC_NODE_PROGRAMS, EDGE_PROGRAMS, PLAIN_EDGE_PROGRAMS, POINT_NODE_PROGRAMS, SAME_HOVER_PROGRAMS } from './sigmaSettings';

/**
 * Where the stage starts drawing more cheaply (README, "Large graphs"). Without a GPU (headless
 * browsers, virtual machines, remote desktops) the browser draws WebGL on the CPU, and a frame's cost
 * grows with the lines and discs drawn: 20,000 actors and 40,000 arrows took 5–7 s per frame there
 * (BENCHMARKS.md, "Frames in software WebGL"). Measured with `bench/stage/frameCost.ts`.
 */
export const STAGE_THRESHOLDS = {
  /** Lines above which edge hover is off: its picking pass redraws every line on each frame. */
  edgeEvents: DENSE_GRAPH_EDGES,
  /**
   * Lines above which every line is a one-pixel GL line (no arrow head, no curve, not drawn for
   * picking) and lines are left out of frames while the camera moves. Arrow heads of dense lines
   * are a few pixels wide and unreadable in a graph this size; a plain line costs a tenth of an arrow.
   */
  plainLines: 6_000,
  /** Actors above which discs are drawn as GL points (the same round discs at an eighth of the cost). */
  pointDiscs: 2_000,
  /**
   * Lines above which the overview draws one line per pair of actors (the one standing for the most
   * events; the others lie under it) and at most `lineCap` lines, the rest drawn when they touch the
   * actor or pair in focus; the stage says so (`graph/lineThinning.ts`).
   */
  onePerPair: 6_000,
  lineCap: 5_000,
} as const;

/** When the stage's overview leaves lines out, as lineThinning reads it. */
export const STAGE_LINE_LIMITS: ThinningLimits = { onePerPairAbove: STAGE_THRESHOLDS.onePerPair, cap: STAGE_THRESHOLDS.lineCap };

type SizedSettings = Pick<
  Settings<ViewNodeAttributes, ViewEdgeAttributes>,
  'enableEdgeEvents' | 'hideEdgesOnMove' | 'edgeProgramClasses' | 'nodeProgramClasses' | 'nodeHoverProgramClasses'
>;

/**
 * Sigma settings for `lines` drawn lines among `actors` actors. On dense graphs edge hover is off:
 * single lines in a hairball cannot be aimed at anyway (actors stay clickable, and their panels
 * list every relation).
 */
export function settingsForSize(lines: number, actors: number): SizedSettings {
  const plain = lines > STAGE_THRESHOLDS.plainLines;
  const points = actors > STAGE_THRESHOLDS.pointDiscs;
  return {
    enableEdgeEvents: lines <= STAGE_THRESHOLDS.edgeEvents,
    hideEdgesOnMove: plain,
    edgeProgramClasses: plain ? PLAIN_EDGE_PROGRAMS : EDGE_PROGRAMS,
    nodeProgramClasses: points ? POINT_NODE_PROGRAMS : DISC_NODE_PROGRAMS,
    // Hovered and highlighted actors (a few) stay discs of triangles.
    nodeHoverProgramClasses: points ? DISC_NODE_PROGRAMS : SAME_HOVER_PROGRAMS,
  };
}

/** Whether sigma's settings `current` differ from `sized` (the program tables compare by identity). */
export function differsFrom(current: SizedSettings, sized: SizedSettings): boolean {
  return (Object.keys(sized) as (keyof SizedSettings)[]).some((key) => current[key] !== sized[key]);
}

/** Whether `sized` turns any cheaper drawing on: a graph growing takes such settings early. */
export function drawsCheaper(sized: SizedSettings): boolean {
  return !sized.enableEdgeEvents || sized.nodeProgramClasses === POINT_NODE_PROGRAMS;
}

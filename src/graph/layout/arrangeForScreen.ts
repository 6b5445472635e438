import Graph from 'graphology';
import noverlap from 'graphology-layout-noverlap';
import { shelveNodes } from './isolatedShelf';
import { separateFootprints } from './labelSeparation';
import { boundingBox, centresBox, footprint, type Box, type PlacedNode } from './placedNode';
import { pixelsPerGraphUnit, stageRoom, type Viewport } from './screenFit';

export interface Arrangement {
  nodes: PlacedNode[];
  /** Bounding box of every disc and label; give it to sigma as its custom bbox. */
  bbox: Box;
}

/** Space between the connected actors and the shelf of actors without relations. */
export const SHELF_GAP_PX = 36;
const NODE_MARGIN_PX = 4;
/** How much wider than tall (or the reverse) the force layout may be stretched. */
const MAX_ANISOTROPY = 2.5;
/** Label-aware separation is quadratic; above this the label grid thins labels anyway. */
const MAX_SEPARATED_NODES = 200;
const ATTEMPTS = 6;
/** noverlap's passes cost roughly n² (bench/layout.ts): full passes up to here, fewer above, none past the limit. */
const NOVERLAP_FULL_NODES = 500;
const NOVERLAP_MAX_ITERATIONS = 150;
const NOVERLAP_MIN_ITERATIONS = 3;

/** noverlap iterations affordable for `count` discs on the main thread (0: skip it). */
export function noverlapIterations(count: number): number {
  const share = Math.min(1, (NOVERLAP_FULL_NODES / Math.max(count, 1)) ** 2);
  const iterations = Math.floor(NOVERLAP_MAX_ITERATIONS * share);
  return iterations >= NOVERLAP_MIN_ITERATIONS ? iterations : 0;
}

function clone(nodes: PlacedNode[]): PlacedNode[] {
  return nodes.map((n) => ({ ...n }));
}

/** Scales force-layout output (any units) to fill a box of pixels centred on the origin. */
function fitInto(nodes: PlacedNode[], width: number, height: number): void {
  if (nodes.length === 0) return;
  const c = centresBox(nodes);
  const spanX = c.maxX - c.minX;
  const spanY = c.maxY - c.minY;
  let sx = spanX > 1e-9 ? width / spanX : 1;
  let sy = spanY > 1e-9 ? height / spanY : 1;
  if (spanX <= 1e-9) sx = sy;
  if (spanY <= 1e-9) sy = sx;
  sx = Math.min(sx, sy * MAX_ANISOTROPY);
  sy = Math.min(sy, sx * MAX_ANISOTROPY);
  const cx = (c.minX + c.maxX) / 2;
  const cy = (c.minY + c.maxY) / 2;
  for (const n of nodes) {
    n.x = (n.x - cx) * sx;
    n.y = (n.y - cy) * sy;
  }
}

/** graphology-layout-noverlap on the discs, in pixel units. */
function removeDiscOverlaps(nodes: PlacedNode[]): void {
  const maxIterations = noverlapIterations(nodes.length);
  if (nodes.length < 2 || maxIterations === 0) return;
  const g = new Graph<{ x: number; y: number; size: number }>();
  for (const n of nodes) g.addNode(n.key, { x: n.x, y: n.y, size: n.size });
  noverlap.assign(g, { maxIterations, settings: { margin: NODE_MARGIN_PX, ratio: 1, expansion: 1.1 } });
  for (const n of nodes) {
    n.x = g.getNodeAttribute(n.key, 'x');
    n.y = g.getNodeAttribute(n.key, 'y');
  }
}

/**
 * Turns the force layout of connected actors into a screen layout, in pixel units (the room sigma
 * fills at one unit per pixel, see stageRoom):
 * fill the stage, remove disc overlaps (noverlap), then label overlaps, and put actors
 * without relations on a shelf underneath. When every label is drawn, shrinks and retries
 * when the result would not fit at one graph unit per pixel, so labels stay apart once sigma
 * frames it; larger graphs (whose labels sigma thins) get one attempt.
 */
export function arrangeForScreen(core: PlacedNode[], isolated: PlacedNode[], viewport: Viewport, stagePadding: number): Arrangement {
  const room = stageRoom(viewport, stagePadding);
  const usableWidth = Math.max(room.width, 200);
  const usableHeight = Math.max(room.height, 200);
  const shelfHeight = shelveNodes(clone(isolated), 0, 0, usableWidth);
  const meanLabel = core.length ? core.reduce((s, n) => s + n.labelWidth, 0) / core.length : 0;
  // Target box for node centres; corrected per axis after each attempt.
  let boxWidth = Math.max(usableWidth - meanLabel, 100);
  const shelfRoom = shelfHeight > 0 ? shelfHeight + SHELF_GAP_PX : 0;
  let boxHeight = Math.max(usableHeight - shelfRoom, 100);
  let result: Arrangement = { nodes: [], bbox: { minX: 0, maxX: 1, minY: 0, maxY: 1 } };
  let bestScale = -Infinity;
  // How much dearer label separation finds sideways pushes than vertical ones; follows the overflow.
  let sideways = 1;

  const attempts = core.length <= MAX_SEPARATED_NODES ? ATTEMPTS : 1;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const placedCore = clone(core);
    fitInto(placedCore, boxWidth, boxHeight);
    removeDiscOverlaps(placedCore);
    if (placedCore.length <= MAX_SEPARATED_NODES) separateFootprints(placedCore, undefined, sideways);

    const shelf = clone(isolated);
    if (shelf.length > 0) {
      const coreBox = placedCore.length ? boundingBox(placedCore.map(footprint)) : { minX: -usableWidth / 2, maxX: usableWidth / 2, minY: 0, maxY: 0 };
      const top = placedCore.length ? coreBox.minY - SHELF_GAP_PX : 0;
      const width = Math.max(coreBox.maxX - coreBox.minX, usableWidth);
      const left = (coreBox.minX + coreBox.maxX) / 2 - width / 2;
      shelveNodes(shelf, left, top, width);
    }

    const nodes = [...placedCore, ...shelf];
    const bbox = boundingBox(nodes.map(footprint));
    const scale = pixelsPerGraphUnit(bbox, viewport, stagePadding);
    // Below one unit per pixel, centres come closer on screen while discs and labels keep their
    // pixel size, so separated labels would touch: keep the attempt that comes closest.
    if (scale > bestScale) {
      result = { nodes, bbox };
      bestScale = scale;
    }
    if (scale >= 1) break;
    // Too big for one unit per pixel: shrink the overflowing axis, grow the slack one. Only the
    // centres' spread follows the box; discs and labels sticking out of it keep their size.
    const centres = centresBox(placedCore);
    const coreWidth = bbox.maxX - bbox.minX;
    const coreHeight = bbox.maxY - bbox.minY - shelfRoom;
    boxWidth *= correction(usableWidth, coreWidth, centres.maxX - centres.minX);
    boxHeight *= correction(usableHeight - shelfRoom, coreHeight, centres.maxY - centres.minY);
    // Separation decides the labels' extent: steer its pushes towards the axis with room left.
    const overflowRatio = coreWidth / usableWidth / Math.max(coreHeight / Math.max(usableHeight - shelfRoom, 1), 1e-9);
    sideways *= Math.min(Math.max(overflowRatio, 0.5), 2);
  }
  return result;
}

/** Factor for the centres' box so that the footprints' extent `extent` (of which `spread` is centres) becomes `room`. */
function correction(room: number, extent: number, spread: number): number {
  const overhang = Math.max(extent - spread, 0);
  const wanted = spread > 1 ? (room - overhang) / spread : room / Math.max(extent, 1);
  return Math.min(Math.max(wanted, 0.5), 1.6) * 0.98;
}

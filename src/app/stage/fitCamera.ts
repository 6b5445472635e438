import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import type { ViewEdgeAttributes, ViewNodeAttributes } from '../../graph/viewTypes';
import { currentSigma } from './sigmaRegistry';

/** Extra room around the framed actors, as a share of their extent, plus room for labels. */
const MARGIN = 1.35;
const LABEL_ROOM = 0.12;
const MIN_RATIO = 0.3;

/**
 * Animates the camera so that every given actor is on screen (an ego network, a path).
 * Camera coordinates are sigma's normalised ones, the same as node display data.
 */
export function fitCameraToNodes(nodes: Iterable<string>): void {
  const s = currentSigma();
  if (!s) return;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    const d = s.getGraph().hasNode(n) ? s.getNodeDisplayData(n) : undefined;
    if (!d) continue;
    minX = Math.min(minX, d.x);
    maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y);
    maxY = Math.max(maxY, d.y);
  }
  if (!Number.isFinite(minX)) return;
  const extent = Math.max(maxX - minX, maxY - minY);
  const ratio = Math.min(1, Math.max(MIN_RATIO, extent * MARGIN + LABEL_ROOM));
  void s.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 500 });
}

/** Pixels kept free around fitted actors: labels run to the right of their node. */
export interface FitRoom {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const PRESENTATION_ROOM: FitRoom = { left: 48, right: 170, top: 48, bottom: 48 };
const MIN_FIT_RATIO = 0.08;

/**
 * The camera that shows every given actor inside the stage at its current size, with `room` pixels
 * to spare on each side, so it fits a 1024×768 projector and a wide screen alike. Measured on the
 * picture as sigma draws it now (it is redrawn first, so a resize is taken into account): where the
 * actors are on screen, how much to zoom, where to move. Null when none of the actors is in the graph.
 */
export function cameraFitting(s: Sigma<ViewNodeAttributes, ViewEdgeAttributes>, nodes: Iterable<string>, room: FitRoom): CameraState | null {
  s.refresh();
  const graph = s.getGraph();
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    if (!graph.hasNode(n)) continue;
    // From the graph's coordinates: hidden actors (the window still sliding to the step) count too.
    const p = s.graphToViewport(graph.getNodeAttributes(n));
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  if (!Number.isFinite(minX)) return null;
  const { width, height } = s.getDimensions();
  const camera = s.getCamera().getState();
  const free = { width: Math.max(1, width - room.left - room.right), height: Math.max(1, height - room.top - room.bottom) };
  // Zooming by camera ratio r scales distances on screen by camera.ratio / r.
  const grow = Math.max((maxX - minX) / free.width, (maxY - minY) / free.height, MIN_FIT_RATIO / camera.ratio);
  const ratio = camera.ratio * grow;
  // The actors' centre goes to the middle of the free box: the camera moves by the framed distance
  // that, at the new zoom, separates the two.
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  const box = { x: room.left + free.width / 2, y: room.top + free.height / 2 };
  const middle = { x: width / 2, y: height / 2 };
  const target = s.viewportToFramedGraph({ x: centre.x - (box.x - middle.x) * grow, y: centre.y - (box.y - middle.y) * grow });
  return { x: target.x, y: target.y, ratio, angle: 0 };
}

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
 * to spare on each side: computed through sigma's own projection, so it fits a 1024×768 projector
 * and a wide screen alike. Null when none of the actors is in the graph.
 */
export function cameraFitting(s: Sigma<ViewNodeAttributes, ViewEdgeAttributes>, nodes: Iterable<string>, room: FitRoom): CameraState | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const graph = s.getGraph();
  for (const n of nodes) {
    const d = graph.hasNode(n) ? s.getNodeDisplayData(n) : undefined;
    if (!d) continue;
    minX = Math.min(minX, d.x);
    maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y);
    maxY = Math.max(maxY, d.y);
  }
  if (!Number.isFinite(minX)) return null;
  const { width, height } = s.getDimensions();
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  // The actors' extent in pixels at ratio 1; at ratio r it is that divided by r.
  const atOne = { cameraState: { ...centre, ratio: 1, angle: 0 } };
  const a = s.framedGraphToViewport({ x: minX, y: minY }, atOne);
  const b = s.framedGraphToViewport({ x: maxX, y: maxY }, atOne);
  const free = { width: Math.max(1, width - room.left - room.right), height: Math.max(1, height - room.top - room.bottom) };
  const ratio = Math.max(MIN_FIT_RATIO, Math.abs(b.x - a.x) / free.width, Math.abs(b.y - a.y) / free.height);
  // Put the actors' centre in the middle of the free box, not of the stage.
  const boxCentre = { x: room.left + free.width / 2, y: room.top + free.height / 2 };
  const mirrored = { x: width - boxCentre.x, y: height - boxCentre.y };
  const camera = s.viewportToFramedGraph(mirrored, { cameraState: { ...centre, ratio, angle: 0 } });
  return { x: camera.x, y: camera.y, ratio, angle: 0 };
}

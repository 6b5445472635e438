import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import type { ViewEdgeAttributes, ViewNodeAttributes } from '../../graph/viewTypes';
import { frameActors, type DrawnActor, type FitRoom } from './frameActors';
import { currentSigma } from './sigmaRegistry';

export type { FitRoom } from './frameActors';
type ViewSigma = Sigma<ViewNodeAttributes, ViewEdgeAttributes>;
/** The zoom bounds of a fit when sigma sets none. */
const MIN_FIT_RATIO = 0.08;
const MAX_FIT_RATIO = 4;

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

/** Pixels kept free at the stage's edges around the fitted actors, their discs and labels. */
export const PRESENTATION_ROOM: FitRoom = { left: 32, right: 32, top: 32, bottom: 32 };

let measuringContext: CanvasRenderingContext2D | null | undefined;
function labelMeasurer(s: ViewSigma): (label: string) => number {
  if (measuringContext === undefined) measuringContext = document.createElement('canvas').getContext('2d');
  const size = s.getSetting('labelSize');
  const font = `${s.getSetting('labelWeight')} ${size}px ${s.getSetting('labelFont')}`;
  const context = measuringContext;
  if (!context) return (label) => label.length * size * 0.6;
  context.font = font;
  return (label) => context.measureText(label).width;
}

/**
 * The camera that shows every given actor inside the stage at its current size, disc and label
 * whole, with `room` pixels to spare on each side, so it fits a 1024×768 projector and a wide
 * screen alike. Measured on the picture as sigma draws it now (it is redrawn first, so a resize
 * and the presentation's larger labels are taken into account). Null when none of the actors is in the graph.
 */
export function cameraFitting(s: ViewSigma, nodes: Iterable<string>, room: FitRoom): CameraState | null {
  s.refresh();
  const graph = s.getGraph();
  const measure = labelMeasurer(s);
  const actors: DrawnActor[] = [];
  for (const n of nodes) {
    if (!graph.hasNode(n)) continue;
    const attributes = graph.getNodeAttributes(n);
    // From the graph's coordinates: hidden actors (the window still sliding to the step) count too.
    const p = s.graphToViewport(attributes);
    const shown = s.getNodeDisplayData(n);
    const label = shown?.label ?? attributes.label;
    actors.push({ x: p.x, y: p.y, radius: s.scaleSize(shown?.size ?? attributes.size), labelWidth: label ? measure(label) : 0 });
  }
  const { width, height } = s.getDimensions();
  const camera = s.getCamera().getState();
  const ratioOf = (scale: number) => camera.ratio / scale;
  const frame = frameActors(actors, {
    width,
    height,
    room,
    labelSize: s.getSetting('labelSize'),
    // Zooming by camera ratio r scales distances on screen by camera.ratio / r.
    minScale: camera.ratio / (s.getSetting('maxCameraRatio') ?? MAX_FIT_RATIO),
    maxScale: camera.ratio / Math.max(MIN_FIT_RATIO, s.getSetting('minCameraRatio') ?? 0),
    radiusGrowth: (scale) => s.scaleSize(1, ratioOf(scale)) / s.scaleSize(1, camera.ratio),
  });
  if (!frame) return null;
  const target = s.viewportToFramedGraph(frame.anchor);
  return { x: target.x, y: target.y, ratio: ratioOf(frame.scale), angle: 0 };
}

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

import type Sigma from 'sigma';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../../graph/viewTypes';

type ViewSigma = Sigma<ViewNodeAttributes, ViewEdgeAttributes>;

/** Whether every shown actor's disc lies inside the stage as the camera shows it now. */
export function everyActorInView(sigma: ViewSigma, view: ViewGraph): boolean {
  const { width, height } = sigma.getDimensions();
  let inside = true;
  view.forEachNode((_n, a) => {
    if (!inside || a.hidden) return;
    const p = sigma.graphToViewport(a);
    const r = sigma.scaleSize(a.size);
    inside = p.x - r >= 0 && p.y - r >= 0 && p.x + r <= width && p.y + r <= height;
  });
  return inside;
}

/** Whether the shown actors take less than half the stage's width and half its height. */
export function actorsHuddled(sigma: ViewSigma, view: ViewGraph): boolean {
  const { width, height } = sigma.getDimensions();
  const box = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity, shown: 0 };
  view.forEachNode((_n, a) => {
    if (a.hidden) return;
    const p = sigma.graphToViewport(a);
    box.minX = Math.min(box.minX, p.x);
    box.maxX = Math.max(box.maxX, p.x);
    box.minY = Math.min(box.minY, p.y);
    box.maxY = Math.max(box.maxY, p.y);
    box.shown++;
  });
  return box.shown > 1 && box.maxX - box.minX < width / 2 && box.maxY - box.minY < height / 2;
}

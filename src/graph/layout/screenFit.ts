import type { Box } from './placedNode';

export interface Viewport {
  width: number;
  height: number;
}

/**
 * Screen pixels per graph unit when sigma frames `bbox` in `viewport` at camera ratio 1.
 * Mirrors sigma 3's normalisation (extent → unit square) and matrixFromCamera's
 * correction ratio, so layouts can be arranged directly in pixels.
 */
export function pixelsPerGraphUnit(bbox: Box, viewport: Viewport, stagePadding: number): number {
  const width = Math.max(bbox.maxX - bbox.minX, 1e-9);
  const height = Math.max(bbox.maxY - bbox.minY, 1e-9);
  const viewportRatio = viewport.height / viewport.width;
  const graphRatio = height / width;
  const correction =
    (viewportRatio < 1 && graphRatio > 1) || (viewportRatio > 1 && graphRatio < 1)
      ? 1
      : Math.min(Math.max(graphRatio, 1 / graphRatio), Math.max(1 / viewportRatio, viewportRatio));
  const smallest = Math.min(viewport.width, viewport.height) - 2 * stagePadding;
  return (smallest * correction) / Math.max(width, height);
}

/**
 * The room, in pixels, that sigma fills at one graph unit per pixel: it takes the padding off the
 * stage's shorter side and keeps the stage's proportions, so the longer side loses more than the padding.
 */
export function stageRoom(viewport: Viewport, stagePadding: number): Viewport {
  const shorter = Math.max(Math.min(viewport.width, viewport.height), 1);
  const share = Math.max(shorter - 2 * stagePadding, 0) / shorter;
  return { width: viewport.width * share, height: viewport.height * share };
}

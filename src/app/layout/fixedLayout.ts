import type { ViewGraph } from '../../graph/viewTypes';
import { boundingBox, footprint, type Box } from '../../graph/layout/placedNode';
import type { LayoutOptions, LayoutReport, LayoutRun } from './layoutTypes';

/**
 * The layout of a graph whose positions are already known (a presentation file keeps where each
 * actor was drawn): actors go there at once, actors without a position stay hidden, no worker runs.
 */
export function fixedLayout(view: ViewGraph, positions: ReadonlyMap<string, { x: number; y: number }>, options: Pick<LayoutOptions, 'labelWidth'>): LayoutRun {
  view.updateEachNodeAttributes((n, a) => {
    const p = positions.get(n);
    return p ? { ...a, x: p.x, y: p.y, hidden: false } : { ...a, hidden: true };
  });
  const frame = (): Box | null => {
    const placed = view.filterNodes((n) => positions.has(n)).map((n) => {
      const a = view.getNodeAttributes(n);
      return footprint({ key: n, x: a.x, y: a.y, size: a.size, labelWidth: options.labelWidth(n) });
    });
    return placed.length > 0 ? boundingBox(placed) : null;
  };
  const report: LayoutReport = { iterations: 0, milliseconds: 0, cancelled: false, stopped: false, converged: true, bbox: frame() };
  return {
    settled: Promise.resolve(report),
    cancel: () => undefined,
    stop: () => undefined,
    rearrange: frame,
    forcePositions: () => positions,
  };
}

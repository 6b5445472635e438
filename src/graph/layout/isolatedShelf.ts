import { footprint, type PlacedNode } from './placedNode';

const GAP_X_PX = 28;
const GAP_Y_PX = 14;

/**
 * Lays actors without relations out in rows, left to right, wrapping at `width`, with the
 * first row's top at `top` (graph y points up, so rows go downwards). Returns the height used.
 */
export function shelveNodes(nodes: PlacedNode[], left: number, top: number, width: number): number {
  let x = left;
  let rowTop = top;
  let rowHeight = 0;
  for (const n of nodes) {
    n.x = 0;
    n.y = 0;
    const f = footprint(n);
    const w = f.maxX - f.minX;
    const h = f.maxY - f.minY;
    if (x > left && x + w > left + width) {
      x = left;
      rowTop -= rowHeight + GAP_Y_PX;
      rowHeight = 0;
    }
    n.x = x - f.minX;
    n.y = rowTop - f.maxY;
    x += w + GAP_X_PX;
    rowHeight = Math.max(rowHeight, h);
  }
  return nodes.length === 0 ? 0 : top - rowTop + rowHeight;
}

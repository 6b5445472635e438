import { describe, expect, it } from 'vitest';
import { arrangeForScreen } from '../../../src/graph/layout/arrangeForScreen';
import { footprint, type Box, type PlacedNode } from '../../../src/graph/layout/placedNode';
import { pixelsPerGraphUnit, type Viewport } from '../../../src/graph/layout/screenFit';

const PADDING = 24;

/** A force-layout-like cloud: deterministic pseudo-random centres, real-looking label widths. */
function cloud(count: number, seed: number): PlacedNode[] {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: count }, (_, i) => ({
    key: `actor-${i}`,
    x: next() * 40 - 20,
    y: next() * 40 - 20,
    size: 6 + next() * 8,
    labelWidth: 50 + next() * 170,
  }));
}

/** Footprints in screen pixels as sigma draws them: centres scaled, discs and labels at their pixel size. */
function onScreen(nodes: PlacedNode[], bbox: Box, viewport: Viewport): Box[] {
  const scale = pixelsPerGraphUnit(bbox, viewport, PADDING);
  const cx = (bbox.minX + bbox.maxX) / 2;
  const cy = (bbox.minY + bbox.maxY) / 2;
  return nodes.map((n) => footprint({ ...n, x: viewport.width / 2 + (n.x - cx) * scale, y: viewport.height / 2 + (n.y - cy) * scale }));
}

function clashes(boxes: Box[], viewport: Viewport): { overlapping: number; outside: number } {
  let overlapping = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX) > 1 && Math.min(a.maxY, b.maxY) - Math.max(a.minY, b.minY) > 1) overlapping += 1;
    }
  const outside = boxes.filter((b) => b.minX < 0 || b.minY < 0 || b.maxX > viewport.width || b.maxY > viewport.height).length;
  return { overlapping, outside };
}

describe('arrangeForScreen', () => {
  // A short, wide stage (a window of 1100 × 760 with the filters, timeline and legend around it).
  const viewports: Viewport[] = [
    { width: 642, height: 360 },
    { width: 642, height: 330 },
    { width: 1100, height: 620 },
  ];
  for (const viewport of viewports)
    it(`keeps labels apart once framed on a ${viewport.width} × ${viewport.height} stage`, () => {
      for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
        const { nodes, bbox } = arrangeForScreen(cloud(12, seed), [], viewport, PADDING);
        expect(clashes(onScreen(nodes, bbox, viewport), viewport), `seed ${seed}`).toEqual({ overlapping: 0, outside: 0 });
      }
    });
});

import type Sigma from 'sigma';
import type { ViewEdgeAttributes, ViewNodeAttributes } from '../../graph/viewTypes';
import type { Point } from '../export/edgeGeometry';

/** How far from a drawn line, in pixels, a click or hover still takes it: lines are thin targets. */
export const LINE_HIT_TOLERANCE_PX = 7;

const CURVE_STEPS = 16;

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Distance from `p` to a straight line (no control point) or a quadratic curve, in pixels. */
export function distanceToLine(p: Point, start: Point, control: Point | null, end: Point): number {
  if (!control) return distanceToSegment(p, start, end);
  let best = Infinity;
  let previous = start;
  for (let i = 1; i <= CURVE_STEPS; i++) {
    const t = i / CURVE_STEPS;
    const u = 1 - t;
    const next = { x: u * u * start.x + 2 * u * t * control.x + t * t * end.x, y: u * u * start.y + 2 * u * t * control.y + t * t * end.y };
    best = Math.min(best, distanceToSegment(p, previous, next));
    previous = next;
  }
  return best;
}

export interface LineShape {
  key: string;
  start: Point;
  control: Point | null;
  end: Point;
  /** Half the drawn width, in pixels: the hit area is the line plus the tolerance on each side. */
  halfWidth: number;
}

/** The line whose hit area (drawn width plus `tolerance` on each side) holds `p`, nearest first. */
export function nearestLine(shapes: Iterable<LineShape>, p: Point, tolerance: number): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const s of shapes) {
    const d = distanceToLine(p, s.start, s.control, s.end) - s.halfWidth;
    if (d <= tolerance && d < bestDistance) {
      best = s.key;
      bestDistance = d;
    }
  }
  return best;
}

/** The drawn lines of `sigma` in viewport pixels (as @sigma/edge-curve bends them), hidden ones left out. */
export function* drawnLineShapes(sigma: Sigma<ViewNodeAttributes, ViewEdgeAttributes>): Generator<LineShape> {
  const graph = sigma.getGraph();
  for (const key of graph.edges()) {
    const data = sigma.getEdgeDisplayData(key);
    if (!data || data.hidden) continue;
    const [s, t] = graph.extremities(key);
    const sd = sigma.getNodeDisplayData(s);
    const td = sigma.getNodeDisplayData(t);
    if (!sd || !td || sd.hidden || td.hidden) continue;
    const start = sigma.framedGraphToViewport(sd);
    const end = sigma.framedGraphToViewport(td);
    const curvature = (data as { curvature?: number }).curvature ?? 0;
    const dx = end.x - start.x;
    const dy = end.y - start.y;
    const control = curvature === 0 || !data.type.startsWith('curved') ? null : { x: (start.x + end.x) / 2 + dy * curvature, y: (start.y + end.y) / 2 - dx * curvature };
    yield { key, start, control, end, halfWidth: sigma.scaleSize(data.size) / 2 };
  }
}

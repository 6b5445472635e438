// Edge shapes as sigma draws them, in viewport pixels: straight or quadratic curves (the control
// point as @sigma/edge-curve places it), ending in an arrow head whose tip touches the target disc.

export interface Point {
  x: number;
  y: number;
}

export interface EdgeShape {
  /** The line: its end, and the control point when curved. */
  start: Point;
  control: Point | null;
  end: Point;
  /** Arrow head triangle (tip, then the two base corners), or null. */
  head: [Point, Point, Point] | null;
}

export interface EdgeEnds {
  source: Point;
  target: Point;
  /** Radius of the target disc in pixels. */
  targetRadius: number;
}

export interface EdgeLook {
  thickness: number;
  curvature: number;
  arrow: boolean;
  headLength: number;
  headWidth: number;
}

const lerp = (a: Point, b: Point, t: number): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

function bezier(p0: Point, p1: Point, p2: Point, t: number): Point {
  return lerp(lerp(p0, p1, t), lerp(p1, p2, t), t);
}

/** Largest t at which the curve is still `radius` away from its end point (binary search from the end). */
function paramAtDistanceFromEnd(p0: Point, p1: Point, p2: Point, radius: number): number {
  if (distance(p0, p2) <= radius) return 0;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (distance(bezier(p0, p1, p2, mid), p2) >= radius) lo = mid;
    else hi = mid;
  }
  return lo;
}

function headTriangle(tip: Point, base: Point, width: number): [Point, Point, Point] {
  const len = distance(tip, base) || 1;
  const nx = -(tip.y - base.y) / len;
  const ny = (tip.x - base.x) / len;
  const half = width / 2;
  return [tip, { x: base.x + nx * half, y: base.y + ny * half }, { x: base.x - nx * half, y: base.y - ny * half }];
}

/** The drawn shape of one edge; null when its ends coincide (nothing to draw). */
export function edgeShape(ends: EdgeEnds, look: EdgeLook): EdgeShape | null {
  const { source, target, targetRadius } = ends;
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  if (Math.hypot(dx, dy) < 1e-6) return null;
  // Screen y points down, so the shader's normal (-dy, dx) in clip space is (dy, -dx) here.
  const control = look.curvature === 0 ? null : { x: (source.x + target.x) / 2 + dy * look.curvature, y: (source.y + target.y) / 2 - dx * look.curvature };
  if (!look.arrow) return { start: source, control, end: target, head: null };

  if (!control) {
    const len = Math.hypot(dx, dy);
    const ux = dx / len;
    const uy = dy / len;
    const tipBack = Math.min(targetRadius, len);
    const baseBack = Math.min(targetRadius + look.headLength, len);
    const tip = { x: target.x - ux * tipBack, y: target.y - uy * tipBack };
    const base = { x: target.x - ux * baseBack, y: target.y - uy * baseBack };
    return { start: source, control: null, end: base, head: headTriangle(tip, base, look.headWidth) };
  }

  const tTip = paramAtDistanceFromEnd(source, control, target, targetRadius);
  const tBase = paramAtDistanceFromEnd(source, control, target, targetRadius + look.headLength);
  const tip = bezier(source, control, target, tTip);
  const base = bezier(source, control, target, tBase);
  // The curve from 0 to tBase is itself quadratic, with its control point on the first leg.
  return { start: source, control: lerp(source, control, tBase), end: base, head: headTriangle(tip, base, look.headWidth) };
}

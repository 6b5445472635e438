// Placing actors added to a laid-out graph: a start for the force layout near their neighbours,
// and the map from force-layout units to the screen units the existing actors are drawn in.
import { ITEMS_PER_STEP, runToEnd } from '../stepwise';

export interface Point {
  x: number;
  y: number;
}

/** Per-axis scale and offset: screen = scale * force + offset. */
export interface AxisMap {
  scaleX: number;
  offsetX: number;
  scaleY: number;
  offsetY: number;
}

function fitAxis(pairs: readonly [number, number][]): [number, number] {
  const n = pairs.length;
  const meanF = pairs.reduce((s, [f]) => s + f, 0) / n;
  const meanS = pairs.reduce((s, [, v]) => s + v, 0) / n;
  let cov = 0;
  let varF = 0;
  for (const [f, v] of pairs) {
    cov += (f - meanF) * (v - meanS);
    varF += (f - meanF) ** 2;
  }
  const scale = varF > 1e-12 && cov > 0 ? cov / varF : 1;
  return [scale, meanS - scale * meanF];
}

/**
 * Least-squares map from the force layout's coordinates to the screen arrangement, fitted on the
 * actors that have both (the screen arrangement scales each axis, then nudges actors apart).
 */
export function fitForceToScreen(force: ReadonlyMap<string, Point>, screen: ReadonlyMap<string, Point>): AxisMap {
  const both = [...force.keys()].filter((k) => screen.has(k));
  if (both.length === 0) return { scaleX: 1, offsetX: 0, scaleY: 1, offsetY: 0 };
  const [scaleX, offsetX] = fitAxis(both.map((k) => [force.get(k)!.x, screen.get(k)!.x]));
  const [scaleY, offsetY] = fitAxis(both.map((k) => [force.get(k)!.y, screen.get(k)!.y]));
  return { scaleX, offsetX, scaleY, offsetY };
}

export function mapPoint(m: AxisMap, p: Point): Point {
  return { x: m.scaleX * p.x + m.offsetX, y: m.scaleY * p.y + m.offsetY };
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Start positions (force units) for `added` actors given the `placed` ones: each goes one typical
 * edge length from the centre of its placed neighbours, in turn as neighbours get placed; actors
 * with no path to a placed one go on a disc beside the existing layout. Deterministic.
 */
export function placeAddedNodes(
  added: readonly string[],
  placed: ReadonlyMap<string, Point>,
  neighbours: (node: string) => readonly string[],
  edgeLength: number,
): Map<string, Point> {
  return runToEnd(placeAddedNodeSteps(added, placed, neighbours, edgeLength));
}

/** placeAddedNodes in steps: it pauses (yields) every ITEMS_PER_STEP actors looked at. */
export function* placeAddedNodeSteps(
  added: readonly string[],
  placed: ReadonlyMap<string, Point>,
  neighbours: (node: string) => readonly string[],
  edgeLength: number,
): Generator<void, Map<string, Point>> {
  let looked = 0;
  const at = new Map(placed);
  const result = new Map<string, Point>();
  let pending = [...added];
  let turn = 0;
  for (let progress = true; progress && pending.length > 0; ) {
    progress = false;
    const still: string[] = [];
    for (const node of pending) {
      if (++looked % ITEMS_PER_STEP === 0) yield;
      const known = neighbours(node)
        .map((n) => at.get(n))
        .filter((p): p is Point => p !== undefined);
      if (known.length === 0) {
        still.push(node);
        continue;
      }
      const cx = known.reduce((s, p) => s + p.x, 0) / known.length;
      const cy = known.reduce((s, p) => s + p.y, 0) / known.length;
      const angle = GOLDEN_ANGLE * turn++;
      const p = { x: cx + edgeLength * Math.cos(angle), y: cy + edgeLength * Math.sin(angle) };
      at.set(node, p);
      result.set(node, p);
      progress = true;
    }
    pending = still;
  }
  if (pending.length > 0) {
    let maxX = 0;
    let cy = 0;
    if (placed.size > 0) {
      maxX = Math.max(...[...placed.values()].map((p) => p.x));
      cy = [...placed.values()].reduce((s, p) => s + p.y, 0) / placed.size;
    }
    const radius = edgeLength * Math.sqrt(pending.length);
    const cx = maxX + radius + 2 * edgeLength;
    pending.forEach((node, i) => {
      const r = radius * Math.sqrt((i + 0.5) / pending.length);
      const angle = GOLDEN_ANGLE * i;
      result.set(node, { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) });
    });
  }
  return result;
}

/** Median length of the edges whose both ends are placed; 1 when there is none. */
export function typicalEdgeLength(placed: ReadonlyMap<string, Point>, edges: Iterable<[string, string]>): number {
  const lengths: number[] = [];
  for (const [s, t] of edges) {
    const a = placed.get(s);
    const b = placed.get(t);
    if (a && b && s !== t) lengths.push(Math.hypot(a.x - b.x, a.y - b.y));
  }
  if (lengths.length === 0) return 1;
  lengths.sort((x, y) => x - y);
  return lengths[Math.floor(lengths.length / 2)]! || 1;
}

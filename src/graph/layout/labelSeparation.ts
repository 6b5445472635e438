import { footprintReach, type PlacedNode } from './placedNode';

const GAP_PX = 6;
const MAX_ROUNDS = 300;

/** The nodes' positions and footprint reaches in flat arrays, so a round allocates nothing. */
interface Packed {
  xs: Float64Array;
  ys: Float64Array;
  size: Float64Array;
  labelRoom: Float64Array;
  half: Float64Array;
  fixed: Uint8Array;
  /** Indices of the nodes that may move, ascending. */
  movable: Int32Array;
}

function pack(nodes: readonly PlacedNode[], fixed?: ReadonlySet<string>): Packed {
  const n = nodes.length;
  const packed: Packed = {
    xs: new Float64Array(n),
    ys: new Float64Array(n),
    size: new Float64Array(n),
    labelRoom: new Float64Array(n),
    half: new Float64Array(n),
    fixed: new Uint8Array(n),
    movable: new Int32Array(0),
  };
  const movable: number[] = [];
  nodes.forEach((node, i) => {
    const reach = footprintReach(node);
    packed.xs[i] = node.x;
    packed.ys[i] = node.y;
    packed.size[i] = reach.size;
    packed.labelRoom[i] = reach.labelRoom;
    packed.half[i] = reach.half;
    packed.fixed[i] = fixed?.has(node.key) ? 1 : 0;
    if (!packed.fixed[i]) movable.push(i);
  });
  packed.movable = Int32Array.from(movable);
  return packed;
}

/** Pushes nodes `i` and `j` apart if their footprints (plus the gap) overlap; true if they did. */
function separatePair(p: Packed, i: number, j: number, sideways: number): boolean {
  const { xs, ys, size, labelRoom, half } = p;
  const aMinX = xs[i]! - size[i]!;
  const aMaxX = xs[i]! + size[i]! + labelRoom[i]!;
  const bMinX = xs[j]! - size[j]!;
  const bMaxX = xs[j]! + size[j]! + labelRoom[j]!;
  const overlapX = Math.min(aMaxX, bMaxX) - Math.max(aMinX, bMinX) + GAP_PX;
  if (overlapX <= 0) return false;
  const aMinY = ys[i]! - half[i]!;
  const aMaxY = ys[i]! + half[i]!;
  const bMinY = ys[j]! - half[j]!;
  const bMaxY = ys[j]! + half[j]!;
  const overlapY = Math.min(aMaxY, bMaxY) - Math.max(aMinY, bMinY) + GAP_PX;
  if (overlapY <= 0) return false;
  // Share of the step each node takes.
  const shareA = p.fixed[i] ? 0 : p.fixed[j] ? 2 : 1;
  const shareB = 2 - shareA;
  // Compare overlaps relative to the boxes' sizes, so wide labels are not always
  // stacked vertically (which makes tall, narrow layouts on wide screens).
  const relativeX = (sideways * overlapX) / (aMaxX - aMinX + bMaxX - bMinX);
  const relativeY = overlapY / (aMaxY - aMinY + bMaxY - bMinY);
  if (relativeX < relativeY) {
    const dir = (aMinX + aMaxX) / 2 <= (bMinX + bMaxX) / 2 ? -1 : 1;
    xs[i] = xs[i]! + (shareA * dir * overlapX) / 2;
    xs[j] = xs[j]! - (shareB * dir * overlapX) / 2;
  } else {
    const dir = ys[i]! <= ys[j]! ? -1 : 1;
    ys[i] = ys[i]! + (shareA * dir * overlapY) / 2;
    ys[j] = ys[j]! - (shareB * dir * overlapY) / 2;
  }
  return true;
}

/** One pass over every pair in order (i < j), skipping pairs of two fixed nodes; true if any moved. */
function separationRound(p: Packed, sideways: number): boolean {
  const n = p.xs.length;
  const { movable, fixed } = p;
  let moved = false;
  // First movable index above i, for a fixed i (whose partners must move to count).
  let next = 0;
  for (let i = 0; i < n; i++) {
    while (next < movable.length && movable[next]! <= i) next += 1;
    if (fixed[i]) {
      for (let k = next; k < movable.length; k++) if (separatePair(p, i, movable[k]!, sideways)) moved = true;
    } else {
      for (let j = i + 1; j < n; j++) if (separatePair(p, i, j, sideways)) moved = true;
    }
  }
  return moved;
}

/**
 * Pushes apart nodes whose disc-plus-label footprints overlap, along the axis of least
 * relative overlap. Deterministic; O(n²) per round (pairs of two fixed nodes skipped),
 * meant for graphs small enough to show every label. Nodes in `fixed` do not move: the other
 * node of an overlapping pair takes the whole step. `sideways` above 1 makes pushing sideways
 * dearer than pushing up or down (for a stage with more room in height), below 1 cheaper.
 */
export function separateFootprints(nodes: PlacedNode[], fixed?: ReadonlySet<string>, sideways = 1): void {
  const steps = separateFootprintsSteps(nodes, fixed, sideways);
  while (!steps.next().done);
}

/**
 * separateFootprints in steps: pauses (yields) after each round, so a caller can let the page
 * answer in between. `nodes` get their new positions only when it returns.
 */
export function* separateFootprintsSteps(nodes: PlacedNode[], fixed?: ReadonlySet<string>, sideways = 1): Generator<void, void> {
  const packed = pack(nodes, fixed);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (!separationRound(packed, sideways)) break;
    yield;
  }
  nodes.forEach((node, i) => {
    node.x = packed.xs[i]!;
    node.y = packed.ys[i]!;
  });
}

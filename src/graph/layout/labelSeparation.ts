import { footprint, type PlacedNode } from './placedNode';

const GAP_PX = 6;
const MAX_ROUNDS = 300;

/**
 * Pushes apart nodes whose disc-plus-label footprints overlap, along the axis of least
 * relative overlap. Deterministic; O(n²) per round,
 * meant for graphs small enough to show every label. Nodes in `fixed` do not move: the other
 * node of an overlapping pair takes the whole step. `sideways` above 1 makes pushing sideways
 * dearer than pushing up or down (for a stage with more room in height), below 1 cheaper.
 */
export function separateFootprints(nodes: PlacedNode[], fixed?: ReadonlySet<string>, sideways = 1): void {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        const aFixed = fixed?.has(a.key) ?? false;
        const bFixed = fixed?.has(b.key) ?? false;
        if (aFixed && bFixed) continue;
        // Share of the step each node takes.
        const shareA = aFixed ? 0 : bFixed ? 2 : 1;
        const shareB = 2 - shareA;
        const fa = footprint(a);
        const fb = footprint(b);
        const overlapX = Math.min(fa.maxX, fb.maxX) - Math.max(fa.minX, fb.minX) + GAP_PX;
        const overlapY = Math.min(fa.maxY, fb.maxY) - Math.max(fa.minY, fb.minY) + GAP_PX;
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        // Compare overlaps relative to the boxes' sizes, so wide labels are not always
        // stacked vertically (which makes tall, narrow layouts on wide screens).
        const relativeX = (sideways * overlapX) / (fa.maxX - fa.minX + fb.maxX - fb.minX);
        const relativeY = overlapY / (fa.maxY - fa.minY + fb.maxY - fb.minY);
        if (relativeX < relativeY) {
          const dir = (fa.minX + fa.maxX) / 2 <= (fb.minX + fb.maxX) / 2 ? -1 : 1;
          a.x += (shareA * dir * overlapX) / 2;
          b.x -= (shareB * dir * overlapX) / 2;
        } else {
          const dir = a.y < b.y || (a.y === b.y && i < j) ? -1 : 1;
          a.y += (shareA * dir * overlapY) / 2;
          b.y -= (shareB * dir * overlapY) / 2;
        }
      }
    }
    if (!moved) return;
  }
}

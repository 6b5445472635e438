// Maximum bipartite matching (augmenting paths): each left item gets at most one right item and
// each right item at most one left item, as many pairs as possible.

/**
 * `edges[l]` lists the right items left item `l` may pair with, best first. Returns, for each left
 * item, its right item or -1. Right items already taken in `blocked` are never used.
 */
export function maximumMatching(edges: readonly number[][], rightCount: number, blocked: ReadonlySet<number> = new Set()): number[] {
  const rightOwner = new Array<number>(rightCount).fill(-1);
  const leftMatch = new Array<number>(edges.length).fill(-1);
  const tryAugment = (l: number, seen: Uint8Array): boolean => {
    for (const r of edges[l]!) {
      if (seen[r] || blocked.has(r)) continue;
      seen[r] = 1;
      if (rightOwner[r] === -1 || tryAugment(rightOwner[r]!, seen)) {
        rightOwner[r] = l;
        leftMatch[l] = r;
        return true;
      }
    }
    return false;
  };
  for (let l = 0; l < edges.length; l++) if (edges[l]!.length) tryAugment(l, new Uint8Array(rightCount));
  return leftMatch;
}

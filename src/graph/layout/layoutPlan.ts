/**
 * How long and how the force layout runs for a graph of a given size. Barnes-Hut trades
 * exactness for O(n log n) repulsion; measured in bench/layout.ts, it pays off from about
 * BARNES_HUT_MIN_ORDER connected actors.
 */
export interface LayoutPlan {
  barnesHutOptimize: boolean;
  maxIterations: number;
  maxMilliseconds: number;
  /** Never call the layout converged before this many iterations. */
  minIterations: number;
  /** Converged once actors move less than this share of the layout's extent per iteration, on average. */
  settleDisplacement: number;
}

export const BARNES_HUT_MIN_ORDER = 1000;

const MAX_ITERATIONS = 600;
/** Large graphs may stop early once converged; small ones run their full (cheap) iterations, as before. */
const MIN_ITERATIONS_LARGE = 60;
const MIN_MILLISECONDS = 4000;
const MAX_MILLISECONDS = 15_000;
/** About what one Barnes-Hut iteration costs per actor on a modest laptop core, with room to converge. */
const MILLISECONDS_PER_ACTOR = 1.5;
const SETTLE_DISPLACEMENT = 0.001;

export function planLayout(order: number): LayoutPlan {
  return {
    barnesHutOptimize: order >= BARNES_HUT_MIN_ORDER,
    maxIterations: MAX_ITERATIONS,
    maxMilliseconds: Math.min(Math.max(order * MILLISECONDS_PER_ACTOR, MIN_MILLISECONDS), MAX_MILLISECONDS),
    minIterations: order >= BARNES_HUT_MIN_ORDER ? MIN_ITERATIONS_LARGE : MAX_ITERATIONS,
    settleDisplacement: SETTLE_DISPLACEMENT,
  };
}

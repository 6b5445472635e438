/** Curvature of a single curved line (what @sigma/edge-curve draws by default). */
export const BASE_EDGE_CURVATURE = 0.25;

/**
 * Curvature for the index-th of maxIndex parallel edges: spreads them symmetrically,
 * growing sub-linearly so a bundle of many edges stays compact.
 */
export function parallelCurvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -parallelCurvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * BASE_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

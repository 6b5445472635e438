import type { ViewGraph } from './viewTypes';

/**
 * Deterministic start for the force layout: connected actors on a circle, best connected
 * first; actors without relations at the centre (the layout shelves them separately).
 */
export function placeOnCircle(graph: ViewGraph): void {
  const connected = graph
    .nodes()
    .filter((n) => graph.degree(n) > 0)
    .sort((a, b) => graph.degree(b) - graph.degree(a) || a.localeCompare(b));
  const radius = 10 * Math.sqrt(Math.max(connected.length, 1));
  const index = new Map(connected.map((n, i) => [n, i]));
  graph.updateEachNodeAttributes((node, attrs) => {
    const i = index.get(node);
    if (i === undefined) return { ...attrs, x: 0, y: 0 };
    const angle = (2 * Math.PI * i) / connected.length;
    return { ...attrs, x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
}

import type { DramatisGraph } from './buildGraph';
import type { EdgeAttributes, NodeAttributes } from '../domain/contract';
import { dayNumber, eventSpan } from './eventTime';
import { LIST_FACETS, perFacet, type ListFacetId } from './facetRegistry';
import type { FilterState } from './filterState';
import { isUnfiltered, listOf } from './filterState';

export interface Visibility {
  edges: ReadonlySet<string>;
  nodes: ReadonlySet<string>;
  /** Per facet, how many events would show if that facet alone were lifted ("counts update with the other filters"). */
  counts: Record<ListFacetId, ReadonlyMap<string, number>>;
  /** Edges on the highlighted shortest path, if any. */
  pathEdges: ReadonlySet<string>;
  pathNodes: ReadonlySet<string>;
}

type Facet = 'time' | 'confidence' | 'focus' | ListFacetId;

/** Actors within `hops` of `focus`, ignoring direction. */
function egoNodes(graph: DramatisGraph, focus: string, hops: number): Set<string> {
  const seen = new Set<string>([focus]);
  let frontier = [focus];
  for (let h = 0; h < hops; h++) {
    const next: string[] = [];
    for (const n of frontier) for (const m of graph.neighbors(n)) if (!seen.has(m)) (seen.add(m), next.push(m));
    frontier = next;
  }
  return seen;
}

/** Unweighted shortest path between two actors over the given edges, ignoring direction. */
export function shortestPath(graph: DramatisGraph, from: string, to: string, usable: (edge: string) => boolean): string[] | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const previous = new Map<string, { node: string; edge: string } | null>([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const n = queue.shift()!;
    if (n === to) break;
    graph.forEachEdge(n, (edge, _a, source, target) => {
      if (!usable(edge)) return;
      const m = source === n ? target : source;
      if (previous.has(m)) return;
      previous.set(m, { node: n, edge });
      queue.push(m);
    });
  }
  if (!previous.has(to)) return null;
  const edges: string[] = [];
  for (let step = previous.get(to); step; step = previous.get(step.node)) edges.unshift(step.edge);
  return edges;
}

/**
 * Which relations and actors pass the filters. An actor shows when one of its relations shows, or
 * when it is pinned; with no filter at all every actor shows, relations or not.
 */
export function computeVisibility(graph: DramatisGraph, f: FilterState): Visibility {
  const fromDay = f.from ? dayNumber(f.from) : -Infinity;
  const toDay = f.to ? dayNumber(f.to) : Infinity;
  const ego = f.focus && graph.hasNode(f.focus) ? egoNodes(graph, f.focus, f.hops) : null;
  const lists = LIST_FACETS.map((d) => {
    const allowed = listOf(f, d.key);
    return { d, allowed: allowed === null ? null : new Set<string>(allowed) };
  });

  const fails = (a: EdgeAttributes, s: NodeAttributes, t: NodeAttributes, sKey: string, tKey: string): Facet[] => {
    const out: Facet[] = [];
    if (a.datePrecision === 'document' && !f.includeDocumentDated) out.push('time');
    else if (f.from || f.to) {
      // An event shows when its span (a day, "January 11-12", a whole month or year) touches the
      // window; one the window holds only part of is "partly in the window" (windowCoverage).
      const [first, last] = eventSpan(a);
      if (last < fromDay || first > toDay) out.push('time');
    }
    for (const { d, allowed } of lists) {
      if (!allowed) continue;
      let passes = true;
      d.values(a, s, t, (v: string) => (passes &&= allowed.has(v)));
      if (!passes) out.push(d.id);
    }
    if (a.confidence < f.minConfidence) out.push('confidence');
    if (ego && !(ego.has(sKey) && ego.has(tKey))) out.push('focus');
    return out;
  };

  const edges = new Set<string>();
  const nodes = new Set<string>(f.pinned.filter((n) => graph.hasNode(n)));
  const counts = perFacet(() => new Map<string, number>());

  graph.forEachEdge((edge, a, source, target, s, t) => {
    const failed = fails(a, s, t, source, target);
    if (failed.length === 0) {
      edges.add(edge);
      nodes.add(source);
      nodes.add(target);
    }
    const only = (facet: Facet) => failed.length === 0 || (failed.length === 1 && failed[0] === facet);
    for (const d of LIST_FACETS) {
      if (!only(d.id)) continue;
      const m = counts[d.id];
      d.values(a, s, t, (v: string) => m.set(v, (m.get(v) ?? 0) + 1));
    }
  });
  if (isUnfiltered(f)) graph.forEachNode((n) => nodes.add(n));

  let pathEdges = new Set<string>();
  const pathNodes = new Set<string>();
  if (f.path) {
    const found = shortestPath(graph, f.path[0], f.path[1], (e) => edges.has(e));
    if (found) {
      pathEdges = new Set(found);
      for (const e of found) for (const n of graph.extremities(e)) pathNodes.add(n);
    }
  }
  return { edges, nodes, counts, pathEdges, pathNodes };
}

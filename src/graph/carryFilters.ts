import type { DramatisGraph } from './buildGraph';
import { LIST_FACETS, perFacetKey, type FacetLists, type ListFacet } from './facetRegistry';
import { listOf, type FilterState } from './filterState';

/** The values each list facet takes in one graph (a facet with a fixed vocabulary: all of it). */
export type FacetUniverse = Record<ListFacet, ReadonlySet<string>>;

// A shown graph does not change (edits and imports make a new one): its universe is kept with it.
const universes = new WeakMap<DramatisGraph, FacetUniverse>();

export function facetUniverse(graph: DramatisGraph): FacetUniverse {
  let universe = universes.get(graph);
  if (!universe) universes.set(graph, (universe = perFacetKey<ReadonlySet<string>>((d) => new Set<string>(d.universe(graph)))));
  return universe;
}

/**
 * A list facet across a graph change: values that left the graph go, values the graph did not
 * have before come in ticked (the user never unticked them), and a list that now allows
 * everything, or lost every value it allowed, lifts its restriction.
 */
function carryList<T extends string>(list: T[] | null, before: ReadonlySet<string>, after: ReadonlySet<string>): T[] | null {
  if (list === null) return null;
  const kept = list.filter((v) => after.has(v));
  if (list.length > 0 && kept.length === 0) return null;
  const added = [...after].filter((v) => !before.has(v) && !kept.includes(v as T)) as T[];
  const next = [...kept, ...added];
  return next.length >= after.size && [...after].every((v) => next.includes(v as T)) ? null : next;
}

/**
 * The filters after the graph changed under them (a source imported or removed): what still
 * exists stays as the user set it; actors, documents and relations that are gone drop out.
 * Returns the same object when nothing had to change.
 */
export function carryFiltersOver(f: FilterState, before: FacetUniverse, after: FacetUniverse, hasNode: (id: string) => boolean): FilterState {
  const lists = perFacetKey((d) => carryList<string>(listOf(f, d.key), before[d.key], after[d.key])) as FacetLists;
  const next: FilterState = {
    ...f,
    ...lists,
    focus: f.focus !== null && hasNode(f.focus) ? f.focus : null,
    pinned: f.pinned.filter(hasNode),
    path: f.path && hasNode(f.path[0]) && hasNode(f.path[1]) ? f.path : null,
  };
  if (next.focus === null && f.focus !== null) next.hops = 1;
  const kept = (g: FilterState) => [...LIST_FACETS.map((d) => listOf(g, d.key)), g.focus, g.hops, g.pinned, g.path];
  const same = JSON.stringify(kept(next)) === JSON.stringify(kept(f));
  return same ? f : next;
}

import type { DramatisGraph } from './buildGraph';
import type { ActorKind } from '../domain/contract';
import type { FilterState } from './filterState';

/** The values the graph-dependent list facets can take: what is present in one graph. */
export interface FacetUniverse {
  relations: ReadonlySet<string>;
  kinds: ReadonlySet<string>;
  docs: ReadonlySet<string>;
}

export function facetUniverse(graph: DramatisGraph): FacetUniverse {
  const relations = new Set<string>();
  const kinds = new Set<string>();
  graph.forEachEdge((_e, a) => relations.add(a.relation));
  graph.forEachNode((_n, a) => kinds.add(a.kind));
  return { relations, kinds, docs: new Set(graph.getAttribute('documents').map((d) => d.id)) };
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
  const next: FilterState = {
    ...f,
    relations: carryList(f.relations, before.relations, after.relations),
    kinds: carryList<ActorKind>(f.kinds, before.kinds, after.kinds),
    docs: carryList(f.docs, before.docs, after.docs),
    focus: f.focus !== null && hasNode(f.focus) ? f.focus : null,
    pinned: f.pinned.filter(hasNode),
    path: f.path && hasNode(f.path[0]) && hasNode(f.path[1]) ? f.path : null,
  };
  if (next.focus === null && f.focus !== null) next.hops = 1;
  const same =
    JSON.stringify([next.relations, next.kinds, next.docs, next.focus, next.hops, next.pinned, next.path]) ===
    JSON.stringify([f.relations, f.kinds, f.docs, f.focus, f.hops, f.pinned, f.path]);
  return same ? f : next;
}

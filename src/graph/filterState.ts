import { LIST_FACETS, unrestrictedLists, type FacetLists } from './facetRegistry';

/**
 * Everything that decides which relations are shown: plain data, so it can live in the URL and in
 * storage. Each list facet of the registry (relations, kinds, docs, modalities, speakers, …) is a
 * field; `null` for a list means "no restriction".
 */
export interface FilterState extends FacetLists {
  /** Inclusive ISO days of the time window; null = open. */
  from: string | null;
  to: string | null;
  minConfidence: number;
  /** Events dated only by their document's date (no date in their clause). */
  includeDocumentDated: boolean;
  /** Ego network: an actor and its neighbours up to `hops` away. */
  focus: string | null;
  hops: 1 | 2;
  /** Actors kept on screen even with no visible relation. */
  pinned: string[];
  /** Highlight the shortest path between two actors. */
  path: [string, string] | null;
}

export const DEFAULT_FILTERS: FilterState = {
  from: null,
  to: null,
  ...unrestrictedLists(),
  minConfidence: 0,
  includeDocumentDated: true,
  focus: null,
  hops: 1,
  pinned: [],
  path: null,
};

/** True when nothing is filtered out (the path highlight and pins do not filter). */
export function isUnfiltered(f: FilterState): boolean {
  return (
    f.from === null &&
    f.to === null &&
    LIST_FACETS.every((d) => listOf(f, d.key) === null) &&
    f.minConfidence <= 0 &&
    f.includeDocumentDated &&
    f.focus === null
  );
}

/** Toggle `value` in a list filter whose full set is `all`; back to null when everything is on. */
export function toggleIn<T>(current: T[] | null, value: T, all: readonly T[]): T[] | null {
  const set = new Set(current ?? all);
  if (set.has(value)) set.delete(value);
  else set.add(value);
  const next = all.filter((v) => set.has(v));
  return next.length === all.length ? null : next;
}

/** A list facet's allowed values; a state written before the facet existed has none, meaning no restriction. */
export function listOf<K extends keyof FacetLists>(f: FilterState, key: K): FacetLists[K] {
  return f[key] ?? null;
}

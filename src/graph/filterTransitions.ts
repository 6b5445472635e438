import type { Modality } from '../domain/contract';
import { LIST_FACETS, type FacetValue, type ListFacet } from './facetRegistry';
import { DEFAULT_FILTERS, isUnfiltered, listOf, toggleIn, type FilterState } from './filterState';

export type { FacetValue, ListFacet } from './facetRegistry';

/**
 * Pure transitions for `updateFilters`: each returns a function from one filter state to the next,
 * never mutating its input. List facets keep the FilterState convention that `null` means "no
 * restriction", and fall back to `null` whenever every value of the facet's universe is on.
 */
export type FilterTransition = (f: FilterState) => FilterState;

/** Modalities a reader usually wants out of the way: things that did not (or not yet) happen. */
export const UNREALISED_MODALITIES: readonly Modality[] = ['hypothetical', 'negated'];

/** Tick or untick one value of a facet whose full set is `all`. */
export function toggleFacet<K extends ListFacet>(facet: K, value: FacetValue<K>, all: readonly FacetValue<K>[]): FilterTransition {
  return (f) => ({ ...f, [facet]: toggleIn<FacetValue<K>>(listOf(f, facet) as FacetValue<K>[] | null, value, all) });
}

/**
 * Keep only `value` (the "only" quick action). Asking again when it already is the only one brings
 * every value back; with a one-value universe there is nothing to restrict.
 */
export function onlyInFacet<K extends ListFacet>(facet: K, value: FacetValue<K>, all: readonly FacetValue<K>[]): FilterTransition {
  return (f) => {
    const current = listOf(f, facet) as FacetValue<K>[] | null;
    const already = current !== null && current.length === 1 && current[0] === value;
    return { ...f, [facet]: already || (all.length === 1 && all[0] === value) ? null : [value] };
  };
}

/** Lift a facet's restriction (the "all" quick action). */
export function clearFacet(facet: ListFacet): FilterTransition {
  return (f) => (listOf(f, facet) === null ? f : { ...f, [facet]: null });
}

/** True when `value` passes the facet (an unrestricted facet passes everything). */
export function facetIncludes<K extends ListFacet>(f: FilterState, facet: K, value: FacetValue<K>): boolean {
  const list = listOf(f, facet) as FacetValue<K>[] | null;
  return list === null || list.includes(value);
}

/** Hide (or show again) a group of modalities at once, e.g. hypothetical and negated relations. */
export function setModalitiesShown(modalities: readonly Modality[], shown: boolean, all: readonly Modality[]): FilterTransition {
  return (f) => {
    const on = new Set(f.modalities ?? all);
    for (const m of modalities) {
      if (shown) on.add(m);
      else on.delete(m);
    }
    const next = all.filter((m) => on.has(m));
    return { ...f, modalities: next.length === all.length ? null : next };
  };
}

/** Relations below this confidence are hidden; the value is clamped to [0, 1] and kept to two decimals. */
export function setMinConfidence(value: number): FilterTransition {
  const clamped = Number.isFinite(value) ? Math.min(1, Math.max(0, Math.round(value * 100) / 100)) : 0;
  return (f) => (f.minConfidence === clamped ? f : { ...f, minConfidence: clamped });
}

/** Show only an actor's ego network, `hops` steps out. */
export function focusOn(actor: string, hops: 1 | 2): FilterTransition {
  return (f) => ({ ...f, focus: actor, hops });
}

export function clearFocus(): FilterTransition {
  return (f) => (f.focus === null ? f : { ...f, focus: null, hops: DEFAULT_FILTERS.hops });
}

/** Keep an actor on screen even when none of its relations shows; a second call unpins it. */
export function togglePin(actor: string): FilterTransition {
  return (f) => ({ ...f, pinned: f.pinned.includes(actor) ? f.pinned.filter((n) => n !== actor) : [...f.pinned, actor] });
}

export function unpinAll(): FilterTransition {
  return (f) => (f.pinned.length === 0 ? f : { ...f, pinned: [] });
}

/** Highlight the shortest path between two different actors; the same actor twice clears it. */
export function showPath(from: string, to: string): FilterTransition {
  return (f) => ({ ...f, path: from === to ? null : [from, to] });
}

export function clearPath(): FilterTransition {
  return (f) => (f.path === null ? f : { ...f, path: null });
}

/** True when the state is exactly the default one (nothing to reset). */
export function isDefaultFilters(f: FilterState): boolean {
  return isUnfiltered(f) && f.minConfidence === DEFAULT_FILTERS.minConfidence && f.hops === DEFAULT_FILTERS.hops && f.pinned.length === 0 && f.path === null;
}

/** How many filters restrict what is shown (for a badge): each list facet, time, confidence, focus. */
export function activeFilterCount(f: FilterState): number {
  let n = LIST_FACETS.filter((d) => listOf(f, d.key) !== null).length;
  if (f.minConfidence > 0) n++;
  if (f.from !== null || f.to !== null || !f.includeDocumentDated) n++;
  if (f.focus !== null) n++;
  return n;
}

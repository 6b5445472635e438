import type { ActorKind, Modality } from '../domain/contract';

/**
 * Everything that decides which relations are shown: plain data, so it can live in the URL and in
 * storage. `null` for a list means "no restriction".
 */
export interface FilterState {
  /** Inclusive ISO days of the time window; null = open. */
  from: string | null;
  to: string | null;
  relations: string[] | null;
  kinds: ActorKind[] | null;
  docs: string[] | null;
  modalities: Modality[] | null;
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
  relations: null,
  kinds: null,
  docs: null,
  modalities: null,
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
    f.relations === null &&
    f.kinds === null &&
    f.docs === null &&
    f.modalities === null &&
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

// The registry of what the workspace keeps across reloads. Each store that wants its state kept
// registers a part; the persistence effect (IndexedDB) saves and restores every registered part.

/** One piece of the workspace kept in IndexedDB: curation edits, stories, settings… */
export interface PersistedPart<T = unknown> {
  /** Stable name the value is stored under; renaming it needs a migration. */
  key: string;
  /** The part's current value as plain JSON (structured-cloneable, no class instances). */
  snapshot(): T;
  /** Puts a stored value back, already migrated to the current schema. */
  restore(value: T): void;
  /** Calls `changed` whenever the value may have changed; returns the unsubscribe function. */
  subscribe(changed: () => void): () => void;
}

const parts = new Map<string, PersistedPart>();

/** Registers a part (again under the same key replaces it). */
export function registerPersistedPart<T>(part: PersistedPart<T>): void {
  parts.set(part.key, part as PersistedPart);
}

/** Every registered part, in registration order. */
export function persistedParts(): PersistedPart[] {
  return [...parts.values()];
}

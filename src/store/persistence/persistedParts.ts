// The registry of what the workspace keeps across reloads. Each store that wants its state kept
// has a part, registered at start-up (src/app/startApp.ts); the persistence effect (IndexedDB) saves and restores every registered part.

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
  /**
   * When this tab and another both changed the part since this tab last saved: the value to keep,
   * from the stored one, this tab's, and what both started from (undefined when nothing was stored).
   * Without it, this tab's value wins.
   */
  merge?(stored: T, mine: T, base: T | undefined): T;
  /** A value of this tab alone (the view): never taken over from another tab's save. */
  perTab?: boolean;
}

const parts = new Map<string, PersistedPart>();

/** Registers a part (again under the same key replaces it); returns the undo. */
export function registerPersistedPart<T>(part: PersistedPart<T>): () => void {
  parts.set(part.key, part as PersistedPart);
  return () => {
    if (parts.get(part.key) === part) parts.delete(part.key);
  };
}

/** Every registered part, in registration order. */
export function persistedParts(): PersistedPart[] {
  return [...parts.values()];
}

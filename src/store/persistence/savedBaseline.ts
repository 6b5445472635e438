// What this tab knows to be stored: the baseline a save compares the workspace with, so only what
// was added, changed or removed is written, and what a landed save moves it to.
import { CORPUS_SOURCE_ID, type SessionSource } from '../sourceList';
import type { WorkspaceWrite } from './db';
import type { PersistedPart } from './persistedParts';
import { forgetStoredGraph } from './storedGraph';
import { toSourceRow } from './sourceRow';
import type { StoredState } from './workspaceSaver';

export interface SavedBaseline {
  /** Stored sources by id, as the session objects this tab wrote or read. */
  readonly sources: Map<string, SessionSource>;
  importCount: number;
  /** Each part's stored value as JSON: re-applying the same value writes nothing. */
  readonly parts: Map<string, string>;
  /** The stored revision this tab last read or wrote. */
  revision: number;
}

/** The sources list as the sources store holds it. */
export interface SourcesNow {
  sources: readonly SessionSource[];
  importCount: number;
}

export function baselineFrom(stored: StoredState): SavedBaseline {
  return {
    sources: new Map(stored.sources.map((s) => [s.id, s])),
    importCount: stored.importCount,
    // A second tab that only opens re-applies the stored values: it never makes the first one's saves conflict.
    parts: new Map(Object.entries(stored.parts).map(([key, value]) => [key, JSON.stringify(value)])),
    revision: stored.revision,
  };
}

/** The sources a workspace stores: everything but the built-in corpus. */
export function storedKindOf(sources: readonly SessionSource[]): SessionSource[] {
  return sources.filter((s) => s.id !== CORPUS_SOURCE_ID && s.format !== 'corpus');
}

/**
 * What differs from the baseline: sources (when `withSources`) added, changed or removed and the
 * counter, and those of `partKeys` whose value changed.
 */
export function collectWrite(saved: SavedBaseline, list: SourcesNow, parts: readonly PersistedPart[], withSources: boolean, partKeys: ReadonlySet<string>): WorkspaceWrite {
  const write: WorkspaceWrite = { putSources: [], deleteSources: [], importCount: null, parts: [] };
  if (withSources) {
    const added = storedKindOf(list.sources);
    const current = new Set(added.map((s) => s.id));
    added.forEach((s, i) => {
      if (saved.sources.get(s.id) !== s) write.putSources.push(toSourceRow(s, i + 1));
    });
    for (const id of saved.sources.keys()) if (!current.has(id)) write.deleteSources.push(id);
    if (list.importCount !== saved.importCount) write.importCount = list.importCount;
  }
  for (const part of parts) {
    if (!partKeys.has(part.key)) continue;
    const value = part.snapshot();
    if (saved.parts.get(part.key) !== JSON.stringify(value)) write.parts.push({ key: part.key, value });
  }
  return write;
}

/** Whether a write holds nothing to store. */
export function writesNothing(write: WorkspaceWrite): boolean {
  return write.putSources.length + write.deleteSources.length + write.parts.length === 0 && write.importCount === null;
}

/** The baseline after `write` landed; `sources`: the session's sources as they were when it was collected. */
export function recordLanded(saved: SavedBaseline, write: WorkspaceWrite, sources: readonly SessionSource[]): void {
  for (const id of write.deleteSources) saved.sources.delete(id);
  for (const s of sources) {
    if (!write.putSources.some((r) => r.id === s.id)) continue;
    saved.sources.set(s.id, s);
    forgetStoredGraph(s.graph);
  }
  if (write.importCount !== null) saved.importCount = write.importCount;
  for (const row of write.parts) saved.parts.set(row.key, JSON.stringify(row.value));
}

// Start-up: the seed corpus is fetched while the kept workspace is read; the registered parts are
// put back first (so curation edits apply to the first graph), then the corpus and the kept sources
// are shown as one graph, once.
import type { DexieOptions } from 'dexie';
import { useAppStore } from '../appStore';
import type { DramatisGraph } from '../../graph/buildGraph';
import { CORPUS_LABEL } from '../loadGraph';
import type { SessionSource } from '../sourceList';
import { useSourcesStore } from '../sourcesStore';
import { APP_VERSION, openWorkspace, type OpenedWorkspace, type WorkspaceDb } from './db';
import { legacyStoriesInMemory, moveLegacyStories, type KeyValueStorage } from './legacyStories';
import { persistedParts } from './persistedParts';
import { fromSourceRecord, WORKSPACE_SCHEMA_VERSION, type WorkspaceContent } from './workspaceRecord';
import { markWorkspace, RESTORE_BUILT_MARK, RESTORE_READ_MARK, RESTORE_START_MARK } from './workspaceMarks';
import { useWorkspaceStore } from './workspaceStore';

/** Puts every registered part that `content` holds back; a part that fails says so and the others go on. */
export function restoreParts(content: WorkspaceContent): void {
  const { pushNotice } = useAppStore.getState();
  for (const part of persistedParts()) {
    if (!Object.hasOwn(content.parts, part.key)) continue;
    try {
      part.restore(content.parts[part.key]);
    } catch (err) {
      pushNotice(`The kept ${part.key} could not be restored (${err instanceof Error ? err.message : String(err)}).`);
    }
  }
}

/** The kept sources as session sources; ones whose graph cannot be rebuilt are reported and left out. */
export function restoredSources(content: WorkspaceContent): SessionSource[] {
  const sources: SessionSource[] = [];
  for (const record of content.sources) {
    try {
      sources.push(fromSourceRecord(record));
    } catch (err) {
      useAppStore.getState().pushNotice(`A kept source was left out: ${err instanceof Error ? err.message : String(err)}.`);
    }
  }
  return sources;
}

/** The one message for a workspace that cannot be kept in this browser. */
export function memoryMessage(opened: Exclude<OpenedWorkspace, { kind: 'open' }>): string {
  if (opened.kind === 'newer') {
    const by = opened.appVersion ? ` (Dramatis ${opened.appVersion})` : '';
    const schema = Number.isFinite(opened.version) ? `workspace schema ${opened.version}` : 'a newer workspace schema';
    return (
      `The workspace saved in this browser was written by a newer version of Dramatis${by}, with ${schema}; this version (${APP_VERSION}) knows schema ${WORKSPACE_SCHEMA_VERSION}. ` +
      'It was left untouched. Nothing you do now is saved in this browser; use Workspace → Save backup to keep it.'
    );
  }
  return `Your workspace cannot be saved in this browser (${opened.reason.replace(/\.$/, '')}). Everything works for this visit; use Workspace → Save backup to keep your work.`;
}

function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export interface LoadedWorkspace {
  /** The open database, or null when the session lives in memory (or the corpus failed). */
  db: WorkspaceDb | null;
  /** The sources shown from storage, as the sync should consider them already saved. */
  sources: SessionSource[];
  /** The stored counter, parts and revision read at start-up. */
  importCount: number;
  parts: Record<string, unknown>;
  revision: number;
}

/** How long the start-up waits for the database (another tab can hold an upgrade back indefinitely). */
export const OPEN_TIMEOUT_MS = 8_000;

/** The database, or 'unavailable' when it does not answer in time (then it is closed once it does). */
function openInTime(dbOptions: DexieOptions | undefined, timeoutMs: number): Promise<OpenedWorkspace> {
  const opening = openWorkspace(dbOptions).catch((err: unknown): OpenedWorkspace => ({ kind: 'unavailable', reason: String(err) }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<OpenedWorkspace>((resolve) => {
    timer = setTimeout(() => {
      void opening.then((o) => (o.kind === 'open' ? o.db.close() : undefined));
      resolve({ kind: 'unavailable', reason: `the browser’s storage did not answer within ${timeoutMs / 1000} seconds; another Dramatis tab may be holding it` });
    }, timeoutMs);
  });
  return Promise.race([opening, late]).finally(() => clearTimeout(timer));
}

/** Loads the corpus (being fetched) and the kept workspace into the stores; never throws (failures become messages). */
export async function loadWorkspaceIntoStore(corpusGraph: Promise<DramatisGraph>, dbOptions?: DexieOptions, openTimeoutMs: number = OPEN_TIMEOUT_MS): Promise<LoadedWorkspace> {
  markWorkspace(RESTORE_START_MARK);
  const opening = openInTime(dbOptions, openTimeoutMs);
  const app = useAppStore.getState();
  let corpus: DramatisGraph;
  try {
    corpus = await corpusGraph;
  } catch (err) {
    app.graphFailed(err instanceof Error ? err.message : String(err));
    void opening.then((opened) => (opened.kind === 'open' ? opened.db.close() : undefined));
    return { db: null, sources: [], importCount: 0, parts: {}, revision: 0 };
  }
  const opened = await opening;
  const workspace = useWorkspaceStore.getState();
  if (opened.kind !== 'open') {
    workspace.storageUnavailable(memoryMessage(opened));
    const legacy = legacyStoriesInMemory(browserStorage());
    if (legacy) restoreParts(legacy);
    useSourcesStore.getState().sourcesRestored({ label: CORPUS_LABEL, graph: corpus }, { sources: [], importCount: 0 });
    return { db: null, sources: [], importCount: 0, parts: {}, revision: 0 };
  }
  markWorkspace(RESTORE_READ_MARK);
  workspace.storageOpened();
  for (const problem of opened.problems) app.pushNotice(problem);
  const moved = await moveLegacyStories(opened.db, opened.content, browserStorage());
  for (const message of moved.messages) app.pushNotice(message);
  restoreParts(moved.content);
  const sources = restoredSources(moved.content);
  markWorkspace(RESTORE_BUILT_MARK);
  const failed = useSourcesStore.getState().sourcesRestored({ label: CORPUS_LABEL, graph: corpus }, { sources, importCount: moved.content.importCount });
  if (failed) app.pushNotice(failed);
  return { db: opened.db, sources: failed ? [] : sources, importCount: moved.content.importCount, parts: moved.content.parts, revision: opened.revision };
}

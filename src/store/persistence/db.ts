// The workspace's IndexedDB database (Dexie): one row per added source, one per registered part,
// and a little metadata (schema version, import counter). Opening never throws: it says whether
// the database can be used, and why not.
import { Dexie, type DexieOptions, type Table } from 'dexie';
import { version as APP_VERSION } from '../../../package.json';
import { readSourceRow, recordToRow, upgradeRowToText, type SourceRow } from './sourceRow';
import { sourceNumber, WORKSPACE_SCHEMA_VERSION, type SourceRecord, type WorkspaceContent } from './workspaceRecord';

export { APP_VERSION };

export const WORKSPACE_DB_NAME = 'dramatis-workspace';

export interface PartRow {
  key: string;
  value: unknown;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/** What the 'schema' meta row says: which app last opened the database for writing. */
export interface SchemaMeta {
  version: number;
  appVersion: string;
}

const SCHEMA_KEY = 'schema';
const IMPORT_COUNT_KEY = 'importCount';
/** Counts the saves; a tab writes only over the revision it last saw, so two tabs never overwrite each other unseen. */
const REVISION_KEY = 'revision';

/** Another tab saved (or cleared) the workspace since this tab last read or wrote it. */
export class WorkspaceConflict extends Error {
  constructor() {
    super('another Dramatis tab changed the saved workspace');
    this.name = 'WorkspaceConflict';
  }
}

async function currentRevision(db: WorkspaceDb): Promise<number> {
  const value = (await db.meta.get(REVISION_KEY))?.value;
  return typeof value === 'number' ? value : 0;
}

/** Inside a read-write transaction: fails when the stored revision is not `expected`, else moves it on. */
async function claimRevision(db: WorkspaceDb, expected: number): Promise<number> {
  const stored = await currentRevision(db);
  if (stored !== expected) throw new WorkspaceConflict();
  await db.meta.put({ key: REVISION_KEY, value: stored + 1 });
  return stored + 1;
}

export class WorkspaceDb extends Dexie {
  sources!: Table<SourceRow, string>;
  parts!: Table<PartRow, string>;
  meta!: Table<MetaRow, string>;

  constructor(options?: DexieOptions) {
    super(WORKSPACE_DB_NAME, options);
    // Dexie's version is the workspace schema; a later schema adds version(n).stores(...).upgrade(...)
    // whose upgrade runs the record migration of ./migrations.
    this.version(1).stores({ sources: 'id', parts: 'key', meta: 'key' });
    // Schema 2: a source row holds its graph as JSON text (see ./sourceRow).
    this.version(2)
      .stores({ sources: 'id', parts: 'key', meta: 'key' })
      .upgrade((tx) => tx.table('sources').toCollection().modify((row: Record<string, unknown>) => upgradeRowToText(row)));
    // Schema 3: new rows hold the graph's JSON as a Blob (see ./sourceRow); text rows still read.
    this.version(3).stores({ sources: 'id', parts: 'key', meta: 'key' });
  }
}

export type OpenedWorkspace =
  | { kind: 'open'; db: WorkspaceDb; content: WorkspaceContent; problems: string[]; revision: number }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'newer'; version: number; appVersion: string | null };

function describe(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}

function readSchemaMeta(v: unknown): SchemaMeta | null {
  if (typeof v !== 'object' || v === null) return null;
  const { version, appVersion } = v as Record<string, unknown>;
  if (typeof version !== 'number') return null;
  return { version, appVersion: typeof appVersion === 'string' ? appVersion : 'unknown' };
}

/** Reads every stored row; records that are not what this app writes are left in place and reported. */
export async function readStoredWorkspace(db: WorkspaceDb): Promise<{ content: WorkspaceContent; problems: string[]; revision: number }> {
  const [rows, partRows, countRow, revision] = await db.transaction('r', db.sources, db.parts, db.meta, () =>
    Promise.all([db.sources.toArray(), db.parts.toArray(), db.meta.get(IMPORT_COUNT_KEY), currentRevision(db)]),
  );
  const problems: string[] = [];
  const sources: SourceRecord[] = [];
  for (const read of await Promise.all(rows.map((row) => readSourceRow(row, 'A kept source')))) {
    if (typeof read === 'string') problems.push(`${read}; it was left out.`);
    else sources.push(read);
  }
  sources.sort((a, b) => a.position - b.position);
  // fromEntries defines own properties: a stored key "__proto__" (from a restored backup) stays data.
  const parts: Record<string, unknown> = Object.fromEntries(partRows.map((row) => [row.key, row.value]));
  const stored = typeof countRow?.value === 'number' ? countRow.value : 0;
  const importCount = Math.max(stored, ...rows.map((r) => sourceNumber(String((r as { id?: unknown }).id))));
  return { content: { sources, importCount, parts }, problems, revision };
}

/**
 * Opens the database and reads it. A database written by a newer app is closed untouched;
 * IndexedDB missing or refusing (private mode, policy, quota, broken profile) becomes 'unavailable'.
 */
export async function openWorkspace(options?: DexieOptions): Promise<OpenedWorkspace> {
  try {
    if (!options?.indexedDB && typeof indexedDB === 'undefined') return { kind: 'unavailable', reason: 'this browser offers no IndexedDB' };
  } catch (err) {
    return { kind: 'unavailable', reason: describe(err) }; // a sandboxed page: even looking at indexedDB throws
  }
  let db: WorkspaceDb;
  try {
    db = new WorkspaceDb(options);
    await db.open();
  } catch (err) {
    if (err instanceof Error && err.name === 'VersionError') return { kind: 'newer', version: Number.NaN, appVersion: null };
    return { kind: 'unavailable', reason: describe(err) };
  }
  try {
    // Dexie opens a database of a higher version than declared as it is; the native version
    // (Dexie's ×10) and our own schema row both tell that a newer app wrote it.
    const nativeVersion = db.backendDB().version / 10;
    const meta = readSchemaMeta((await db.meta.get(SCHEMA_KEY))?.value);
    const storedVersion = Math.max(nativeVersion, meta?.version ?? 0);
    if (storedVersion > WORKSPACE_SCHEMA_VERSION) {
      db.close();
      return { kind: 'newer', version: storedVersion, appVersion: meta?.appVersion ?? null };
    }
    if (!meta || meta.version < WORKSPACE_SCHEMA_VERSION) {
      await db.meta.put({ key: SCHEMA_KEY, value: { version: WORKSPACE_SCHEMA_VERSION, appVersion: APP_VERSION } satisfies SchemaMeta });
    }
    const { content, problems, revision } = await readStoredWorkspace(db);
    return { kind: 'open', db, content, problems, revision };
  } catch (err) {
    db.close();
    return { kind: 'unavailable', reason: describe(err) };
  }
}

/** What one save writes: sources added or changed, sources removed, the counter, parts. */
export interface WorkspaceWrite {
  putSources: SourceRow[];
  deleteSources: string[];
  importCount: number | null;
  parts: PartRow[];
}

/**
 * Applies one save in a single transaction over the revision this tab last saw: all of it lands,
 * or none of it (WorkspaceConflict when another tab saved meanwhile). Returns the new revision.
 */
export async function writeWorkspace(db: WorkspaceDb, write: WorkspaceWrite, revision: number): Promise<number> {
  return db.transaction('rw', db.sources, db.parts, db.meta, async () => {
    const next = await claimRevision(db, revision);
    if (write.deleteSources.length > 0) await db.sources.bulkDelete(write.deleteSources);
    if (write.putSources.length > 0) await db.sources.bulkPut(write.putSources);
    if (write.importCount !== null) await db.meta.put({ key: IMPORT_COUNT_KEY, value: write.importCount });
    if (write.parts.length > 0) await db.parts.bulkPut(write.parts);
    return next;
  });
}

/** Removes every stored source and part (the schema row stays); other tabs see a new revision. */
export async function clearStoredWorkspace(db: WorkspaceDb): Promise<void> {
  await db.transaction('rw', db.sources, db.parts, db.meta, async () => {
    await db.meta.put({ key: REVISION_KEY, value: (await currentRevision(db)) + 1 });
    await db.sources.clear();
    await db.parts.clear();
    await db.meta.delete(IMPORT_COUNT_KEY);
  });
}

/** Replaces everything stored with `content` (a restored backup) in one transaction. */
export async function replaceStoredWorkspace(db: WorkspaceDb, content: WorkspaceContent): Promise<void> {
  await db.transaction('rw', db.sources, db.parts, db.meta, async () => {
    await db.meta.put({ key: REVISION_KEY, value: (await currentRevision(db)) + 1 });
    await db.sources.clear();
    await db.parts.clear();
    await db.sources.bulkPut(content.sources.map(recordToRow));
    await db.parts.bulkPut(Object.entries(content.parts).map(([key, value]) => ({ key, value })));
    await db.meta.put({ key: IMPORT_COUNT_KEY, value: content.importCount });
  });
}

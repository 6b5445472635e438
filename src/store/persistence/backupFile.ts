// The workspace backup file (`.dramatis-workspace.json`): every added source, the import counter
// and the registered parts, with the schema and app version that wrote them. Reading checks all of
// it before anything is replaced and migrates older schemas; it never throws.
import { fromSourceRecord, readSourceRecord, sourceNumber, WORKSPACE_SCHEMA_VERSION, type SourceRecord, type WorkspaceContent } from './workspaceRecord';
import { KNOWN_RELATION_IDS } from '../../graph/relationStyles';
import { validateGraph } from '../../graph/validateGraph';
import { migrateWorkspace } from './migrations';

export const WORKSPACE_FILE_FORMAT = 'dramatis-workspace';
export const WORKSPACE_FILE_EXTENSION = '.dramatis-workspace.json';

export interface WorkspaceBackup {
  format: typeof WORKSPACE_FILE_FORMAT;
  schemaVersion: number;
  appVersion: string;
  /** ISO date-time. */
  savedAt: string;
  importCount: number;
  sources: SourceRecord[];
  parts: Record<string, unknown>;
}

export function workspaceBackup(content: WorkspaceContent, appVersion: string, savedAt: Date): WorkspaceBackup {
  return {
    format: WORKSPACE_FILE_FORMAT,
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    appVersion,
    savedAt: savedAt.toISOString(),
    importCount: content.importCount,
    sources: content.sources,
    parts: content.parts,
  };
}

/** `dramatis-2026-11-29.dramatis-workspace.json` */
export function backupFileName(savedAt: Date): string {
  return `dramatis-${savedAt.toISOString().slice(0, 10)}${WORKSPACE_FILE_EXTENSION}`;
}

export type BackupReadResult = { ok: true; content: WorkspaceContent; savedAt: string | null; appVersion: string | null } | { ok: false; error: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads a backup file's text. Anything wrong refuses the whole file with one message. */
export function readWorkspaceBackup(text: string): BackupReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON, so it is not a Dramatis workspace backup.' };
  }
  if (!isRecord(json) || json.format !== WORKSPACE_FILE_FORMAT) {
    const said = isRecord(json) && typeof json.format === 'string' ? ` (it says its format is “${json.format}”)` : '';
    return { ok: false, error: `This file is not a Dramatis workspace backup${said}. Graph files go through Import…; story files through the Story panel.` };
  }
  const version = json.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return { ok: false, error: 'This backup does not say which workspace schema it uses.' };
  if (version > WORKSPACE_SCHEMA_VERSION) {
    const by = typeof json.appVersion === 'string' ? ` (Dramatis ${json.appVersion})` : '';
    return { ok: false, error: `This backup was saved by a newer version of Dramatis${by}, with workspace schema ${version}; this version knows up to ${WORKSPACE_SCHEMA_VERSION}. Nothing was changed.` };
  }
  let content: WorkspaceContent;
  try {
    const body = version === 0 ? json : { sources: json.sources, importCount: json.importCount, parts: json.parts };
    content = migrateWorkspace(body, version);
  } catch (err) {
    return { ok: false, error: `This backup could not be brought up to date: ${err instanceof Error ? err.message : String(err)}.` };
  }
  const checked = checkContent(content);
  if (typeof checked === 'string') return { ok: false, error: `This backup is damaged: ${checked}. Nothing was changed.` };
  return {
    ok: true,
    content: checked,
    savedAt: typeof json.savedAt === 'string' ? json.savedAt : null,
    appVersion: typeof json.appVersion === 'string' ? json.appVersion : null,
  };
}

/** The content with every record checked and every graph rebuilt once, or what is wrong. */
function checkContent(content: unknown): WorkspaceContent | string {
  if (!isRecord(content)) return 'it holds no workspace';
  const { sources, importCount, parts } = content;
  if (!Array.isArray(sources)) return 'it has no list of sources';
  if (!isRecord(parts)) return 'it has no parts (stories, edits, settings)';
  const records: SourceRecord[] = [];
  const ids = new Set<string>();
  for (const [i, raw] of sources.entries()) {
    const read = readSourceRecord(raw, `source ${i + 1}`);
    if (typeof read === 'string') return read;
    if (ids.has(read.id)) return `the source id ${read.id} appears twice`;
    ids.add(read.id);
    try {
      fromSourceRecord(read);
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
    // A backup may come from anywhere: its graphs must keep the contract like any import.
    const broken = validateGraph(read.graph, KNOWN_RELATION_IDS)[0];
    if (broken) return `source ${i + 1} (${read.label}): ${broken.where}: ${broken.problem}`;
    records.push(read);
  }
  if (typeof importCount !== 'number' || !Number.isInteger(importCount) || importCount < 0) return 'its import counter is not a whole number';
  records.sort((a, b) => a.position - b.position);
  return { sources: records, importCount: Math.max(importCount, ...records.map((r) => sourceNumber(r.id))), parts };
}

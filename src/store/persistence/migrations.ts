// Record-shape migrations of the kept workspace, one step from schema k to k+1. Pure functions:
// the IndexedDB start-up and the backup reader both run them, and tests run them without IndexedDB.
import { WORKSPACE_SCHEMA_VERSION, type WorkspaceContent } from './workspaceRecord';

/**
 * Schema 0: before IndexedDB, the only thing kept was the story list, in localStorage under
 * `dramatis.stories.v1` (a story file, `{format: 'dramatis-stories', version: 1, stories}`).
 */
export interface WorkspaceV0 {
  stories: unknown;
}

/** Where schema 0 kept the stories. */
export const LEGACY_STORY_STORAGE_KEY = 'dramatis.stories.v1';

/** 0 → 1: the stories become the registered part 'stories'; there were no stored sources or other parts. */
export function migrateV0ToV1(v0: WorkspaceV0): WorkspaceContent {
  return { sources: [], importCount: 0, parts: { stories: v0.stories } };
}

/**
 * 1 → 2: the content is the same; only IndexedDB's rows changed (the graph as JSON text), which
 * the database's own upgrade converts (./db). A schema-1 backup reads as it is.
 */
export function migrateV1ToV2(v1: WorkspaceContent): WorkspaceContent {
  return v1;
}

/** 2 → 3: the content is the same; new IndexedDB rows hold the graph as a Blob, text rows still read. */
export function migrateV2ToV3(v2: WorkspaceContent): WorkspaceContent {
  return v2;
}

type Step = (from: never) => unknown;

/** STEPS[k] turns schema k into schema k+1. */
const STEPS: Readonly<Record<number, Step>> = {
  0: migrateV0ToV1 as Step,
  1: migrateV1ToV2 as Step,
  2: migrateV2ToV3 as Step,
};

/**
 * Brings a workspace written with schema `from` to the current schema, step by step. Throws with
 * a message for humans when `from` is newer than this app or no step is known.
 */
export function migrateWorkspace(content: unknown, from: number): WorkspaceContent {
  if (!Number.isInteger(from) || from < 0) throw new Error(`${JSON.stringify(from)} is not a schema version`);
  if (from > WORKSPACE_SCHEMA_VERSION) {
    throw new Error(`it was written by a newer Dramatis (workspace schema ${from}; this app knows up to ${WORKSPACE_SCHEMA_VERSION})`);
  }
  let value = content;
  for (let k = from; k < WORKSPACE_SCHEMA_VERSION; k++) {
    const step = STEPS[k];
    if (!step) throw new Error(`no migration from workspace schema ${k} to ${k + 1} is known`);
    value = (step as (v: unknown) => unknown)(value);
  }
  return value as WorkspaceContent;
}

/**
 * The schema-0 workspace held in localStorage's text, or null when there was none. Unreadable text
 * is reported (the caller keeps the text aside rather than dropping it).
 */
export function readLegacyStories(text: string | null): { ok: true; workspace: WorkspaceV0 | null } | { ok: false; error: string } {
  if (text === null) return { ok: true, workspace: null };
  try {
    return { ok: true, workspace: { stories: JSON.parse(text) as unknown } };
  } catch (err) {
    return { ok: false, error: `the kept stories are not JSON (${err instanceof Error ? err.message : String(err)})` };
  }
}

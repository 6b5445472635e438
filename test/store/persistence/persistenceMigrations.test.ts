// Workspace schema migrations: each step turns an old record into the current shape, and the
// stories kept in localStorage by schema 0 move into IndexedDB, removed from localStorage only once stored.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openWorkspace, type WorkspaceDb } from '../../../src/store/persistence/db';
import { legacyStoriesInMemory, moveLegacyStories } from '../../../src/store/persistence/legacyStories';
import { LEGACY_STORY_STORAGE_KEY, migrateV0ToV1, migrateWorkspace, readLegacyStories } from '../../../src/store/persistence/migrations';
import { WORKSPACE_SCHEMA_VERSION } from '../../../src/store/persistence/workspaceRecord';
import { readStoryFile } from '../../../src/store/storyFile';
import { freshIndexedDb, mapStorage } from './persistenceFixtures';

const legacyFile = {
  format: 'dramatis-stories',
  version: 1,
  stories: [{ id: 'june-story', title: 'June strikes', steps: [{ id: 'step-1', caption: 'The first strike', view: { query: '?from=2025-06-01', camera: null } }] }],
};

const opened: WorkspaceDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function openFresh() {
  const result = await openWorkspace(freshIndexedDb());
  if (result.kind !== 'open') throw new Error(result.kind);
  opened.push(result.db);
  return result;
}

describe('schema steps', () => {
  it('0 → 1: the localStorage story file becomes the stories part, with no sources yet', () => {
    expect(migrateV0ToV1({ stories: legacyFile })).toEqual({ sources: [], importCount: 0, parts: { stories: legacyFile } });
  });

  it('runs every step from an old schema to the current one', () => {
    expect(WORKSPACE_SCHEMA_VERSION).toBe(3);
    expect(migrateWorkspace({ stories: legacyFile }, 0)).toEqual({ sources: [], importCount: 0, parts: { stories: legacyFile } });
    const current = { sources: [], importCount: 4, parts: { settings: { lastView: '?view=table', highContrast: false } } };
    expect(migrateWorkspace(current, WORKSPACE_SCHEMA_VERSION)).toBe(current);
  });

  it('refuses a schema newer than this app and one that is not a version', () => {
    expect(() => migrateWorkspace({}, WORKSPACE_SCHEMA_VERSION + 1)).toThrow(/newer Dramatis \(workspace schema 4; this app knows up to 3\)/);
    expect(() => migrateWorkspace({}, -1)).toThrow(/not a schema version/);
    expect(() => migrateWorkspace({}, 0.5)).toThrow(/not a schema version/);
  });

  it('reads the legacy text, says when it is not JSON, and finds nothing when there was none', () => {
    expect(readLegacyStories(null)).toEqual({ ok: true, workspace: null });
    expect(readLegacyStories(JSON.stringify(legacyFile))).toEqual({ ok: true, workspace: { stories: legacyFile } });
    expect(readLegacyStories('{"format": "dramatis-st')).toMatchObject({ ok: false, error: expect.stringMatching(/not JSON/) });
  });
});

describe('stories move from localStorage to IndexedDB', () => {
  it('stores them as the stories part, then removes the localStorage key', async () => {
    const { db, content } = await openFresh();
    const storage = mapStorage({ [LEGACY_STORY_STORAGE_KEY]: JSON.stringify(legacyFile) });
    const moved = await moveLegacyStories(db, content, storage);
    expect(moved.messages).toEqual([]);
    expect(storage.map.has(LEGACY_STORY_STORAGE_KEY)).toBe(false);
    const row = await db.parts.get('stories');
    const read = readStoryFile(row?.value);
    expect(read.ok && read.stories.map((s) => [s.id, s.title, s.steps.length])).toEqual([['june-story', 'June strikes', 1]]);
    expect(moved.content.parts.stories).toEqual(row?.value);
  });

  it('keeps stories already in the database next to the moved ones', async () => {
    const { db, content } = await openFresh();
    const kept = { format: 'dramatis-stories', version: 1, stories: [{ id: 'kept-one', title: 'Already here', steps: [] }] };
    await db.parts.put({ key: 'stories', value: kept });
    const storage = mapStorage({ [LEGACY_STORY_STORAGE_KEY]: JSON.stringify(legacyFile) });
    const moved = await moveLegacyStories(db, { ...content, parts: { stories: kept } }, storage);
    const read = readStoryFile(moved.content.parts.stories);
    expect(read.ok && read.stories.map((s) => s.id)).toEqual(['kept-one', 'june-story']);
  });

  it('leaves localStorage as it was when the database write fails', async () => {
    const { db, content } = await openFresh();
    vi.spyOn(db.parts, 'put').mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const text = JSON.stringify(legacyFile);
    const storage = mapStorage({ [LEGACY_STORY_STORAGE_KEY]: text });
    const moved = await moveLegacyStories(db, content, storage);
    expect(storage.map.get(LEGACY_STORY_STORAGE_KEY)).toBe(text);
    expect(moved.messages).toEqual([expect.stringMatching(/could not be moved .*stay where they were/)]);
    // This visit still shows them.
    expect(readStoryFile(moved.content.parts.stories).ok).toBe(true);
  });

  it('sets unreadable text aside under .unreadable and says so', async () => {
    const { db, content } = await openFresh();
    const storage = mapStorage({ [LEGACY_STORY_STORAGE_KEY]: '{"stories": [' });
    const moved = await moveLegacyStories(db, content, storage);
    expect(storage.map.get(`${LEGACY_STORY_STORAGE_KEY}.unreadable`)).toBe('{"stories": [');
    expect(storage.map.has(LEGACY_STORY_STORAGE_KEY)).toBe(false);
    expect(moved.messages).toEqual([expect.stringMatching(/could not be read .*set aside/)]);
    expect(await db.parts.get('stories')).toBeUndefined();
  });

  it('does nothing without a legacy key', async () => {
    const { db, content } = await openFresh();
    const moved = await moveLegacyStories(db, content, mapStorage());
    expect(moved).toEqual({ content, messages: [] });
  });
});

describe('stories from localStorage without a database', () => {
  it('are read for this visit and left in localStorage', () => {
    const storage = mapStorage({ [LEGACY_STORY_STORAGE_KEY]: JSON.stringify(legacyFile) });
    expect(legacyStoriesInMemory(storage)).toEqual({ sources: [], importCount: 0, parts: { stories: legacyFile } });
    expect(storage.map.has(LEGACY_STORY_STORAGE_KEY)).toBe(true);
  });

  it('give nothing when there are none, they are unreadable, or localStorage is blocked', () => {
    expect(legacyStoriesInMemory(mapStorage())).toBeNull();
    expect(legacyStoriesInMemory(mapStorage({ [LEGACY_STORY_STORAGE_KEY]: '{' }))).toBeNull();
    const blocked = { getItem: () => { throw new DOMException('denied', 'SecurityError'); }, setItem: () => undefined, removeItem: () => undefined };
    expect(legacyStoriesInMemory(blocked)).toBeNull();
    expect(legacyStoriesInMemory(null)).toBeNull();
  });
});

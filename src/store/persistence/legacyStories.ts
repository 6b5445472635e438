// The one-time move of the stories from localStorage (schema 0) into the IndexedDB workspace.
// The localStorage key is removed only after the database holds the stories.
import { mergeStories } from '../story';
import { readStoryFile, storyFile } from '../storyFile';
import { newId } from '../storyStore';
import type { WorkspaceDb } from './db';
import { LEGACY_STORY_STORAGE_KEY, migrateWorkspace, readLegacyStories } from './migrations';
import { STORIES_PART_KEY } from './storiesPart';
import type { WorkspaceContent } from './workspaceRecord';

/** The part of `Storage` the move uses (tests pass a Map-backed one). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface LegacyMove {
  /** The workspace content after the move (unchanged when there was nothing to move). */
  content: WorkspaceContent;
  /** For the user: what was moved, or why it could not be. */
  messages: string[];
}

function storiesIn(value: unknown) {
  const read = readStoryFile(value);
  return read.ok ? read.stories : [];
}

/**
 * Moves stories kept by schema 0 into the database, next to any already there. Unreadable text is
 * set aside under `<key>.unreadable`; a failed database write leaves localStorage as it was.
 */
export async function moveLegacyStories(db: WorkspaceDb, content: WorkspaceContent, storage: KeyValueStorage | null): Promise<LegacyMove> {
  if (!storage) return { content, messages: [] };
  let text: string | null;
  try {
    text = storage.getItem(LEGACY_STORY_STORAGE_KEY);
  } catch {
    return { content, messages: [] }; // localStorage blocked: schema 0 could not have kept anything either
  }
  const legacy = readLegacyStories(text);
  if (!legacy.ok) {
    try {
      storage.setItem(`${LEGACY_STORY_STORAGE_KEY}.unreadable`, text ?? '');
      storage.removeItem(LEGACY_STORY_STORAGE_KEY);
    } catch {
      /* left where it was */
    }
    return { content, messages: [`The stories kept in this browser could not be read (${legacy.error}); a copy was set aside.`] };
  }
  if (!legacy.workspace) return { content, messages: [] };
  const moved = migrateWorkspace(legacy.workspace, 0);
  const found = storiesIn(moved.parts[STORIES_PART_KEY]);
  const kept = storiesIn(content.parts[STORIES_PART_KEY]);
  const merged = mergeStories(kept, found, newId);
  const value = storyFile(merged.stories);
  try {
    await db.parts.put({ key: STORIES_PART_KEY, value });
  } catch (err) {
    return {
      content: { ...content, parts: { ...content.parts, [STORIES_PART_KEY]: value } },
      messages: [`The stories kept in this browser could not be moved to its database (${err instanceof Error ? err.message : String(err)}); they stay where they were and are shown from there.`],
    };
  }
  try {
    storage.removeItem(LEGACY_STORY_STORAGE_KEY);
  } catch {
    /* the database has them; a leftover copy is merged without duplicates next time */
  }
  return { content: { ...content, parts: { ...content.parts, [STORIES_PART_KEY]: value } }, messages: [] };
}

/**
 * Without a database, the stories schema 0 kept are still shown (read, not moved: localStorage
 * keeps them until a database can take them). Null when there are none or they cannot be read.
 */
export function legacyStoriesInMemory(storage: KeyValueStorage | null): WorkspaceContent | null {
  let text: string | null = null;
  try {
    text = storage?.getItem(LEGACY_STORY_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
  const legacy = readLegacyStories(text);
  return legacy.ok && legacy.workspace ? migrateWorkspace(legacy.workspace, 0) : null;
}

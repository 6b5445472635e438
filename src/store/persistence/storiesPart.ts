// Stories as a registered workspace part: kept as a story file (the same JSON a story download holds).
import { useAppStore } from '../appStore';
import { readStoryFile, storyFile, type StoryFile } from '../storyFile';
import { useStoryStore } from '../storyStore';
import { registerPersistedPart } from './persistedParts';
import { unionById } from './tabReconcile';

export const STORIES_PART_KEY = 'stories';

/** Returns the undo. */
export function registerStoriesPart(): () => void {
  return registerPersistedPart<StoryFile>({
    key: STORIES_PART_KEY,
    snapshot: () => storyFile(useStoryStore.getState().stories),
    restore: (value) => {
      const read = readStoryFile(value);
      const { pushNotice } = useAppStore.getState();
      if (!read.ok) {
        pushNotice(`The kept stories could not be read (${read.error}); they were left in storage untouched until a story is changed.`);
        return;
      }
      for (const problem of read.problems) pushNotice(`Kept stories: ${problem}`);
      useStoryStore.getState().setStories(read.stories);
    },
    // Both tabs changed stories: this tab's, then the ones only the other tab made.
    merge: (stored, mine, base) => {
      const storedStories = readStoryFile(stored);
      const baseStories = base ? readStoryFile(base) : null;
      if (!storedStories.ok) return mine;
      return storyFile(unionById(storedStories.stories, mine.stories, baseStories?.ok ? baseStories.stories : []));
    },
    subscribe: (changed) =>
      useStoryStore.subscribe((s, prev) => {
        if (s.stories !== prev.stories) changed();
      }),
  });
}

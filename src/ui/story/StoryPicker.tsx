import { useRef } from 'react';
import { isolate } from '../../graph/bidiText';
import { storyTitle, type Story } from '../../store/story';
import { useStoryStore } from '../../store/storyStore';
import { importStoryFile } from './storyFileInput';

/** Which story is open, with New story and Import…. */
export function StoryPicker({ stories, open }: { stories: readonly Story[]; open: Story | null }) {
  const actions = useStoryStore.getState();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div className="story-picker">
      {stories.length > 0 && (
        <select value={open?.id ?? ''} onChange={(e) => actions.openStory(e.target.value || null)} aria-label="Open story" data-testid="story-select">
          <option value="">Choose a story…</option>
          {stories.map((s) => (
            <option key={s.id} value={s.id}>
              {isolate(storyTitle(s))} ({s.steps.length})
            </option>
          ))}
        </select>
      )}
      <button type="button" onClick={() => actions.newStory(`Story ${stories.length + 1}`)} data-testid="story-new">
        New story
      </button>
      <button type="button" onClick={() => fileInput.current?.click()} data-testid="story-import">
        Import…
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="story-import-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importStoryFile(file);
        }}
      />
    </div>
  );
}

import { openStoryOf, useStoryStore } from '../../store/storyStore';
import { StepList } from './StepList';
import { StoryPicker } from './StoryPicker';
import { StoryActions } from './StoryActions';
import '../styles/story.css';

/** The Story panel: stories kept in this browser, the open story's steps, export and import. */
export function StoryPanel() {
  const panelOpen = useStoryStore((s) => s.panelOpen);
  const stories = useStoryStore((s) => s.stories);
  const story = useStoryStore(openStoryOf);
  const actions = useStoryStore.getState();
  if (!panelOpen) return null;

  return (
    <aside className="story-panel" aria-label="Story" data-testid="story-panel">
      <div className="story-head">
        <h2>Story</h2>
        <button type="button" className="panel-close" onClick={() => actions.setPanelOpen(false)} aria-label="Close the story panel">
          ×
        </button>
      </div>
      <p className="story-intro">A story is a sequence of saved views (filters, time window, focus, selection and camera) with captions, to present step by step.</p>
      <StoryPicker stories={stories} open={story} />
      {story && (
        <div className="story-body">
          <label className="story-title-field">
            <span>Title</span>
            <input value={story.title} onChange={(e) => actions.renameStory(story.id, e.target.value)} maxLength={200} data-testid="story-title" />
          </label>
          <StoryActions story={story} />
          <StepList story={story} />
        </div>
      )}
    </aside>
  );
}

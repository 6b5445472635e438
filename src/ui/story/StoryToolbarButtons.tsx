import { useStoryStore } from '../../store/storyStore';
import { enterPresentation } from '../present/usePresentation';
import '../styles/story.css';

/** "Story" opens the story panel; "Present" shows the graph for a room (full screen, larger, keys). */
export function StoryToolbarButtons() {
  const panelOpen = useStoryStore((s) => s.panelOpen);
  const setPanelOpen = useStoryStore((s) => s.setPanelOpen);
  return (
    <div className="story-toolbar-buttons">
      <button type="button" className="toolbar-button" aria-pressed={panelOpen} onClick={() => setPanelOpen(!panelOpen)} data-testid="story-toggle">
        Story
      </button>
      <button type="button" className="toolbar-button" onClick={enterPresentation} data-testid="present" title="Full screen with larger labels; arrow keys step through the story (or the time window), Esc leaves">
        Present
      </button>
    </div>
  );
}

import { storyTitle, type Story } from '../../store/story';
import { useStoryStore } from '../../store/storyStore';
import { storyFile } from '../../store/storyFile';
import { downloadText } from '../export/downloadFile';
import { enterPresentation } from '../present/usePresentation';
import { currentStepView } from './captureView';
import { showRelativeStep, showStep } from '../../app/story/showStep';
import { storyFileName } from './storyFileName';

/** The open story's actions: add the current view, step back and forth, present, export, delete. */
export function StoryActions({ story }: { story: Story }) {
  const actions = useStoryStore.getState();
  const empty = story.steps.length === 0;
  const present = () => {
    if (!empty) showStep(0, { animate: true });
    enterPresentation();
  };
  const remove = () => {
    if (window.confirm(`Delete the story “${storyTitle(story)}” and its ${story.steps.length} steps?`)) actions.deleteStory(story.id);
  };
  return (
    <div className="story-actions">
      <button type="button" className="story-primary" onClick={() => actions.addStep(currentStepView())} data-testid="story-add-step">
        Add current view
      </button>
      <button type="button" onClick={() => showRelativeStep(-1)} disabled={empty} aria-label="Previous step" title="Previous step">
        ←
      </button>
      <button type="button" onClick={() => showRelativeStep(1)} disabled={empty} aria-label="Next step" title="Next step" data-testid="story-next">
        →
      </button>
      <button type="button" onClick={present} disabled={empty} data-testid="story-present">
        Present
      </button>
      <button type="button" onClick={() => downloadText(JSON.stringify(storyFile([story]), null, 2), 'application/json', storyFileName(storyTitle(story)))} data-testid="story-export">
        Export
      </button>
      <button type="button" className="story-danger" onClick={remove} data-testid="story-delete">
        Delete story
      </button>
    </div>
  );
}

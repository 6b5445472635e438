import { storyTitle } from '../../store/story';
import { currentStepIndex, openStoryOf, useStoryStore } from '../../store/storyStore';
import { Caption } from '../story/Caption';
import { leavePresentation, presentMove, usePresentation } from './usePresentation';
import '../styles/present.css';

/**
 * What presentation mode adds to the stage column: a title bar (story title, "Step 2 of 3",
 * previous / next, high contrast, exit) above the graph and the step's caption under it.
 */
export function PresentationBar() {
  usePresentation();
  const presenting = useStoryStore((s) => s.presenting);
  const story = useStoryStore(openStoryOf);
  const at = useStoryStore(currentStepIndex);
  const viewChanged = useStoryStore((s) => s.viewChanged);
  const highContrast = useStoryStore((s) => s.highContrast);
  const setHighContrast = useStoryStore((s) => s.setHighContrast);
  if (!presenting) return null;
  const steps = story?.steps ?? [];
  const step = at >= 0 ? steps[at] : undefined;
  const byStory = steps.length > 0;
  return (
    <>
      <div className="present-bar" data-testid="present-bar">
        <h2 className="present-title">{story ? storyTitle(story) : 'Dramatis'}</h2>
        <p className="present-step" data-testid="present-step" aria-live="polite">
          {byStory ? (at >= 0 ? `Step ${at + 1} of ${steps.length}${viewChanged ? ' (view changed)' : ''}` : `${steps.length} steps: press → to start`) : 'Arrow keys move the time window'}
        </p>
        <div className="present-controls">
          <button type="button" onClick={() => presentMove('previous')} aria-label={byStory ? 'Previous step' : 'Earlier time window'} title="Previous (←)">
            ←
          </button>
          <button type="button" onClick={() => presentMove('next')} aria-label={byStory ? 'Next step' : 'Later time window'} title="Next (→)" data-testid="present-next">
            →
          </button>
          <label className="present-contrast">
            <input type="checkbox" checked={highContrast} onChange={(e) => setHighContrast(e.target.checked)} data-testid="present-high-contrast" />
            High contrast
          </label>
          <button type="button" className="present-exit" onClick={leavePresentation} data-testid="present-exit" title="Leave the presentation (Esc)">
            Exit
          </button>
        </div>
      </div>
      {step && step.caption.trim() !== '' && <Caption text={step.caption} className="present-caption" testId="present-caption" />}
    </>
  );
}

import type { StoryStep } from '../../store/story';
import { useStoryStore } from '../../store/storyStore';
import { showStep } from '../../app/story/showStep';
import { currentStepView } from './captureView';

interface Props {
  step: StoryStep;
  /** Place in the story, from 0. */
  index: number;
  count: number;
  /** The step shown, with the view changed since. */
  changed: boolean;
}

/** A step's head: go to it, and move it up or down, save the current view into it, delete it. */
export function StepHead({ step, index, count, changed }: Props) {
  const { setStepView, moveStep, deleteStep } = useStoryStore.getState();
  const n = index + 1;
  return (
    <div className="story-step-head">
      <button type="button" className="story-step-go" onClick={() => showStep(index, { animate: true })} data-testid="story-step-go" title="Show this step">
        Step {n}
      </button>
      {changed && <span className="story-step-note">view changed</span>}
      <span className="story-step-actions">
        <button type="button" onClick={() => moveStep(step.id, -1)} disabled={index === 0} aria-label={`Move step ${n} up`} title="Move up">
          ↑
        </button>
        <button type="button" onClick={() => moveStep(step.id, 1)} disabled={index === count - 1} aria-label={`Move step ${n} down`} title="Move down">
          ↓
        </button>
        <button type="button" onClick={() => setStepView(step.id, currentStepView())} aria-label={`Save the current view into step ${n}`} title="Replace this step's view with the current one">
          ⟳
        </button>
        <button type="button" onClick={() => deleteStep(step.id)} aria-label={`Delete step ${n}`} title="Delete this step" data-testid="story-step-delete">
          ×
        </button>
      </span>
    </div>
  );
}

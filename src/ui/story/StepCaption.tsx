import type { StoryStep } from '../../store/story';
import { useStoryStore } from '../../store/storyStore';
import { Caption } from './Caption';

const CAPTION_HELP = '**bold**, *italic*, lines starting with "- " are bullets, [text](https://…) links';

interface Props {
  step: StoryStep;
  /** The step's number as shown, from 1. */
  number: number;
  editing: boolean;
  onEditing(editing: boolean): void;
}

/** A step's caption: shown formatted with Edit caption, or a text box with Done. */
export function StepCaption({ step, number, editing, onEditing }: Props) {
  const { setCaption } = useStoryStore.getState();
  if (editing) {
    return (
      <div className="story-caption-edit">
        <textarea
          value={step.caption}
          onChange={(e) => setCaption(step.id, e.target.value)}
          rows={4}
          aria-label={`Caption of step ${number}`}
          placeholder="What this view shows"
          data-testid="story-caption-input"
          autoFocus
        />
        <p className="story-caption-help">{CAPTION_HELP}</p>
        <button type="button" onClick={() => onEditing(false)} data-testid="story-caption-done">
          Done
        </button>
      </div>
    );
  }
  return (
    <div className="story-caption-view">
      {step.caption.trim() ? <Caption text={step.caption} /> : <p className="story-caption-missing">No caption.</p>}
      <button type="button" className="story-link-button" onClick={() => onEditing(true)} data-testid="story-caption-edit">
        Edit caption
      </button>
    </div>
  );
}

import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { Story } from '../../store/story';
import { currentStepIndex, useStoryStore } from '../../store/storyStore';
import { Caption } from './Caption';
import { currentStepView } from './captureView';
import { showStep } from '../../app/story/showStep';

const CAPTION_HELP = '**bold**, *italic*, lines starting with "- " are bullets, [text](https://…) links';

/** The steps of the open story: go to one, edit its caption, update its view, reorder (buttons or drag), delete. */
export function StepList({ story }: { story: Story }) {
  const at = useStoryStore(currentStepIndex);
  const viewChanged = useStoryStore((s) => s.viewChanged);
  const { setCaption, setStepView, moveStep, moveStepTo, deleteStep } = useStoryStore.getState();
  const [editing, setEditing] = useState<string | null>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  // The step on screen stays in sight in the list.
  useEffect(() => {
    if (at >= 0) list.current?.children[at]?.scrollIntoView({ block: 'nearest' });
  }, [at]);

  if (story.steps.length === 0) {
    return <p className="story-empty">No steps yet. Set up the graph as you want to show it, then press “Add current view”.</p>;
  }
  const onDrop = (to: number) => (e: DragEvent) => {
    e.preventDefault();
    if (dragFrom !== null) moveStepTo(dragFrom, to);
    setDragFrom(null);
  };
  return (
    <ol className="story-steps" data-testid="story-steps" ref={list}>
      {story.steps.map((step, i) => {
        const current = i === at;
        return (
          <li
            key={step.id}
            className={`story-step${current ? ' current' : ''}${current && viewChanged ? ' changed' : ''}`}
            data-testid="story-step"
            data-step-id={step.id}
            draggable={editing !== step.id}
            onDragStart={() => setDragFrom(i)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={onDrop(i)}
            onDragEnd={() => setDragFrom(null)}
            aria-current={current ? 'step' : undefined}
          >
            <div className="story-step-head">
              <button type="button" className="story-step-go" onClick={() => showStep(i, { animate: true })} data-testid="story-step-go" title="Show this step">
                Step {i + 1}
              </button>
              {current && viewChanged && <span className="story-step-note">view changed</span>}
              <span className="story-step-actions">
                <button type="button" onClick={() => moveStep(step.id, -1)} disabled={i === 0} aria-label={`Move step ${i + 1} up`} title="Move up">
                  ↑
                </button>
                <button type="button" onClick={() => moveStep(step.id, 1)} disabled={i === story.steps.length - 1} aria-label={`Move step ${i + 1} down`} title="Move down">
                  ↓
                </button>
                <button type="button" onClick={() => setStepView(step.id, currentStepView())} aria-label={`Save the current view into step ${i + 1}`} title="Replace this step's view with the current one">
                  ⟳
                </button>
                <button type="button" onClick={() => deleteStep(step.id)} aria-label={`Delete step ${i + 1}`} title="Delete this step" data-testid="story-step-delete">
                  ×
                </button>
              </span>
            </div>
            {editing === step.id ? (
              <div className="story-caption-edit">
                <textarea
                  value={step.caption}
                  onChange={(e) => setCaption(step.id, e.target.value)}
                  rows={4}
                  aria-label={`Caption of step ${i + 1}`}
                  placeholder="What this view shows"
                  data-testid="story-caption-input"
                  autoFocus
                />
                <p className="story-caption-help">{CAPTION_HELP}</p>
                <button type="button" onClick={() => setEditing(null)} data-testid="story-caption-done">
                  Done
                </button>
              </div>
            ) : (
              <div className="story-caption-view">
                {step.caption.trim() ? <Caption text={step.caption} /> : <p className="story-caption-missing">No caption.</p>}
                <button type="button" className="story-link-button" onClick={() => setEditing(step.id)} data-testid="story-caption-edit">
                  Edit caption
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}

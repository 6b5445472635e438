import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { Story } from '../../store/story';
import { currentStepIndex, useStoryStore } from '../../store/storyStore';
import { StepHead } from './StepHead';
import { StepCaption } from './StepCaption';

/** The steps of the open story: go to one, edit its caption, update its view, reorder (buttons or drag), delete. */
export function StepList({ story }: { story: Story }) {
  const at = useStoryStore(currentStepIndex);
  const viewChanged = useStoryStore((s) => s.viewChanged);
  const { moveStepTo } = useStoryStore.getState();
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
            <StepHead step={step} index={i} count={story.steps.length} changed={current && viewChanged} />
            <StepCaption step={step} number={i + 1} editing={editing === step.id} onEditing={(on) => setEditing(on ? step.id : null)} />
          </li>
        );
      })}
    </ol>
  );
}

import { useRef } from 'react';
import { isolate } from '../../graph/bidiText';
import { storyTitle } from '../../store/story';
import { openStoryOf, useStoryStore } from '../../store/storyStore';
import { storyFile } from '../../store/storyFile';
import { downloadText } from '../export/downloadFile';
import { enterPresentation } from '../present/usePresentation';
import { currentStepView } from './captureView';
import { showRelativeStep, showStep } from '../../app/story/showStep';
import { StepList } from './StepList';
import { importStoryFile } from './storyFileInput';
import '../styles/story.css';

function fileNameFor(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `dramatis-story-${slug || 'untitled'}.json`;
}

/** The Story panel: stories kept in this browser, the open story's steps, export and import. */
export function StoryPanel() {
  const panelOpen = useStoryStore((s) => s.panelOpen);
  const stories = useStoryStore((s) => s.stories);
  const story = useStoryStore(openStoryOf);
  const actions = useStoryStore.getState();
  const fileInput = useRef<HTMLInputElement>(null);
  if (!panelOpen) return null;

  const present = () => {
    if (story && story.steps.length > 0) showStep(0, { animate: true });
    enterPresentation();
  };

  return (
    <aside className="story-panel" aria-label="Story" data-testid="story-panel">
      <div className="story-head">
        <h2>Story</h2>
        <button type="button" className="panel-close" onClick={() => actions.setPanelOpen(false)} aria-label="Close the story panel">
          ×
        </button>
      </div>
      <p className="story-intro">A story is a sequence of saved views (filters, time window, focus, selection and camera) with captions, to present step by step.</p>
      <div className="story-picker">
        {stories.length > 0 && (
          <select value={story?.id ?? ''} onChange={(e) => actions.openStory(e.target.value || null)} aria-label="Open story" data-testid="story-select">
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
      {story && (
        <div className="story-body">
          <label className="story-title-field">
            <span>Title</span>
            <input value={story.title} onChange={(e) => actions.renameStory(story.id, e.target.value)} maxLength={200} data-testid="story-title" />
          </label>
          <div className="story-actions">
            <button type="button" className="story-primary" onClick={() => actions.addStep(currentStepView())} data-testid="story-add-step">
              Add current view
            </button>
            <button type="button" onClick={() => showRelativeStep(-1)} disabled={story.steps.length === 0} aria-label="Previous step" title="Previous step">
              ←
            </button>
            <button type="button" onClick={() => showRelativeStep(1)} disabled={story.steps.length === 0} aria-label="Next step" title="Next step" data-testid="story-next">
              →
            </button>
            <button type="button" onClick={present} disabled={story.steps.length === 0} data-testid="story-present">
              Present
            </button>
            <button type="button" onClick={() => downloadText(JSON.stringify(storyFile([story]), null, 2), 'application/json', fileNameFor(storyTitle(story)))} data-testid="story-export">
              Export
            </button>
            <button
              type="button"
              className="story-danger"
              onClick={() => {
                if (window.confirm(`Delete the story “${storyTitle(story)}” and its ${story.steps.length} steps?`)) actions.deleteStory(story.id);
              }}
              data-testid="story-delete"
            >
              Delete story
            </button>
          </div>
          <StepList story={story} />
        </div>
      )}
    </aside>
  );
}

// Stories: named sequences of saved views with captions, for presenting a map step by step.
// Plain data and pure transitions; the store, the URL and the panels build on these.

/** Sigma's camera: normalised graph coordinates, zoom ratio and rotation in radians. */
export interface StepCamera {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/**
 * What a step shows. `query` is the view as the address bar writes it (filters with the time
 * window, focus and hops, selection, search, graph or table), so a step and a shared link read
 * the same way; the camera is kept apart because it also holds the rotation.
 */
export interface StepView {
  query: string;
  camera: StepCamera | null;
}

export interface StoryStep {
  id: string;
  view: StepView;
  /** Plain text with a small formatting subset (see captionFormat). */
  caption: string;
}

export interface Story {
  id: string;
  title: string;
  steps: StoryStep[];
}

export const MAX_TITLE_LENGTH = 200;
export const MAX_CAPTION_LENGTH = 5000;

function cleanTitle(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_LENGTH);
  return t === '' ? 'Untitled story' : t;
}

export function createStory(id: string, title: string): Story {
  return { id, title: cleanTitle(title), steps: [] };
}

/** Keeps the title as typed (spaces included, so typing works); line breaks become spaces. */
export function renameStory(story: Story, title: string): Story {
  const next = title.replace(/[\r\n]+/g, ' ').slice(0, MAX_TITLE_LENGTH);
  return next === story.title ? story : { ...story, title: next };
}

/** The title to show: an empty one reads "Untitled story". */
export function storyTitle(story: Pick<Story, 'title'>): string {
  return cleanTitle(story.title);
}

/** Adds a step after `afterStepId` (or at the end when it is null or unknown). */
export function addStep(story: Story, step: StoryStep, afterStepId: string | null = null): Story {
  const at = afterStepId === null ? -1 : story.steps.findIndex((s) => s.id === afterStepId);
  const steps = [...story.steps];
  steps.splice(at < 0 ? steps.length : at + 1, 0, { ...step, caption: step.caption.slice(0, MAX_CAPTION_LENGTH) });
  return { ...story, steps };
}

function mapStep(story: Story, stepId: string, change: (s: StoryStep) => StoryStep): Story {
  let changed = false;
  const steps = story.steps.map((s) => {
    if (s.id !== stepId) return s;
    const next = change(s);
    if (next !== s) changed = true;
    return next;
  });
  return changed ? { ...story, steps } : story;
}

export function setCaption(story: Story, stepId: string, caption: string): Story {
  const text = caption.slice(0, MAX_CAPTION_LENGTH);
  return mapStep(story, stepId, (s) => (s.caption === text ? s : { ...s, caption: text }));
}

/** Replaces a step's saved view (e.g. with the current one), its caption kept. */
export function setStepView(story: Story, stepId: string, view: StepView): Story {
  return mapStep(story, stepId, (s) => ({ ...s, view }));
}

/** Moves the step at `from` to position `to` (both clamped to the list). */
export function moveStepTo(story: Story, from: number, to: number): Story {
  const n = story.steps.length;
  if (from < 0 || from >= n) return story;
  const target = Math.min(n - 1, Math.max(0, to));
  if (target === from) return story;
  const steps = [...story.steps];
  const [moved] = steps.splice(from, 1);
  steps.splice(target, 0, moved!);
  return { ...story, steps };
}

/** Moves a step one place up (-1) or down (+1). */
export function moveStep(story: Story, stepId: string, delta: -1 | 1): Story {
  const at = story.steps.findIndex((s) => s.id === stepId);
  return at < 0 ? story : moveStepTo(story, at, at + delta);
}

export function deleteStep(story: Story, stepId: string): Story {
  const steps = story.steps.filter((s) => s.id !== stepId);
  return steps.length === story.steps.length ? story : { ...story, steps };
}

export function stepIndex(story: Story, stepId: string | null): number {
  return stepId === null ? -1 : story.steps.findIndex((s) => s.id === stepId);
}

/** Replaces the story with the same id, or appends it. */
export function upsertStory(stories: readonly Story[], story: Story): Story[] {
  const at = stories.findIndex((s) => s.id === story.id);
  if (at < 0) return [...stories, story];
  const next = [...stories];
  next[at] = story;
  return next;
}

export function removeStory(stories: readonly Story[], storyId: string): Story[] {
  return stories.filter((s) => s.id !== storyId);
}

/** Applies `change` to the story with `storyId`; the list is returned unchanged when nothing changes. */
export function updateStory(stories: Story[], storyId: string, change: (s: Story) => Story): Story[] {
  const at = stories.findIndex((s) => s.id === storyId);
  if (at < 0) return stories;
  const next = change(stories[at]!);
  if (next === stories[at]) return stories;
  const copy = [...stories];
  copy[at] = next;
  return copy;
}

/**
 * Adds imported stories to the ones already kept. Nothing kept is overwritten: an imported story
 * whose id is taken by a different story gets a fresh id from `freshId`; one identical to a kept
 * story is skipped. Returns the list and, per imported story, the id it ended up with.
 */
export function mergeStories(
  kept: readonly Story[],
  imported: readonly Story[],
  freshId: () => string,
): { stories: Story[]; added: Story[]; renamed: Array<{ from: string; to: string }>; unchanged: Story[] } {
  const stories = [...kept];
  const added: Story[] = [];
  const renamed: Array<{ from: string; to: string }> = [];
  const unchanged: Story[] = [];
  for (const story of imported) {
    const existing = stories.find((s) => s.id === story.id);
    if (existing && JSON.stringify(existing) === JSON.stringify(story)) {
      unchanged.push(existing);
      continue;
    }
    let id = story.id;
    if (existing) {
      do id = freshId();
      while (stories.some((s) => s.id === id));
      renamed.push({ from: story.id, to: id });
    }
    const next = { ...story, id };
    stories.push(next);
    added.push(next);
  }
  return { stories, added, renamed, unchanged };
}

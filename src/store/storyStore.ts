// Stories and presentation: a zustand slice of its own, next to the app store. Transitions are
// the pure functions of ./story; storage, the URL and the camera are handled by effects.
import { isolate } from '../graph/bidiText';
import { create } from 'zustand';
import {
  addStep,
  createStory,
  deleteStep,
  mergeStories,
  moveStep,
  moveStepTo,
  removeStory,
  renameStory,
  setCaption,
  setStepView,
  storyTitle,
  stepIndex,
  updateStory,
  upsertStory,
  type StepView,
  type Story,
} from './story';

export interface StoryState {
  stories: Story[];
  /** The story shown in the panel and presented. */
  openStoryId: string | null;
  /** The step last shown in the open story. */
  currentStepId: string | null;
  /** The view was changed by other means since that step was shown. */
  viewChanged: boolean;
  panelOpen: boolean;
  presenting: boolean;
  highContrast: boolean;
}

export interface StoryActions {
  /** Replaces every story (from storage). */
  setStories(stories: Story[]): void;
  newStory(title: string): string;
  renameStory(storyId: string, title: string): void;
  deleteStory(storyId: string): void;
  openStory(storyId: string | null): void;
  /** Adds a step after the current one (or at the end); returns its id. */
  addStep(view: StepView, caption?: string): string | null;
  setCaption(stepId: string, caption: string): void;
  setStepView(stepId: string, view: StepView): void;
  moveStep(stepId: string, delta: -1 | 1): void;
  moveStepTo(from: number, to: number): void;
  deleteStep(stepId: string): void;
  /** The step now on screen (its view unchanged). */
  setCurrentStep(stepId: string | null): void;
  markViewChanged(): void;
  /** Adds imported stories without overwriting any kept one; returns messages for the user. */
  importStories(stories: Story[]): string[];
  setPanelOpen(open: boolean): void;
  setPresenting(presenting: boolean): void;
  setHighContrast(on: boolean): void;
}

export type StoryStore = StoryState & StoryActions;

export const INITIAL_STORY_STATE: StoryState = {
  stories: [],
  openStoryId: null,
  currentStepId: null,
  viewChanged: false,
  panelOpen: false,
  presenting: false,
  highContrast: false,
};

/** Short random ids: they appear in the URL (`story=`). */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('') + Date.now().toString(36).slice(-4);
}

export function openStoryOf(s: StoryState): Story | null {
  return s.stories.find((st) => st.id === s.openStoryId) ?? null;
}

/** 0-based index of the step on screen in the open story, or -1. */
export function currentStepIndex(s: StoryState): number {
  const story = openStoryOf(s);
  return story ? stepIndex(story, s.currentStepId) : -1;
}

export const useStoryStore = create<StoryStore>()((set, get) => {
  const changeOpen = (change: (story: Story) => Story) => {
    const id = get().openStoryId;
    if (id !== null) set({ stories: updateStory(get().stories, id, change) });
  };
  return {
    ...INITIAL_STORY_STATE,
    setStories: (stories) => {
      const open = get().openStoryId;
      set({ stories, openStoryId: stories.some((s) => s.id === open) ? open : null });
    },
    newStory: (title) => {
      const story = createStory(newId(), title);
      set({ stories: upsertStory(get().stories, story), openStoryId: story.id, currentStepId: null });
      return story.id;
    },
    renameStory: (storyId, title) => set({ stories: updateStory(get().stories, storyId, (s) => renameStory(s, title)) }),
    deleteStory: (storyId) => {
      const open = get().openStoryId === storyId;
      set({ stories: removeStory(get().stories, storyId), ...(open ? { openStoryId: null, currentStepId: null } : {}) });
    },
    openStory: (storyId) => {
      if (storyId !== null && !get().stories.some((s) => s.id === storyId)) return;
      if (storyId !== get().openStoryId) set({ openStoryId: storyId, currentStepId: null });
    },
    addStep: (view, caption = '') => {
      if (get().openStoryId === null) return null;
      const id = newId();
      changeOpen((s) => addStep(s, { id, view, caption }, get().currentStepId));
      set({ currentStepId: id, viewChanged: false });
      return id;
    },
    setCaption: (stepId, caption) => changeOpen((s) => setCaption(s, stepId, caption)),
    setStepView: (stepId, view) => changeOpen((s) => setStepView(s, stepId, view)),
    moveStep: (stepId, delta) => changeOpen((s) => moveStep(s, stepId, delta)),
    moveStepTo: (from, to) => changeOpen((s) => moveStepTo(s, from, to)),
    deleteStep: (stepId) => {
      changeOpen((s) => deleteStep(s, stepId));
      if (get().currentStepId === stepId) set({ currentStepId: null });
    },
    setCurrentStep: (currentStepId) => set({ currentStepId, viewChanged: false }),
    markViewChanged: () => {
      if (get().currentStepId !== null && !get().viewChanged) set({ viewChanged: true });
    },
    importStories: (imported) => {
      const merged = mergeStories(get().stories, imported, newId);
      const messages: string[] = [];
      for (const s of merged.added) messages.push(`Imported the story “${isolate(storyTitle(s))}” (${s.steps.length} ${s.steps.length === 1 ? 'step' : 'steps'}).`);
      for (const r of merged.renamed) messages.push(`A different story already had the id ${r.from}; the imported one is kept as ${r.to}.`);
      for (const s of merged.unchanged) messages.push(`The story “${isolate(storyTitle(s))}” is already here, unchanged.`);
      const first = merged.added[0] ?? merged.unchanged[0];
      set({ stories: merged.stories, ...(first ? { openStoryId: first.id, currentStepId: null } : {}) });
      return messages;
    },
    setPanelOpen: (panelOpen) => set({ panelOpen }),
    setPresenting: (presenting) => set({ presenting }),
    setHighContrast: (highContrast) => set({ highContrast }),
  };
});

// Stories at the edge of the app: marked as left when the user changes the view, and found from the
// address bar (`story`, `step`). Keeping them across reloads is the workspace's job (storiesPart).
import { isolate } from '../../graph/bidiText';
import { useAppStore } from '../../store/appStore';
import { storyTitle } from '../../store/story';
import { readStoryFile, storyFile } from '../../store/storyFile';
import { currentStepIndex, openStoryOf, useStoryStore } from '../../store/storyStore';
import { readStoryLocation, resolveStepRef, storyIssues, graphVocabulary, type StoryLocation } from '../../store/storyViews';
import { addExportGraphAttributes } from '../export/jsonExportExtras';
import { isShowingStep, showStep } from './showStep';

/** Where the address bar should say the view is: the open story, and its step unless the view changed since. */
export function storyLocationNow(): StoryLocation | null {
  const s = useStoryStore.getState();
  const story = openStoryOf(s);
  if (!story) return null;
  const at = currentStepIndex(s);
  return { storyId: story.id, step: at >= 0 && !s.viewChanged ? story.steps[at]!.id : null };
}

/**
 * Opens the story and step a URL names (without animation). Returns true when a step was shown,
 * so its camera replaces the URL's. Unknown stories and steps get a notice when `announce`.
 */
export function showStoryFromUrl(search: string, announce: boolean): boolean {
  const { location, ignored } = readStoryLocation(search);
  const notices = [...ignored];
  let shown = false;
  const stories = useStoryStore.getState();
  if (location) {
    const story = stories.stories.find((s) => s.id === location.storyId);
    if (!story) notices.push(`Ignored story=${location.storyId}: no story with this id is kept in this browser (import its story file first).`);
    else {
      stories.openStory(story.id);
      stories.setPanelOpen(true);
      if (location.step !== null) {
        const at = resolveStepRef(story, location.step);
        if (at < 0) notices.push(`Ignored step=${location.step}: the story “${isolate(storyTitle(story))}” has no step with this id, and ${story.steps.length} steps.`);
        else {
          const skipped = showStep(at, { animate: false }) ?? [];
          for (const m of skipped) notices.push(`Story “${isolate(storyTitle(story))}”, step ${at + 1}: ${m}`);
          shown = true;
        }
      }
    }
  } else stories.openStory(null);
  if (announce) for (const n of notices) useAppStore.getState().pushNotice(n);
  return shown;
}

/** Adds stories read from a file or a graph; what the graph lacks is announced, never fatal. */
export function importStoriesWithNotices(result: ReturnType<typeof readStoryFile>, from: string): void {
  const { pushNotice, graph } = useAppStore.getState();
  if (!result.ok) {
    pushNotice(`${from}: ${result.error}`);
    return;
  }
  for (const p of result.problems) pushNotice(`${from}: ${p}`);
  if (result.stories.length === 0) {
    pushNotice(`${from}: it holds no stories.`);
    return;
  }
  for (const m of useStoryStore.getState().importStories(result.stories)) pushNotice(m);
  if (graph) for (const issue of storyIssues(result.stories, graphVocabulary(graph))) pushNotice(`${issue.replace(/\.$/, '')}; it is left out when the step is shown.`);
}

/**
 * Stories found in an imported graph file's extra graph attributes (`stories`, as the JSON export
 * writes them): added like an imported story file. Returns false when the file has none.
 */
export function importStoriesFromGraphAttributes(extra: Record<string, unknown>, fileName: string): boolean {
  if (extra.stories === undefined) return false;
  importStoriesWithNotices(readStoryFile(extra.stories), `Stories in ${isolate(fileName)}`);
  return true;
}

/** Starts following view changes and the export's story attribute; call once at start-up. Returns a stop function. */
export function startStorySync(): () => void {
  // The JSON graph export carries the stories (graph attribute `stories`, a story file).
  const removeExportAttributes = addExportGraphAttributes(() => {
    const { stories } = useStoryStore.getState();
    return stories.length > 0 ? { stories: storyFile(stories) } : undefined;
  });
  const unsubscribeView = useAppStore.subscribe((s, prev) => {
    if (isShowingStep()) return;
    if (s.filters !== prev.filters || s.selection !== prev.selection || s.searchQuery !== prev.searchQuery || s.mainView !== prev.mainView) {
      useStoryStore.getState().markViewChanged();
    }
  });
  return () => {
    removeExportAttributes();
    unsubscribeView();
  };
}

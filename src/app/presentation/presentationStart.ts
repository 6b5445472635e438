// Start-up of a presentation file (opened from disk): the graph, positions and stories come from
// the page itself; nothing is fetched and no workspace is kept. It opens presenting the first step.
import { useAppStore } from '../../store/appStore';
import { graphFromJson } from '../../store/loadGraph';
import { PRESENTATION_DATA_ID, readPresentationData, type PresentationData } from '../../store/presentationFile';
import { useSourcesStore } from '../../store/sourcesStore';
import { useStoryStore } from '../../store/storyStore';
import { setPresetPositions } from '../stage/presetPositions';
import { showStep } from '../story/showStep';

/** The page's presentation data: null in the app itself, a message when the slot cannot be read. */
export function embeddedPresentation(): PresentationData | null | string {
  const slot = document.getElementById(PRESENTATION_DATA_ID);
  return slot ? readPresentationData(slot.textContent ?? 'null') : null;
}

/** Shows the presentation held by the page: presenting, at the first step of its story. Returns the stop. */
export function startPresentationFile(data: PresentationData | string): () => void {
  if (typeof data === 'string') {
    useAppStore.getState().graphFailed(data);
    return () => undefined;
  }
  setPresetPositions(new Map(Object.entries(data.positions).map(([n, [x, y]]) => [n, { x, y }])));
  const stories = useStoryStore.getState();
  stories.setStories(data.stories);
  stories.openStory(data.storyId);
  try {
    useSourcesStore.getState().corpusLoaded(data.title, graphFromJson(data.graph, 'in this presentation file'));
  } catch (err) {
    useAppStore.getState().graphFailed(err instanceof Error ? err.message : String(err));
    return () => undefined;
  }
  useStoryStore.getState().setPresenting(true);
  // The first step once the actors are placed (at once: the positions are known).
  let shown = false;
  const showFirst = () => {
    if (shown || useAppStore.getState().layout !== 'settled') return shown;
    // Before showing: the step's own store updates come back here.
    shown = true;
    // The address bar names no story (a file's has no query), so the URL sync closed it: open it again.
    useStoryStore.getState().openStory(data.storyId);
    if (data.storyId !== null) showStep(0, { animate: false });
    return true;
  };
  if (showFirst()) return () => undefined;
  const stop = useAppStore.subscribe(() => {
    if (showFirst()) stop();
  });
  return stop;
}

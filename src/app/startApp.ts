// The app's wiring, top-down: what keeps stores, the URL, the workspace and the renderer in step,
// started in this order by main.tsx once React has mounted. Nothing here runs at import time.
import { registerCorpusPart } from '../store/persistence/corpusPart';
import { registerCurationPart } from '../store/persistence/curationPart';
import { registerStoriesPart } from '../store/persistence/storiesPart';
import { registerSettingsPart } from './persistence/settingsPart';
import { startWorkspaceAndCorpus } from './persistence/workspaceStart';
import { embeddedPresentation, startPresentationFile } from './presentation/presentationStart';
import { startPresentationDrawing } from './presentation/presentationRendering';
import { startStorySync } from './story/storySync';
import { startUrlSync } from './url/urlSync';
import { startWorkspaceGraph } from './workspaceGraph';
import { prewarmLayoutWorker } from '../workers/layoutWorkerPark';

/** Starts the app's wiring and its first graph; returns the stop, which undoes it in reverse order. */
export function startApp(): () => void {
  const presentation = embeddedPresentation();
  const stops = [
    // 0. The layout worker starts while the first graph is fetched (it takes longer to start than a
    //    small graph takes to lay out); a presentation file shows its graph as saved.
    presentation === null ? prewarmLayoutWorker() : () => {},
    // 1. What the workspace keeps across reloads, in the order it is restored.
    registerCurationPart(),
    registerCorpusPart(),
    registerStoriesPart(),
    registerSettingsPart(),
    // 2. The sources' merge, with the analyst's edits, becomes the graph the app shows.
    startWorkspaceGraph(),
    // 3. Effects at the edge: stories follow view changes, the renderer follows presentation
    //    mode, the address bar follows the view (and restores it once the first graph is shown).
    startStorySync(),
    startPresentationDrawing(),
    startUrlSync(),
  ];
  // 4. The first graph: a presentation file carries its graph and stories in the page; the app
  //    fetches the corpus and brings back the kept workspace (sources, stories, edits, last view).
  stops.push(presentation !== null ? startPresentationFile(presentation) : startWorkspaceAndCorpus());
  return () => {
    for (const stop of stops.reverse()) stop();
  };
}

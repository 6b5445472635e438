import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { registerStoriesPart } from './store/persistence/storiesPart';
import { registerSettingsPart } from './ui/effects/settingsPart';
import { startWorkspaceAndCorpus } from './ui/effects/workspaceStart';
import { embeddedPresentation, startPresentationFile } from './ui/effects/presentationStart';
import { startUrlSync } from './ui/effects/urlSync';
import { startStorySync } from './ui/effects/storySync';
import { startPresentationDrawing } from './ui/present/presentationRendering';
import './ui/styles/base.css';
import './ui/styles/legend.css';
import './ui/styles/panel.css';
import './ui/styles/reader.css';
import './ui/styles/table.css';
import './ui/styles/timeline.css';
import './ui/styles/filters.css';
import './ui/styles/dialogs.css';
import './ui/styles/longWords.css';
import './ui/styles/bidi.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html is missing #root');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerStoriesPart();
registerSettingsPart();
startStorySync();
startPresentationDrawing();
startUrlSync();
// A presentation file carries its graph and stories in the page; the app fetches the corpus and
// brings back the kept workspace (sources, stories, edits, last view) as one graph.
const presentation = embeddedPresentation();
if (presentation !== null) startPresentationFile(presentation);
else void startWorkspaceAndCorpus();

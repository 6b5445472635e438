import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { startApp } from './app/startApp';
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

// Everything outside React (stores in step, URL, workspace, first graph) starts here: src/app/startApp.ts.
startApp();

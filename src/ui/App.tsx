import { FiltersPanel } from './FiltersPanel';
import { GraphStage } from './GraphStage';
import { Header } from './Header';
import { Legend } from './Legend';
import { Notices } from './Notices';
import { ArticleDialog } from './articles/ArticleDialog';
import { EditsPanel } from './curation/EditsPanel';
import { CsvMappingDialog } from './import/CsvMappingDialog';
import { DropOverlay } from './import/DropOverlay';
import { PresentationBar } from './present/PresentationBar';
import { SidePanel } from './SidePanel';
import { StageToolbar } from './StageToolbar';
import { StatusMessage } from './StatusMessage';
import { StoryPanel } from './story/StoryPanel';
import { Timeline } from './timeline/Timeline';
import { RelationsTable } from './table/RelationsTable';
import { useEscapeClearsSelection } from './useEscapeClearsSelection';

export function App() {
  useEscapeClearsSelection();
  return (
    <div className="app">
      <Header />
      <Notices />
      <main className="workspace">
        {/* region: filters column (left) */}
        <FiltersPanel />
        <section className="stage-column" aria-label="Actor graph">
          {/* region: stage toolbar (view switch, search) */}
          <StageToolbar />
          <div className="stage-area">
            <GraphStage />
            <StatusMessage />
            {/* region: stage overlays (table view) */}
            <RelationsTable />
          </div>
          {/* region: presentation title bar (moved to the top by css) and caption */}
          <PresentationBar />
          {/* region: timeline */}
          <Timeline />
          <Legend />
        </section>
        {/* region: right column (details; the story panel under them while open) */}
        <div className="side-column">
          <SidePanel />
          <StoryPanel />
          <EditsPanel />
        </div>
      </main>
      {/* region: import (drop veil, CSV column mapping) */}
      <DropOverlay />
      <CsvMappingDialog />
      <ArticleDialog />
    </div>
  );
}

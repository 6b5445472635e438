import { FiltersPanel } from './FiltersPanel';
import { GraphStage } from './GraphStage';
import { Header } from './Header';
import { Legend } from './Legend';
import { Notices } from './Notices';
import { PanelBoundary } from './PanelBoundary';
import { ArticleDialog } from './articles/ArticleDialog';
import { closeArticleDialog } from '../app/articles/articleFlow';
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
      <PanelBoundary id="header" name="Header">
        <Header />
      </PanelBoundary>
      <PanelBoundary id="notices" name="Notices">
        <Notices />
      </PanelBoundary>
      <main className="workspace">
        {/* region: filters column (left) */}
        <PanelBoundary id="filters" name="Filters">
          <FiltersPanel />
        </PanelBoundary>
        <section className="stage-column" aria-label="Actor graph">
          {/* region: stage toolbar (view switch, search) */}
          <PanelBoundary id="stage-toolbar" name="Stage toolbar">
            <StageToolbar />
          </PanelBoundary>
          <div className="stage-area">
            <PanelBoundary id="graph" name="Graph">
              <GraphStage />
            </PanelBoundary>
            <PanelBoundary id="status" name="Status message">
              <StatusMessage />
            </PanelBoundary>
            {/* region: stage overlays (table view) */}
            <PanelBoundary id="table" name="Relations table">
              <RelationsTable />
            </PanelBoundary>
          </div>
          {/* region: presentation title bar (moved to the top by css) and caption */}
          <PanelBoundary id="presentation-bar" name="Presentation bar">
            <PresentationBar />
          </PanelBoundary>
          {/* region: timeline */}
          <PanelBoundary id="timeline" name="Timeline">
            <Timeline />
          </PanelBoundary>
          <PanelBoundary id="legend" name="Legend">
            <Legend />
          </PanelBoundary>
        </section>
        {/* region: right column (details; the story panel under them while open) */}
        <div className="side-column">
          <PanelBoundary id="side-panel" name="Details panel">
            <SidePanel />
          </PanelBoundary>
          <PanelBoundary id="story" name="Story panel">
            <StoryPanel />
          </PanelBoundary>
          <PanelBoundary id="edits" name="Edits panel">
            <EditsPanel />
          </PanelBoundary>
        </div>
      </main>
      {/* region: import (drop veil, CSV column mapping) */}
      <PanelBoundary id="drop-overlay" name="File drop">
        <DropOverlay />
      </PanelBoundary>
      <PanelBoundary id="csv-mapping" name="CSV import dialog">
        <CsvMappingDialog />
      </PanelBoundary>
      <PanelBoundary id="article-dialog" name="Add article dialog" onClose={closeArticleDialog}>
        <ArticleDialog />
      </PanelBoundary>
    </div>
  );
}

import { FiltersPanel } from './FiltersPanel';
import { GraphStage } from './GraphStage';
import { Header } from './Header';
import { Legend } from './Legend';
import { Notices } from './Notices';
import { CsvMappingDialog } from './import/CsvMappingDialog';
import { DropOverlay } from './import/DropOverlay';
import { SidePanel } from './SidePanel';
import { StageToolbar } from './StageToolbar';
import { StatusMessage } from './StatusMessage';
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
          {/* region: timeline */}
          <Timeline />
          <Legend />
        </section>
        <SidePanel />
      </main>
      {/* region: import (drop veil, CSV column mapping) */}
      <DropOverlay />
      <CsvMappingDialog />
    </div>
  );
}

import { useAppStore } from '../store/appStore';
import { EdgePanel } from './EdgePanel';
import { NodePanel } from './NodePanel';
import { PanelBoundary } from './PanelBoundary';
import { SourceReader } from './reader/SourceReader';

export function SidePanel() {
  const selection = useAppStore((s) => s.selection);
  const clearSelection = useAppStore((s) => s.clearSelection);
  const reading = useAppStore((s) => s.reader !== null);
  return (
    <aside className={reading ? 'side-panel reading' : 'side-panel'} data-testid="panel">
      {/* The details stay mounted under the reader (inert), so closing it returns to them as they were. */}
      <div className="panel-stack" aria-live="polite" inert={reading}>
        {selection && (
          <button type="button" className="panel-close" onClick={clearSelection} aria-label="Close details">
            ×
          </button>
        )}
        {selection?.kind === 'node' && (
          <PanelBoundary id="node-panel" name="Actor details">
            <NodePanel node={selection.node} />
          </PanelBoundary>
        )}
        {selection?.kind === 'edge' && (
          <PanelBoundary id="edge-panel" name="Relation details">
            <EdgePanel edge={selection.edge} />
          </PanelBoundary>
        )}
        {!selection && (
          <div className="panel-empty">
            <h2>Explore the actors</h2>
            <p>Hover an actor to see who it is connected to.</p>
            <p>Click an actor or a relation line to read the events and the sentences they come from.</p>
          </div>
        )}
      </div>
      {reading && (
        <PanelBoundary id="reader" name="Source reader">
          <SourceReader />
        </PanelBoundary>
      )}
    </aside>
  );
}

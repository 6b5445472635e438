import { useAppStore } from '../store/appStore';
import { EdgePanel } from './EdgePanel';
import { NodePanel } from './NodePanel';
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
        {selection?.kind === 'node' && <NodePanel node={selection.node} />}
        {selection?.kind === 'edge' && <EdgePanel edge={selection.edge} />}
        {!selection && (
          <div className="panel-empty">
            <h2>Explore the actors</h2>
            <p>Hover an actor to see who it is connected to.</p>
            <p>Click an actor or a relation line to read the events and the sentences they come from.</p>
          </div>
        )}
      </div>
      {reading && <SourceReader />}
    </aside>
  );
}

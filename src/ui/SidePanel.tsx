import { useAppStore } from '../store/appStore';
import { EdgePanel } from './EdgePanel';
import { NodePanel } from './NodePanel';

export function SidePanel() {
  const selection = useAppStore((s) => s.selection);
  const clearSelection = useAppStore((s) => s.clearSelection);
  return (
    <aside className="side-panel" data-testid="panel" aria-live="polite">
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
    </aside>
  );
}

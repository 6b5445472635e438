import { useMemo, useState } from 'react';
import { edgeCurationNotes } from '../../graph/curation/curationNotes';
import { useAppStore } from '../../store/appStore';
import { useCurationStore } from '../../store/curationStore';
import { CuratedBadge } from './CuratedBadge';
import { rejectEdge } from './curationCommands';
import { EditEventDialog } from './EditEventDialog';

/** Under an event of the relation panel: what an analyst changed, and Reject / Edit. */
export function EventCuration({ edge }: { edge: string }) {
  const graph = useAppStore((s) => s.graph);
  const base = useCurationStore((s) => s.applied?.base ?? null);
  const [editing, setEditing] = useState(false);
  const notes = useMemo(() => (graph?.hasEdge(edge) ? edgeCurationNotes(graph, base, edge) : []), [graph, base, edge]);
  return (
    <div className="event-curation">
      <CuratedBadge notes={notes} testId="edge-curated" />
      <div className="curation-actions">
        <button type="button" className="link-button" onClick={() => rejectEdge(edge)} data-testid="reject-event" title="Remove this event from the graph (undo brings it back)">
          Reject
        </button>
        <button type="button" className="link-button" aria-haspopup="dialog" onClick={() => setEditing(true)} data-testid="edit-event-open">
          Edit…
        </button>
      </div>
      {editing && <EditEventDialog edge={edge} onClose={() => setEditing(false)} />}
    </div>
  );
}

import { useMemo, useState } from 'react';
import { nodeCurationNotes } from '../../graph/curation/curationNotes';
import { useAppStore } from '../../store/appStore';
import { useCurationStore } from '../../store/curationStore';
import { KindDialog, MergeDialog, RenameDialog, SplitDialog } from './ActorDialogs';
import { CuratedBadge } from './CuratedBadge';

type Open = 'rename' | 'kind' | 'merge' | 'split' | null;

/** In the actor panel: what an analyst changed, and Rename / Kind / Merge with… / Split…. */
export function ActorCuration({ node }: { node: string }) {
  const graph = useAppStore((s) => s.graph);
  const base = useCurationStore((s) => s.applied?.base ?? null);
  const [open, setOpen] = useState<Open>(null);
  const notes = useMemo(() => (graph?.hasNode(node) ? nodeCurationNotes(graph, base, node) : []), [graph, base, node]);
  const close = () => setOpen(null);
  const degree = graph?.hasNode(node) ? graph.degree(node) : 0;
  return (
    <div className="actor-curation">
      <CuratedBadge notes={notes} testId="node-curated" />
      <div className="curation-actions" role="group" aria-label="Correct this actor">
        <button type="button" className="link-button" aria-haspopup="dialog" onClick={() => setOpen('rename')} data-testid="rename-actor-open">
          Rename…
        </button>
        <button type="button" className="link-button" aria-haspopup="dialog" onClick={() => setOpen('kind')} data-testid="actor-kind-open">
          Kind…
        </button>
        <button type="button" className="link-button" aria-haspopup="dialog" onClick={() => setOpen('merge')} data-testid="merge-actor-open">
          Merge with…
        </button>
        {degree > 1 && (
          <button type="button" className="link-button" aria-haspopup="dialog" onClick={() => setOpen('split')} data-testid="split-actor-open">
            Split…
          </button>
        )}
      </div>
      {open === 'rename' && <RenameDialog node={node} onClose={close} />}
      {open === 'kind' && <KindDialog node={node} onClose={close} />}
      {open === 'merge' && <MergeDialog node={node} onClose={close} />}
      {open === 'split' && <SplitDialog node={node} onClose={close} />}
    </div>
  );
}

import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { PanelBoundary } from '../PanelBoundary';
import { useWorkspaceStore } from '../../store/persistence/workspaceStore';
import './workspace.css';

const WorkspaceDialog = lazy(() => import('./WorkspaceDialog').then((m) => ({ default: m.WorkspaceDialog })));

/** "Workspace…" in the header: a dot on it when the workspace is not being saved in this browser. */
export function WorkspaceButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const close = useCallback(() => setOpen(false), []);
  const unsaved = useWorkspaceStore((s) => s.mode === 'memory' || s.writeFailure !== null);
  const writing = useWorkspaceStore((s) => s.pendingWrites);

  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="toolbar-button workspace-open"
        aria-haspopup="dialog"
        aria-label={unsaved ? 'Workspace… (not saved in this browser)' : 'Workspace…'}
        onClick={() => setOpen(true)}
        data-testid="workspace-open"
        data-unsaved={unsaved ? 'true' : undefined}
        data-writing={writing ? 'true' : 'false'}
      >
        Workspace…
        {unsaved && <span className="workspace-unsaved-dot" aria-hidden="true" />}
      </button>
      {open && (
        <Suspense fallback={null}>
          <PanelBoundary id="workspace-dialog" name="Workspace dialog" onClose={close}>
            <WorkspaceDialog onClose={close} />
          </PanelBoundary>
        </Suspense>
      )}
    </>
  );
}

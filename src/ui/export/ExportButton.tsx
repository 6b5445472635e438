import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { PanelBoundary } from '../PanelBoundary';

// The dialog, its writers and @sigma/export-image load on first use, not with the page.
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));

/** "Export…" in the stage toolbar; focus comes back to it when the dialog closes. */
export function ExportButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const close = useCallback(() => setOpen(false), []);

  // Runs after the dialog's own cleanup has closed it, when the page is no longer inert.
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <>
      <button ref={button} type="button" className="toolbar-button export-open" aria-haspopup="dialog" onClick={() => setOpen(true)} data-testid="export-open">
        Export…
      </button>
      {open && (
        <Suspense fallback={null}>
          <PanelBoundary id="export-dialog" name="Export dialog" onClose={close}>
            <ExportDialog onClose={close} />
          </PanelBoundary>
        </Suspense>
      )}
    </>
  );
}

import { savedMessage } from './exportWording';
import type { ExportStatus } from './useExportRun';

/** What the export is doing or did: a polite status line, and an alert when it failed. */
export function ExportStatusLine({ status }: { status: ExportStatus }) {
  return (
    <>
      <p className={`export-status ${status.kind}`} role="status" aria-live="polite" data-testid="export-status">
        {status.kind === 'busy' && 'Preparing…'}
        {status.kind === 'done' && savedMessage(status.files)}
      </p>
      {status.kind === 'error' && (
        <p className="export-error" role="alert" data-testid="export-error">
          The export failed: {status.message}
        </p>
      )}
    </>
  );
}

import { useState, type FormEvent } from 'react';
import { currentSigma } from '../../app/stage/sigmaRegistry';
import type { ExportContext, ExportRequest } from './exportRequest';
import { runExport, type SavedFile } from './runExport';

export type ExportStatus = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; files: SavedFile[] } | { kind: 'error'; message: string };

function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** What an export reads from the app (the graph view is taken when it runs); no graph yet: nothing to export. */
type ExportSource = Omit<ExportContext, 'sigma' | 'graph'> & { graph: ExportContext['graph'] | null };

/**
 * The Export dialog's run: `submit` exports `request` once (not again while one is busy), the status
 * says how it went; `reset` clears it for a new choice.
 */
export function useExportRun(request: ExportRequest, context: ExportSource) {
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { graph, visibility, filters } = context;
    if (status.kind === 'busy' || !graph) return;
    setStatus({ kind: 'busy' });
    // Let "Preparing…" reach the screen before a large export keeps the page busy.
    await afterNextPaint();
    try {
      const files = await runExport(request, { graph, visibility, filters, sigma: currentSigma() });
      setStatus({ kind: 'done', files });
    } catch (err) {
      setStatus({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };
  return { status, submit, reset: () => setStatus({ kind: 'idle' }) };
}

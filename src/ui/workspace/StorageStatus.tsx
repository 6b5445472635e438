// What the Workspace dialog says about this browser's storage: whether the workspace is saved, and how much the site uses.
import { useEffect, useState } from 'react';
import { formatBytes } from '../../store/persistence/workspaceSummary';
import { useWorkspaceStore } from '../../store/persistence/workspaceStore';

/** A saved-at time as the dialog shows it. */
export function savedAtText(iso: string | null): string {
  if (!iso) return 'an unknown date';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** Saved as you work, opening, or kept in memory only (and why). */
export function StorageStatus() {
  const { mode, memoryReason, writeFailure, lastSavedAt } = useWorkspaceStore();
  if (mode === 'memory') {
    return (
      <p className="workspace-status workspace-status-warning" data-testid="workspace-status" data-mode="memory">
        {memoryReason}
      </p>
    );
  }
  if (writeFailure) {
    return (
      <p className="workspace-status workspace-status-warning" data-testid="workspace-status" data-mode="failing">
        {writeFailure}
      </p>
    );
  }
  return (
    <p className="workspace-status" data-testid="workspace-status" data-mode={mode}>
      {mode === 'opening' ? 'Opening this browser’s storage…' : `Saved in this browser as you work${lastSavedAt ? ` (last saved ${savedAtText(lastSavedAt)})` : ''}. It comes back when you reload.`}
    </p>
  );
}

/** What this site stores in the browser overall and what the browser allows, when it says. */
export function StorageUse() {
  const [use, setUse] = useState<{ usage: number; quota: number } | null>(null);
  useEffect(() => {
    let live = true;
    navigator.storage
      ?.estimate?.()
      .then((e) => {
        if (live && typeof e.usage === 'number' && typeof e.quota === 'number' && e.quota > 0) setUse({ usage: e.usage, quota: e.quota });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (!use) return null;
  return (
    <p className="workspace-use" data-testid="workspace-storage-use">
      This site uses {formatBytes(use.usage)} of the {formatBytes(use.quota)} this browser allows it.
    </p>
  );
}

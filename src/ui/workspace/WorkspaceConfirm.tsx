import { useEffect, useRef } from 'react';
import type { StorageMode } from '../../store/persistence/workspaceStore';
import { KeptList } from './KeptList';
import type { BackupToRestore } from './readBackupFile';
import { savedAtText } from './StorageStatus';

interface Props {
  pending: BackupToRestore | { kind: 'clear' };
  mode: StorageMode;
  busy: boolean;
  onCancel(): void;
  onConfirm(): void;
}

/** Asks before a restore or a clear replaces the workspace; focus starts on Cancel. */
export function WorkspaceConfirm({ pending, mode, busy, onCancel, onConfirm }: Props) {
  const cancelButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancelButton.current?.focus();
  }, [pending]);
  return (
    <div className="workspace-confirm" role="group" aria-labelledby="workspace-confirm-heading" data-testid="workspace-confirm">
      {pending.kind === 'restore' ? (
        <>
          <p id="workspace-confirm-heading">
            Replace the current workspace with <strong>{pending.fileName}</strong>, saved {savedAtText(pending.savedAt)}? Your current files, articles, stories and edits are replaced
            {mode === 'saved' ? ' and the page reloads' : ''}. Save a backup first to keep them.
          </p>
          <KeptList summary={pending.summary} testId="workspace-backup-kept" />
        </>
      ) : (
        <p id="workspace-confirm-heading">
          Remove every imported file, article, story, edit and setting {mode === 'memory' ? 'of this visit' : 'kept in this browser'}, and start again from the seed corpus? This
          cannot be undone; save a backup first to keep them.
        </p>
      )}
      <div className="workspace-actions">
        {/* Focus starts on Cancel: Enter alone never replaces or clears a workspace. */}
        <button ref={cancelButton} type="button" onClick={onCancel} data-testid="workspace-confirm-cancel">
          Cancel
        </button>
        <button type="button" className={pending.kind === 'clear' ? 'workspace-danger primary' : 'primary'} aria-disabled={busy} onClick={onConfirm} data-testid="workspace-confirm-ok">
          {pending.kind === 'restore' ? 'Replace workspace' : 'Clear workspace'}
        </button>
      </div>
    </div>
  );
}

import { useRef } from 'react';
import { BidiText } from '../BidiText';
import { WORKSPACE_FILE_EXTENSION } from '../../store/persistence/backupFile';
import { useWorkspaceStore } from '../../store/persistence/workspaceStore';
import { useDialogFocus } from '../export/useDialogFocus';
import { StorageStatus, StorageUse } from './StorageStatus';
import { KeptList } from './KeptList';
import { WorkspaceConfirm } from './WorkspaceConfirm';
import { useWorkspaceActions } from './useWorkspaceActions';

/** The Workspace dialog: what is kept and its size, Save backup, Restore backup…, Clear saved workspace. */
export function WorkspaceDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const initial = useRef<HTMLButtonElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  useDialogFocus(dialog, initial, onClose);
  const mode = useWorkspaceStore((s) => s.mode);
  const { summary, message, pending, busy, onSave, onFile, askClear, confirm, cancel } = useWorkspaceActions();

  return (
    <dialog ref={dialog} className="workspace-dialog" aria-labelledby="workspace-heading" data-testid="workspace-dialog">
      <h2 id="workspace-heading">Workspace</h2>
      <StorageStatus />
      <h3>{mode === 'memory' ? 'In this workspace (this visit only)' : 'Kept for the next visit'}</h3>
      <KeptList summary={summary} testId="workspace-kept" />
      {mode === 'saved' && <StorageUse />}

      <div className="workspace-actions">
        <button ref={initial} type="button" onClick={onSave} data-testid="workspace-save-backup">
          Save backup
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} data-testid="workspace-restore-backup">
          Restore backup…
        </button>
        <input ref={fileInput} type="file" accept={`${WORKSPACE_FILE_EXTENSION},.json,application/json`} hidden onChange={(e) => void onFile(e)} data-testid="workspace-restore-file" />
        <button type="button" className="workspace-danger" onClick={askClear} data-testid="workspace-clear">
          Clear saved workspace…
        </button>
      </div>

      {message && (
        <p className={message.error ? 'workspace-message workspace-message-error' : 'workspace-message'} role={message.error ? 'alert' : 'status'} data-testid="workspace-message">
          <BidiText text={message.text} />
        </p>
      )}

      {pending && <WorkspaceConfirm pending={pending} mode={mode} busy={busy} onCancel={cancel} onConfirm={() => void confirm()} />}

      <div className="workspace-actions workspace-footer">
        <button type="button" onClick={onClose} data-testid="workspace-close">
          Close
        </button>
      </div>
    </dialog>
  );
}

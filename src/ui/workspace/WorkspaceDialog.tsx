import { isolate } from '../../graph/bidiText';
import { BidiText } from '../BidiText';
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { backupOverLimit, fileTooBig } from '../../store/fileLimits';
import { readWorkspaceBackup, WORKSPACE_FILE_EXTENSION } from '../../store/persistence/backupFile';
import { currentWorkspaceContent } from '../../store/persistence/workspaceSnapshot';
import { formatBytes, summarizeWorkspace, type WorkspaceSummary } from '../../store/persistence/workspaceSummary';
import type { WorkspaceContent } from '../../store/persistence/workspaceRecord';
import { useWorkspaceStore } from '../../store/persistence/workspaceStore';
import { clearWorkspace, replaceWorkspace } from '../../app/persistence/workspaceSync';
import { saveBackup } from './saveBackup';
import { useDialogFocus } from '../export/useDialogFocus';

type Pending = { kind: 'restore'; content: WorkspaceContent; fileName: string; savedAt: string | null; summary: WorkspaceSummary } | { kind: 'clear' } | null;

function savedAtText(iso: string | null): string {
  if (!iso) return 'an unknown date';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

function StorageStatus() {
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

function KeptList({ summary, testId }: { summary: WorkspaceSummary; testId: string }) {
  if (summary.items.length === 0) return <p className="workspace-empty">Nothing beyond the seed corpus.</p>;
  return (
    <table className="workspace-kept" data-testid={testId}>
      <tbody>
        {summary.items.map((item) => (
          <tr key={item.key} data-key={item.key}>
            <th scope="row">{item.label}</th>
            <td>{item.detail}</td>
            <td className="workspace-size">{formatBytes(item.bytes)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td />
          <td className="workspace-size" data-testid={`${testId}-total`}>
            {formatBytes(summary.totalBytes)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

/** What this site stores in the browser overall and what the browser allows, when it says. */
function StorageUse() {
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

/** The Workspace dialog: what is kept and its size, Save backup, Restore backup…, Clear saved workspace. */
export function WorkspaceDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const initial = useRef<HTMLButtonElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  useDialogFocus(dialog, initial, onClose);
  const mode = useWorkspaceStore((s) => s.mode);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  // Recounted after an in-memory restore replaced what is listed.
  const [listed, setListed] = useState(0);
  const summary = useMemo(() => summarizeWorkspace(currentWorkspaceContent()), [listed]);
  const cancelButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (pending) cancelButton.current?.focus();
  }, [pending]);

  const onSave = () => {
    try {
      const saved = saveBackup();
      const tooBig = backupOverLimit(summary.totalBytes);
      setMessage(tooBig ? { text: `Saved ${saved}. ${tooBig}`, error: true } : { text: `Saved ${saved}.`, error: false });
    } catch (err) {
      setMessage({ text: `The backup could not be saved (${err instanceof Error ? err.message : String(err)}).`, error: true });
    }
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setPending(null);
    // Checked before the file is read: a huge file never enters memory.
    const tooBig = fileTooBig('backup', file.name, file.size);
    if (tooBig) {
      setMessage({ text: `${tooBig} Nothing was changed.`, error: true });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (err) {
      setMessage({ text: `${isolate(file.name)} could not be read (${err instanceof Error ? err.message : String(err)}). Nothing was changed.`, error: true });
      return;
    }
    const read = readWorkspaceBackup(text);
    if (!read.ok) {
      setMessage({ text: `${isolate(file.name)}: ${read.error}`, error: true });
      return;
    }
    setMessage(null);
    setPending({ kind: 'restore', content: read.content, fileName: file.name, savedAt: read.savedAt, summary: summarizeWorkspace(read.content) });
  };

  const confirm = async () => {
    if (!pending || busy) return;
    setBusy(true);
    const done = pending.kind === 'restore' ? await replaceWorkspace(pending.content) : await clearWorkspace();
    setBusy(false);
    if (done.kind === 'failed') {
      setPending(null);
      setMessage({ text: done.message, error: true });
    } else if (done.kind === 'in-memory') {
      setPending(null);
      setListed((n) => n + 1);
      const name = pending.kind === 'restore' ? pending.fileName : 'the backup';
      setMessage({ text: `Restored ${isolate(name)}. It is not saved in this browser; keep the backup file.`, error: false });
    }
    // Otherwise the page reloads into the result.
  };

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
        <button type="button" className="workspace-danger" onClick={() => { setMessage(null); setPending({ kind: 'clear' }); }} data-testid="workspace-clear">
          Clear saved workspace…
        </button>
      </div>

      {message && (
        <p className={message.error ? 'workspace-message workspace-message-error' : 'workspace-message'} role={message.error ? 'alert' : 'status'} data-testid="workspace-message">
          <BidiText text={message.text} />
        </p>
      )}

      {pending && (
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
            <button ref={cancelButton} type="button" onClick={() => setPending(null)} data-testid="workspace-confirm-cancel">
              Cancel
            </button>
            <button
              type="button"
              className={pending.kind === 'clear' ? 'workspace-danger primary' : 'primary'}
              aria-disabled={busy}
              onClick={() => void confirm()}
              data-testid="workspace-confirm-ok"
            >
              {pending.kind === 'restore' ? 'Replace workspace' : 'Clear workspace'}
            </button>
          </div>
        </div>
      )}

      <div className="workspace-actions workspace-footer">
        <button type="button" onClick={onClose} data-testid="workspace-close">
          Close
        </button>
      </div>
    </dialog>
  );
}

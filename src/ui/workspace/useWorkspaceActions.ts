// The Workspace dialog's actions: Save backup, a backup file chosen for restoring, Clear, and the
// confirmation either waits for; what they did is told in one message.
import { useMemo, useState, type ChangeEvent } from 'react';
import { isolate } from '../../graph/bidiText';
import { backupOverLimit } from '../../store/fileLimits';
import { currentWorkspaceContent } from '../../store/persistence/workspaceSnapshot';
import { summarizeWorkspace } from '../../store/persistence/workspaceSummary';
import { clearWorkspace, replaceWorkspace } from '../../app/persistence/workspaceSync';
import { saveBackup } from './saveBackup';
import { readBackupFile, type BackupToRestore } from './readBackupFile';

/** What waits for the user's confirmation. */
export type PendingChange = BackupToRestore | { kind: 'clear' } | null;

export interface WorkspaceMessage {
  text: string;
  error: boolean;
}

export function useWorkspaceActions() {
  const [message, setMessage] = useState<WorkspaceMessage | null>(null);
  const [pending, setPending] = useState<PendingChange>(null);
  const [busy, setBusy] = useState(false);
  // Recounted after an in-memory restore replaced what is listed.
  const [listed, setListed] = useState(0);
  const summary = useMemo(() => summarizeWorkspace(currentWorkspaceContent()), [listed]);

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
    const read = await readBackupFile(file);
    if (read.kind === 'refused') {
      setMessage({ text: read.message, error: true });
      return;
    }
    setMessage(null);
    setPending(read);
  };

  const askClear = () => {
    setMessage(null);
    setPending({ kind: 'clear' });
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

  return { summary, message, pending, busy, onSave, onFile, askClear, confirm, cancel: () => setPending(null) };
}

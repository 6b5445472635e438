import { isolate } from '../../graph/bidiText';
import { fileTooBig } from '../../store/fileLimits';
import { readWorkspaceBackup } from '../../store/persistence/backupFile';
import { summarizeWorkspace, type WorkspaceSummary } from '../../store/persistence/workspaceSummary';
import type { WorkspaceContent } from '../../store/persistence/workspaceRecord';

/** A backup read and waiting for the user to confirm the restore. */
export interface BackupToRestore {
  kind: 'restore';
  content: WorkspaceContent;
  fileName: string;
  savedAt: string | null;
  summary: WorkspaceSummary;
}

/** Reads a chosen backup file: the restore to confirm, or why it cannot be restored (nothing changed). */
export async function readBackupFile(file: File): Promise<BackupToRestore | { kind: 'refused'; message: string }> {
  // Checked before the file is read: a huge file never enters memory.
  const tooBig = fileTooBig('backup', file.name, file.size);
  if (tooBig) return { kind: 'refused', message: `${tooBig} Nothing was changed.` };
  let text: string;
  try {
    text = await file.text();
  } catch (err) {
    return { kind: 'refused', message: `${isolate(file.name)} could not be read (${err instanceof Error ? err.message : String(err)}). Nothing was changed.` };
  }
  const read = readWorkspaceBackup(text);
  if (!read.ok) return { kind: 'refused', message: `${isolate(file.name)}: ${read.error}` };
  return { kind: 'restore', content: read.content, fileName: file.name, savedAt: read.savedAt, summary: summarizeWorkspace(read.content) };
}

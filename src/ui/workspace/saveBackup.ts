// The Workspace dialog's "Save a backup": the whole workspace as one file downloaded from the page.
import { APP_VERSION } from '../../store/persistence/db';
import { backupFileName, workspaceBackup } from '../../store/persistence/backupFile';
import { currentWorkspaceContent } from '../../store/persistence/workspaceSnapshot';
import { downloadText } from '../export/downloadFile';

/** Downloads the whole workspace as one backup file; returns its name. */
export function saveBackup(now: Date = new Date()): string {
  const name = backupFileName(now);
  downloadText(JSON.stringify(workspaceBackup(currentWorkspaceContent(), APP_VERSION, now)), 'application/json', name);
  return name;
}

// A backup chosen for restoring is read into a restore to confirm, or refused with the file's name
// and nothing changed: too big (refused before reading), not a workspace file.
import { describe, expect, it } from 'vitest';
import { workspaceBackup } from '../../../src/store/persistence/backupFile';
import { MAX_BACKUP_BYTES } from '../../../src/store/fileLimits';
import { readBackupFile } from '../../../src/ui/workspace/readBackupFile';

describe('readBackupFile', () => {
  it('reads a backup into a restore with its summary', async () => {
    const content = { sources: [], importCount: 2, parts: { notes: { text: 'river crossing talks' } } };
    const backup = workspaceBackup(content, '0.1.0', new Date('2026-03-04T10:00:00Z'));
    const read = await readBackupFile(new File([JSON.stringify(backup)], 'delta.dramatis-workspace.json'));
    expect(read.kind).toBe('restore');
    if (read.kind !== 'restore') return;
    expect(read.fileName).toBe('delta.dramatis-workspace.json');
    expect(read.savedAt).toBe('2026-03-04T10:00:00.000Z');
    expect(read.content.importCount).toBe(2);
  });

  it('refuses a file that is not a backup, naming it', async () => {
    const read = await readBackupFile(new File(['{"hello": 1}'], 'notes.json'));
    expect(read.kind).toBe('refused');
    if (read.kind === 'refused') expect(read.message).toContain('notes.json');
  });

  it('refuses a file over the limit without reading it', async () => {
    const file = new File(['x'], 'huge.json');
    Object.defineProperty(file, 'size', { value: MAX_BACKUP_BYTES + 1 });
    Object.defineProperty(file, 'text', { value: () => Promise.reject(new Error('read')) });
    const read = await readBackupFile(file);
    expect(read).toMatchObject({ kind: 'refused' });
    if (read.kind === 'refused') expect(read.message).toMatch(/Nothing was changed\.$/);
  });
});

// How big a file each way into the app may be. Every check runs on `File.size` (or a pasted text's
// length) before anything is read, so a 100 MB file is refused at once without entering memory.
import { MAX_IMPORT_BYTES } from '../graph/formats/importLimits';
import { formatBytes } from './persistence/workspaceSummary';

const MB = 1024 * 1024;

/** 5 MB of text is far longer than any news article (a long feature is ~100 KB). */
export const MAX_ARTICLE_BYTES = 5 * MB;
/** Pasted text: the same bound as a file, counted in characters. */
export const MAX_PASTED_CHARS = MAX_ARTICLE_BYTES;
/**
 * A workspace backup holds every imported file (each up to 50 MB), the added articles, stories and
 * edits. 80 MB keeps a workspace with a full-size import and much besides, and stays well under what
 * parsing it at once costs a tab (a JSON text takes several times its size in memory).
 */
export const MAX_BACKUP_BYTES = 80 * MB;
/** A story file may be a graph JSON export that carries stories, so it takes what an import takes. */
export const MAX_STORY_FILE_BYTES = MAX_IMPORT_BYTES;

/** What a refused file is, in the words of the message ("workspace backups over 80.0 MB are not read"). */
export type FileKind = 'article' | 'backup' | 'story';

const LIMITS: Readonly<Record<FileKind, { bytes: number; plural: string }>> = {
  article: { bytes: MAX_ARTICLE_BYTES, plural: 'articles' },
  backup: { bytes: MAX_BACKUP_BYTES, plural: 'workspace backups' },
  story: { bytes: MAX_STORY_FILE_BYTES, plural: 'story files' },
};

/** A message when a file of this size is over the limit for its kind, else null. Call it before reading the file. */
export function fileTooBig(kind: FileKind, fileName: string, bytes: number): string | null {
  const { bytes: limit, plural } = LIMITS[kind];
  if (bytes <= limit) return null;
  return `${fileName} is ${formatBytes(bytes)}; ${plural} over ${formatBytes(limit)} are not read.`;
}

/** A message when pasted text is longer than an article may be, else null. */
export function pastedTooLong(text: string): string | null {
  if (text.length <= MAX_PASTED_CHARS) return null;
  const chars = (n: number) => n.toLocaleString('en-US');
  return `The pasted text is ${chars(text.length)} characters long; articles over ${chars(MAX_PASTED_CHARS)} characters are not read. Paste one article at a time.`;
}

/** A warning when a backup of this many bytes could not be restored (it is over the limit), else null. */
export function backupOverLimit(bytes: number): string | null {
  if (bytes <= MAX_BACKUP_BYTES) return null;
  return `This backup is about ${formatBytes(bytes)}, over the ${formatBytes(MAX_BACKUP_BYTES)} that Restore backup reads, so it cannot be restored as it is. Remove large imported files under Loaded data and save again to get a backup that can be restored.`;
}

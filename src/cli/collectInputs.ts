// The files `npm run extract` reads from the paths it is given: folders walked (symlink loops and
// broken links skipped), each file decoded, each text read once, unreadable files reported.
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DocumentError, parseDocument } from '../extract/parseDocument';
import { decodeText } from './decodeText';

export const TEXT_FILE = /\.(md|markdown|txt)$/i;

export interface InputDocument {
  path: string;
  name: string;
  text: string;
}

export interface InputReport {
  files: InputDocument[];
  /** Files not read, with why. */
  skipped: { path: string; reason: string }[];
  /** Files read with something to know (decoded from another encoding). */
  notes: { path: string; note: string }[];
}

interface Walk {
  report: InputReport;
  seenDirs: Set<string>;
  seenFiles: Set<string>;
  seenTexts: Map<string, string>;
}

function errorText(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (e.code === 'ELOOP') return 'symlink loop';
  if (e.code === 'ENOENT') return 'no such file (or a broken link)';
  return e.message ?? String(err);
}

function readOne(path: string, walk: Walk): void {
  const { report } = walk;
  let real: string;
  let bytes: Buffer;
  try {
    real = realpathSync(path);
    if (walk.seenFiles.has(real)) return; // the same file named twice is read once
    walk.seenFiles.add(real);
    bytes = readFileSync(path);
  } catch (err) {
    report.skipped.push({ path, reason: `cannot be read: ${errorText(err)}` });
    return;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    report.skipped.push({ path, reason: decoded.reason });
    return;
  }
  const hash = createHash('sha256').update(decoded.text).digest('hex');
  const first = walk.seenTexts.get(hash);
  if (first) {
    report.skipped.push({ path, reason: `same text as ${first}` });
    return;
  }
  try {
    parseDocument(basename(path), decoded.text);
  } catch (err) {
    if (!(err instanceof DocumentError)) throw err;
    report.skipped.push({ path, reason: err.message.replace(/^[^:]*: /, '') });
    return;
  }
  walk.seenTexts.set(hash, path);
  if (decoded.note) report.notes.push({ path, note: decoded.note });
  report.files.push({ path, name: basename(path), text: decoded.text });
}

function walkPath(path: string, walk: Walk, named: boolean): void {
  let isDir: boolean;
  try {
    const link = lstatSync(path);
    isDir = link.isSymbolicLink() ? statSync(path).isDirectory() : link.isDirectory();
  } catch (err) {
    walk.report.skipped.push({ path, reason: `${named ? 'Cannot read input' : 'cannot be read'}: ${errorText(err)}` });
    return;
  }
  if (!isDir) {
    if (TEXT_FILE.test(path)) readOne(path, walk);
    else if (named) walk.report.skipped.push({ path, reason: 'not a .md or .txt file' });
    return;
  }
  let entries: string[];
  try {
    const real = realpathSync(path);
    if (walk.seenDirs.has(real)) {
      walk.report.skipped.push({ path, reason: 'symlink loop (folder already read)' });
      return;
    }
    walk.seenDirs.add(real);
    entries = readdirSync(path).sort();
  } catch (err) {
    walk.report.skipped.push({ path, reason: `folder cannot be read: ${errorText(err)}` });
    return;
  }
  for (const name of entries) if (!name.startsWith('.')) walkPath(join(path, name), walk, false);
}

/** Reads every .md/.txt file under the given paths, in order, each text once. */
export function collectInputs(paths: string[]): InputReport {
  const walk: Walk = { report: { files: [], skipped: [], notes: [] }, seenDirs: new Set(), seenFiles: new Set(), seenTexts: new Map() };
  for (const p of paths) walkPath(p, walk, true);
  return walk.report;
}

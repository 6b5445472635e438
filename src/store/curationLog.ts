// The edit log as a value: pure transitions for a new edit, undo, redo and restore.
import type { CurationEdit } from '../graph/curation/editTypes';

export interface CurationLog {
  /** Every edit made, oldest first; those at and after `cursor` are undone (the redo tail). */
  edits: CurationEdit[];
  /** How many edits are active. */
  cursor: number;
}

export const EMPTY_LOG: CurationLog = { edits: [], cursor: 0 };

/** A new edit after the active ones; an undone tail is dropped. */
export function withEdit(log: CurationLog, edit: CurationEdit): CurationLog {
  return { edits: [...log.edits.slice(0, log.cursor), edit], cursor: log.cursor + 1 };
}

export function undone(log: CurationLog): CurationLog {
  return log.cursor === 0 ? log : { edits: log.edits, cursor: log.cursor - 1 };
}

export function redone(log: CurationLog): CurationLog {
  return log.cursor >= log.edits.length ? log : { edits: log.edits, cursor: log.cursor + 1 };
}

export function activeEdits(log: CurationLog): CurationEdit[] {
  return log.edits.slice(0, log.cursor);
}

function isEdit(v: unknown): v is CurationEdit {
  return typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string' && typeof (v as { kind?: unknown }).kind === 'string';
}

/** A stored log made safe: unreadable entries left out, the cursor kept within the log. */
export function readLog(value: unknown): CurationLog {
  if (typeof value !== 'object' || value === null) return EMPTY_LOG;
  const { edits, cursor } = value as { edits?: unknown; cursor?: unknown };
  const list = Array.isArray(edits) ? edits.filter(isEdit) : [];
  const at = typeof cursor === 'number' && Number.isInteger(cursor) ? Math.max(0, Math.min(cursor, list.length)) : list.length;
  return { edits: list, cursor: at };
}

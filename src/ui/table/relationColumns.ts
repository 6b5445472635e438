import type { RelationColumn } from '../../store/relationRows';

/** The relations table's columns, in order. */
export const COLUMNS: ReadonlyArray<{ id: RelationColumn; label: string; hint?: string }> = [
  { id: 'source', label: 'Source' },
  { id: 'relation', label: 'Relation' },
  { id: 'target', label: 'Target' },
  { id: 'date', label: 'Date' },
  { id: 'modality', label: 'Modality' },
  { id: 'document', label: 'Document' },
  { id: 'evidence', label: 'Evidence', hint: 'Sorts sentences in reading order' },
];

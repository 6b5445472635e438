// The roles a CSV edge list's columns can take, and the mapping the user's choice of columns makes.
import type { CsvMapping } from '../../graph/formats/types';
import type { PendingCsv } from '../../store/importStore';

export type CsvRole = 'source' | 'target' | 'relation' | 'date' | 'evidence' | 'document';

export const CSV_ROLES: readonly { role: CsvRole; label: string; hint: string; required: boolean }[] = [
  { role: 'source', label: 'Source actor', hint: 'who acts', required: true },
  { role: 'target', label: 'Target actor', hint: 'who is acted upon', required: true },
  { role: 'relation', label: 'Relation', hint: 'a relation id or label, e.g. "threaten"', required: false },
  { role: 'date', label: 'Date', hint: 'YYYY-MM-DD, YYYY-MM or YYYY', required: false },
  { role: 'evidence', label: 'Evidence', hint: 'the sentence that says so', required: false },
  { role: 'document', label: 'Document', hint: 'title of the article it comes from', required: false },
];

/** The column chosen for each role. */
export type RoleChoice = Partial<Record<CsvRole, string>>;

/** The guessed columns that the file has. */
export function initialChoice(p: Pick<PendingCsv, 'guess' | 'columns'>): RoleChoice {
  const choice: RoleChoice = {};
  for (const { role } of CSV_ROLES) {
    const guessed = p.guess[role];
    if (guessed !== undefined && p.columns.includes(guessed)) choice[role] = guessed;
  }
  return choice;
}

/** The mapping to import with; null until source and target are two different columns. */
export function mappingOf(choice: RoleChoice): CsvMapping | null {
  if (!choice.source || !choice.target || choice.source === choice.target) return null;
  const mapping: CsvMapping = { source: choice.source, target: choice.target };
  for (const role of ['relation', 'date', 'evidence', 'document'] as const) {
    const column = choice[role];
    if (column) mapping[role] = column;
  }
  return mapping;
}

/** Each chosen column's role label, for the preview's header (a column chosen twice shows the later role). */
export function roleLabelsOf(choice: RoleChoice): Map<string, string> {
  const labels = new Map<string, string>();
  for (const { role, label } of CSV_ROLES) {
    const column = choice[role];
    if (column) labels.set(column, label);
  }
  return labels;
}

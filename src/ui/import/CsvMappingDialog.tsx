import { useEffect, useId, useRef, useState } from 'react';
import type { CsvMapping } from '../../graph/formats/types';
import { useImportStore, type PendingCsv } from '../../store/importStore';
import { importMappedCsv } from '../../app/import/importFlow';

type Role = 'source' | 'target' | 'relation' | 'date' | 'evidence' | 'document';

const ROLES: readonly { role: Role; label: string; hint: string; required: boolean }[] = [
  { role: 'source', label: 'Source actor', hint: 'who acts', required: true },
  { role: 'target', label: 'Target actor', hint: 'who is acted upon', required: true },
  { role: 'relation', label: 'Relation', hint: 'a relation id or label, e.g. "threaten"', required: false },
  { role: 'date', label: 'Date', hint: 'YYYY-MM-DD, YYYY-MM or YYYY', required: false },
  { role: 'evidence', label: 'Evidence', hint: 'the sentence that says so', required: false },
  { role: 'document', label: 'Document', hint: 'title of the article it comes from', required: false },
];

type Choice = Partial<Record<Role, string>>;

function initialChoice(p: PendingCsv): Choice {
  const choice: Choice = {};
  for (const { role } of ROLES) {
    const guessed = p.guess[role];
    if (guessed !== undefined && p.columns.includes(guessed)) choice[role] = guessed;
  }
  return choice;
}

function mappingOf(choice: Choice): CsvMapping | null {
  if (!choice.source || !choice.target || choice.source === choice.target) return null;
  const mapping: CsvMapping = { source: choice.source, target: choice.target };
  for (const role of ['relation', 'date', 'evidence', 'document'] as const) {
    const column = choice[role];
    if (column) mapping[role] = column;
  }
  return mapping;
}

function MappingForm({ pending }: { pending: PendingCsv }) {
  const [choice, setChoice] = useState<Choice>(() => initialChoice(pending));
  const close = useImportStore((s) => s.csvClosed);
  const baseId = useId();
  const mapping = mappingOf(choice);
  const roleOfColumn = new Map<string, string>();
  for (const { role, label } of ROLES) if (choice[role]) roleOfColumn.set(choice[role]!, label);
  const sameEnds = choice.source !== undefined && choice.source === choice.target;

  return (
    <form
      method="dialog"
      className="csv-mapping"
      onSubmit={(e) => {
        e.preventDefault();
        if (mapping) void importMappedCsv(mapping);
      }}
    >
      <h2 id={`${baseId}-title`}>
        Columns of <bdi>{pending.fileName}</bdi>
      </h2>
      <p className="csv-mapping-lead">
        {pending.columns.length} columns found. Say which holds what: each row becomes one relation from the source actor to the target actor.
      </p>
      <div className="csv-mapping-roles">
        {ROLES.map(({ role, label, hint, required }) => (
          <label key={role} className="csv-role" data-testid={`csv-role-${role}`}>
            <span className="csv-role-name">
              {label}
              {required ? <span className="csv-required"> (required)</span> : null}
            </span>
            <select
              value={choice[role] ?? ''}
              onChange={(e) => setChoice((c) => ({ ...c, [role]: e.target.value || undefined }))}
              aria-describedby={`${baseId}-${role}-hint`}
            >
              <option value="">{required ? 'Choose a column' : 'None'}</option>
              {pending.columns.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
            <span className="csv-role-hint" id={`${baseId}-${role}-hint`}>
              {hint}
            </span>
          </label>
        ))}
      </div>
      {sameEnds && <p className="csv-mapping-problem">Source and target must be different columns.</p>}
      <div className="csv-preview-wrap">
        <table className="csv-preview" data-testid="csv-preview">
          <caption>First rows</caption>
          <thead>
            <tr>
              {pending.columns.map((c) => (
                <th key={c} scope="col" className={roleOfColumn.has(c) ? 'mapped' : undefined}>
                  {c}
                  {roleOfColumn.has(c) && <span className="csv-column-role">{roleOfColumn.get(c)}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {pending.preview.map((row, i) => (
              <tr key={i}>
                {pending.columns.map((c, j) => (
                  <td key={c} className={roleOfColumn.has(c) ? 'mapped' : undefined}>
                    {row[j] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="csv-mapping-actions">
        <button type="button" onClick={close} data-testid="csv-cancel">
          Cancel
        </button>
        <button type="submit" className="primary" disabled={!mapping} data-testid="csv-import">
          Import
        </button>
      </div>
    </form>
  );
}

/** The column mapping of a CSV edge list, shown as a modal while a CSV file waits for it. */
export function CsvMappingDialog() {
  const pending = useImportStore((s) => s.pendingCsv);
  const close = useImportStore((s) => s.csvClosed);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (pending && !d.open) d.showModal();
    if (!pending && d.open) d.close();
  }, [pending]);
  return (
    <dialog
      ref={dialog}
      className="csv-mapping-dialog"
      data-testid="csv-mapping"
      aria-label={pending ? `Columns of ${pending.fileName}` : 'CSV columns'}
      // Escape closes a modal dialog: treat it as Cancel.
      onClose={() => {
        if (useImportStore.getState().pendingCsv) close();
      }}
    >
      {pending && <MappingForm key={`${pending.fileName}\u0000${pending.file.size}\u0000${pending.file.lastModified}`} pending={pending} />}
    </dialog>
  );
}

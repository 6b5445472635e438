import { useEffect, useId, useRef, useState } from 'react';
import { useImportStore, type PendingCsv } from '../../store/importStore';
import { importMappedCsv } from '../../app/import/importFlow';
import { CSV_ROLES, initialChoice, mappingOf, roleLabelsOf, type RoleChoice } from './csvRoles';
import { CsvRoleSelect } from './CsvRoleSelect';
import { CsvPreview } from './CsvPreview';

/** The form: a column for each role, and the first rows with the roles marked. */
function MappingForm({ pending }: { pending: PendingCsv }) {
  const [choice, setChoice] = useState<RoleChoice>(() => initialChoice(pending));
  const close = useImportStore((s) => s.csvClosed);
  const baseId = useId();
  const mapping = mappingOf(choice);
  const roleOfColumn = roleLabelsOf(choice);
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
        {CSV_ROLES.map((spec) => (
          <CsvRoleSelect key={spec.role} spec={spec} columns={pending.columns} value={choice[spec.role]} baseId={baseId} onChange={(column) => setChoice((c) => ({ ...c, [spec.role]: column }))} />
        ))}
      </div>
      {sameEnds && <p className="csv-mapping-problem">Source and target must be different columns.</p>}
      <CsvPreview pending={pending} roleOfColumn={roleOfColumn} />
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

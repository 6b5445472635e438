import type { CSV_ROLES } from './csvRoles';

interface Props {
  spec: (typeof CSV_ROLES)[number];
  columns: readonly string[];
  value: string | undefined;
  /** Prefix of the hint's id. */
  baseId: string;
  onChange(column: string | undefined): void;
}

/** Which column holds one role (or none, for an optional role). */
export function CsvRoleSelect({ spec: { role, label, hint, required }, columns, value, baseId, onChange }: Props) {
  return (
    <label className="csv-role" data-testid={`csv-role-${role}`}>
      <span className="csv-role-name">
        {label}
        {required ? <span className="csv-required"> (required)</span> : null}
      </span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)} aria-describedby={`${baseId}-${role}-hint`}>
        <option value="">{required ? 'Choose a column' : 'None'}</option>
        {columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <span className="csv-role-hint" id={`${baseId}-${role}-hint`}>
        {hint}
      </span>
    </label>
  );
}

import type { PendingCsv } from '../../store/importStore';

/** The file's first rows, the columns given a role marked with it. */
export function CsvPreview({ pending, roleOfColumn }: { pending: PendingCsv; roleOfColumn: ReadonlyMap<string, string> }) {
  return (
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
  );
}

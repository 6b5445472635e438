import { formatBytes, type WorkspaceSummary } from '../../store/persistence/workspaceSummary';

/** What a workspace keeps, item by item with its size, and the total. */
export function KeptList({ summary, testId }: { summary: WorkspaceSummary; testId: string }) {
  if (summary.items.length === 0) return <p className="workspace-empty">Nothing beyond the seed corpus.</p>;
  return (
    <table className="workspace-kept" data-testid={testId}>
      <tbody>
        {summary.items.map((item) => (
          <tr key={item.key} data-key={item.key}>
            <th scope="row">{item.label}</th>
            <td>{item.detail}</td>
            <td className="workspace-size">{formatBytes(item.bytes)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td />
          <td className="workspace-size" data-testid={`${testId}-total`}>
            {formatBytes(summary.totalBytes)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

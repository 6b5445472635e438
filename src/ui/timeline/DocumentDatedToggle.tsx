/** The switch for events dated by their document's publication (hatched bars), with their count. */
export function DocumentDatedToggle({ include, count, onInclude }: { include: boolean; count: number; onInclude: (include: boolean) => void }) {
  return (
    <label className="doc-dated-toggle" title="Events whose sentence gives no date of its own: the document’s publication date stands in (hatched bars)">
      <input type="checkbox" checked={include} onChange={(e) => onInclude(e.target.checked)} data-testid="timeline-document-dated" />
      <span className="swatch-hatched" aria-hidden="true" />
      <span className="label" data-testid="timeline-document-dated-label">
        <span className="long">Publication-dated</span>
        <span className="short">Pub.-dated</span>
      </span>{' '}
      <span className="count">{count}</span>
    </label>
  );
}

/** "curated" and what the analyst changed, with the machine's value before. Text only. */
export function CuratedBadge({ notes, testId }: { notes: readonly string[]; testId: string }) {
  if (notes.length === 0) return null;
  return (
    <p className="curated-note" data-testid={testId}>
      <span className="curated-badge">curated</span> {notes.join('; ')}
    </p>
  );
}

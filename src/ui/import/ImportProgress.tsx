import { useImportStore, type ImportPhase } from '../../store/importStore';

const COUNT_FORMAT = new Intl.NumberFormat('en-US');

function count(n: number): string {
  return COUNT_FORMAT.format(n);
}

/** The phase in words: the worker's first, then the page's. */
export function phaseText(progress: ImportPhase): string {
  switch (progress.phase) {
    case 'reading':
      return 'Reading the file…';
    case 'parsing':
      return 'Parsing and checking the file…';
    case 'building':
      return `Adding documents, actors and relations: ${count(progress.done)} of ${count(progress.total)}`;
    case 'merging':
      return 'Merging with the loaded graph…';
    case 'showing':
      return 'Showing the merged graph…';
  }
}

/** Under the Import button while a file is imported: what is being done, and Cancel while it can still stop. */
export function ImportProgress() {
  const busy = useImportStore((s) => s.busy);
  const progress = useImportStore((s) => s.progress);
  const cancel = useImportStore((s) => s.cancel);
  if (busy === null || progress === null) return null;
  return (
    <div className="import-progress" role="status" data-testid="import-progress" data-phase={progress.phase}>
      <strong className="import-progress-file">
        Importing <bdi>{busy}</bdi>
      </strong>
      <span className="import-progress-text">{phaseText(progress)}</span>
      {/* No indeterminate bar: its animation repaints the page at every frame while the work runs. */}
      {progress.phase === 'building' && <progress max={progress.total} value={progress.done} />}
      {cancel && (
        <button type="button" className="import-progress-cancel" data-testid="import-cancel" onClick={cancel}>
          Cancel
        </button>
      )}
    </div>
  );
}

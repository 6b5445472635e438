import { useRef } from 'react';
import { useImportStore } from '../../store/importStore';
import { IMPORT_ACCEPT, importFiles } from '../../app/import/importFlow';
import { ImportProgress } from './ImportProgress';

/** "Import…": opens the file picker; the chosen files join the session as sources. */
export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const busy = useImportStore((s) => s.busy);
  return (
    <span className="import-control">
      <button
        type="button"
        className="toolbar-button import-button"
        data-testid="import-button"
        onClick={() => input.current?.click()}
        disabled={busy !== null}
        aria-busy={busy !== null}
        title="Add a GEXF, GraphML, graphology JSON or CSV file to the graph (or drop it anywhere on the page)"
      >
        {/* The same words while busy (the progress shows below): a button changing width moves the header. */}
        Import…
      </button>
      <input
        ref={input}
        type="file"
        accept={IMPORT_ACCEPT}
        multiple
        hidden
        data-testid="import-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared so that choosing the same file again (after removing it) fires a change.
          e.target.value = '';
          void importFiles(files);
        }}
      />
      <ImportProgress />
    </span>
  );
}

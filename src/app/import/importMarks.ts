// Performance marks around the import's own work (file chosen → merged graph handed to the store),
// so a test or a profile can tell its tasks from the drawing and panels that follow. Only the last
// import's marks are kept.

/** Set when a file is taken up for import (before it is read). */
export const IMPORT_START_MARK = 'dramatis:import-start';
/** Set just before the merged graph goes to the sources store (which then shows it). */
export const IMPORT_MERGED_MARK = 'dramatis:import-merged';

export function markImport(name: typeof IMPORT_START_MARK | typeof IMPORT_MERGED_MARK): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  if (name === IMPORT_START_MARK) {
    performance.clearMarks(IMPORT_START_MARK);
    performance.clearMarks(IMPORT_MERGED_MARK);
  }
  performance.mark(name);
}

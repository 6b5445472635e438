// Graph-file exports carry the edit log beside the curated graph (the graph itself already shows
// the edits, with their marks); a later import keeps the marks and need not replay the log.
import { useCurationStore } from '../../store/curationStore';
import { addExportGraphAttributes } from '../../app/export/jsonExportExtras';

/** Starts adding `curationLog: { edits, cursor }` to graph exports when there is any edit; returns the undo. */
export function carryEditLogInExports(): () => void {
  const remove = addExportGraphAttributes(() => {
    const { edits, cursor } = useCurationStore.getState();
    return edits.length > 0 ? { curationLog: { edits, cursor } } : undefined;
  });
  return () => {
    remove();
  };
}

// The analyst's edit log as a registered workspace part.
import { activeEdits, readLog, type CurationLog } from '../curationLog';
import { useCurationStore } from '../curationStore';
import { registerPersistedPart } from './persistedParts';
import { unionById } from './tabReconcile';

export const CURATION_PART_KEY = 'curation';

/** Keeps the edit log in the workspace; returns the undo. */
export function registerCurationPart(): () => void {
  return registerPersistedPart<CurationLog>({
    key: CURATION_PART_KEY,
    snapshot: () => {
      const { edits, cursor } = useCurationStore.getState();
      return { edits, cursor };
    },
    restore: (value) => useCurationStore.getState().restore(value),
    // Both tabs edited: this tab's active edits, then the ones only the other tab made.
    merge: (stored, mine, base) => {
      const edits = unionById(activeEdits(readLog(stored)), activeEdits(readLog(mine)), base ? readLog(base).edits : []);
      return { edits, cursor: edits.length };
    },
    subscribe: (changed) =>
      useCurationStore.subscribe((s, previous) => {
        if (s.edits !== previous.edits || s.cursor !== previous.cursor) changed();
      }),
  });
}

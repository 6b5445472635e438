import { create } from 'zustand';
import type { DramatisGraph } from '../graph/buildGraph';
import type { CurationEdit, EditOutcome } from '../graph/curation/editTypes';
import type { EdgeOrigins } from '../graph/curation/signatures';
import { stampEdit, type EditDraft } from '../graph/curation/newEdit';
import { EMPTY_LOG, readLog, redone, undone, withEdit, type CurationLog } from './curationLog';

/** The last application of the active edits (set by app/workspaceGraph). */
export interface AppliedEdits {
  /** The extracted graph the edits were applied to (the machine's values). */
  base: DramatisGraph;
  /** Signatures of the shown graph's edges, for new edits that name them. */
  origins: EdgeOrigins;
  /** How each active edit went, by edit id. */
  outcomes: ReadonlyMap<string, EditOutcome>;
}

export interface CurationState extends CurationLog {
  applied: AppliedEdits | null;
}

export interface CurationActions {
  /** Records a new edit (dropping any redo tail); returns it. */
  edit(draft: EditDraft): CurationEdit;
  undo(): void;
  redo(): void;
  /** Puts a stored log back (persistence). */
  restore(log: CurationLog): void;
  editsApplied(applied: AppliedEdits): void;
}

export const useCurationStore = create<CurationState & CurationActions>()((set, get) => ({
  ...EMPTY_LOG,
  applied: null,
  edit: (draft) => {
    const edit = stampEdit(draft);
    set(withEdit(get(), edit));
    return edit;
  },
  undo: () => set(undone(get())),
  redo: () => set(redone(get())),
  restore: (log) => set(readLog(log)),
  editsApplied: (applied) => set({ applied }),
}));

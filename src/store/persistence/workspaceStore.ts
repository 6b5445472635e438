// Where the kept workspace stands: saved in this browser, or in memory only (and why), and the last
// save that failed. A zustand slice of its own; the sync effect and the Workspace dialog read it.
import { create } from 'zustand';
import { useAppStore } from '../appStore';

export type StorageMode = 'opening' | 'saved' | 'memory';

export interface WorkspaceState {
  mode: StorageMode;
  /** Why the workspace lives in memory only (shown once as a notice and in the dialog). */
  memoryReason: string | null;
  /** The notice of the last save that failed after its retries; null once a save succeeds. */
  writeFailure: string | null;
  /** When the last save landed (ISO date-time). */
  lastSavedAt: string | null;
  /** Changes are waiting to be written (or being written). */
  pendingWrites: boolean;
}

export interface WorkspaceActions {
  storageOpened(): void;
  /** The workspace cannot be kept: says so once; the session goes on in memory. */
  storageUnavailable(message: string): void;
  writeFailed(message: string): void;
  writeSucceeded(at: string): void;
  setPendingWrites(pending: boolean): void;
}

export const INITIAL_WORKSPACE_STATE: WorkspaceState = { mode: 'opening', memoryReason: null, writeFailure: null, lastSavedAt: null, pendingWrites: false };

export const useWorkspaceStore = create<WorkspaceState & WorkspaceActions>()((set, get) => ({
  ...INITIAL_WORKSPACE_STATE,
  storageOpened: () => set({ mode: 'saved', memoryReason: null }),
  storageUnavailable: (message) => {
    if (get().mode === 'memory') return;
    set({ mode: 'memory', memoryReason: message });
    useAppStore.getState().pushNotice(message);
  },
  writeFailed: (message) => {
    const previous = get().writeFailure;
    if (previous === message) return;
    const app = useAppStore.getState();
    if (previous !== null) dismiss(previous);
    set({ writeFailure: message });
    app.pushNotice(message);
  },
  setPendingWrites: (pending) => {
    if (get().pendingWrites !== pending) set({ pendingWrites: pending });
  },
  writeSucceeded: (at) => {
    const previous = get().writeFailure;
    if (previous !== null) dismiss(previous);
    set({ writeFailure: null, lastSavedAt: at });
  },
}));

/** Takes a notice this slice raised off the screen, if the user has not dismissed it already. */
function dismiss(message: string): void {
  const app = useAppStore.getState();
  const index = app.notices.indexOf(message);
  if (index >= 0) app.dismissNotice(index);
}

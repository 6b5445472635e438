import { create } from 'zustand';
import type { CsvMapping } from '../graph/formats/types';

/** A CSV file read and waiting for the user to say which column holds what. */
export interface PendingCsv {
  fileName: string;
  text: string;
  columns: string[];
  /** The first rows under the header, for the preview. */
  preview: string[][];
  guess: Partial<CsvMapping>;
}

export interface ImportState {
  pendingCsv: PendingCsv | null;
  /** The file being read or parsed, for a busy note; null when idle. */
  busy: string | null;
}

export interface ImportActions {
  csvRead(pending: PendingCsv): void;
  csvClosed(): void;
  setBusy(fileName: string | null): void;
}

export const useImportStore = create<ImportState & ImportActions>()((set) => ({
  pendingCsv: null,
  busy: null,
  csvRead: (pendingCsv) => set({ pendingCsv }),
  csvClosed: () => set({ pendingCsv: null }),
  setBusy: (busy) => set({ busy }),
}));

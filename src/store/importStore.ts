import { create } from 'zustand';
import type { CsvMapping } from '../graph/formats/types';

/** A CSV file read and waiting for the user to say which column holds what. */
export interface PendingCsv {
  fileName: string;
  /** The file itself: it is read again, with the mapping, when the user chooses Import. */
  file: File;
  columns: string[];
  /** The first rows under the header, for the preview. */
  preview: string[][];
  guess: Partial<CsvMapping>;
}

/** What an import is doing, for the progress line: the worker reading and fitting, the page adding and merging. */
export type ImportPhase =
  | { phase: 'reading' | 'parsing' | 'merging' | 'showing' }
  | { phase: 'building'; done: number; total: number };

export interface ImportState {
  pendingCsv: PendingCsv | null;
  /** The file being read or parsed, for a busy note; null when idle. */
  busy: string | null;
  /** Where the import of `busy` is; null when idle. */
  progress: ImportPhase | null;
  /** Stops the import under way (null when there is none, or when it is past the point of stopping). */
  cancel: (() => void) | null;
}

export interface ImportActions {
  csvRead(pending: PendingCsv): void;
  csvClosed(): void;
  setBusy(fileName: string | null): void;
  setProgress(progress: ImportPhase | null, cancel?: (() => void) | null): void;
}

export const useImportStore = create<ImportState & ImportActions>()((set) => ({
  pendingCsv: null,
  busy: null,
  progress: null,
  cancel: null,
  csvRead: (pendingCsv) => set({ pendingCsv }),
  csvClosed: () => set({ pendingCsv: null }),
  setBusy: (busy) => set(busy === null ? { busy, progress: null, cancel: null } : { busy }),
  setProgress: (progress, cancel) => set(cancel === undefined ? { progress } : { progress, cancel }),
}));

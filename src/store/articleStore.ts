// The "Add article" dialog: what the user brought, the draft being checked, and the extraction in
// progress. Transitions only; reading files and running the worker live in src/ui/articles/articleFlow.
import { create } from 'zustand';
import type { ArticleInputKind } from '../extract/articleInput';
import type { ArticleDraft } from '../extract/articleDraft';

/** A text waiting to be read: pasted, or a dropped or chosen file. */
export interface ArticleInput {
  kind: ArticleInputKind;
  fileName: string | null;
  text: string;
}

export type ExtractionProgress = { phase: 'model' } | { phase: 'splitting' } | { phase: 'reading'; done: number; total: number };

export interface ArticleDialogState {
  open: boolean;
  /** The textarea's text. */
  pasted: string;
  /** The draft whose details the user is checking; null on the paste / choose step. */
  draft: ArticleDraft | null;
  /** Label of the loaded source or document holding the same text; extraction is refused. */
  duplicateOf: string | null;
  /** Files dropped or chosen that wait for their turn, in order. */
  queue: ArticleInput[];
  /** What went wrong on the current step (unreadable input, bad date, failed extraction). */
  message: string | null;
  /** Set while the worker reads the draft. */
  progress: ExtractionProgress | null;
}

export interface ArticleDialogActions {
  opened(): void;
  closed(): void;
  pastedChanged(text: string): void;
  /** Files appended to the queue (a dialog already busy keeps its draft). */
  queued(inputs: ArticleInput[]): void;
  /** The next input is being read: it leaves the queue. */
  dequeued(): ArticleInput | null;
  drafted(draft: ArticleDraft, duplicateOf: string | null): void;
  /** Back to the paste / choose step with a message (or none). */
  backToInput(message: string | null): void;
  failed(message: string): void;
  progressed(progress: ExtractionProgress | null): void;
}

const INITIAL: ArticleDialogState = { open: false, pasted: '', draft: null, duplicateOf: null, queue: [], message: null, progress: null };

export const useArticleStore = create<ArticleDialogState & ArticleDialogActions>()((set, get) => ({
  ...INITIAL,
  opened: () => set({ open: true }),
  closed: () => set({ ...INITIAL }),
  pastedChanged: (pasted) => set({ pasted, message: null }),
  queued: (inputs) => set({ open: true, queue: [...get().queue, ...inputs] }),
  dequeued: () => {
    const [next, ...rest] = get().queue;
    if (!next) return null;
    set({ queue: rest });
    return next;
  },
  drafted: (draft, duplicateOf) => set({ draft, duplicateOf, message: null, progress: null }),
  backToInput: (message) => set({ draft: null, duplicateOf: null, message, progress: null }),
  failed: (message) => set({ message, progress: null }),
  progressed: (progress) => set({ progress, ...(progress ? { message: null } : {}) }),
}));

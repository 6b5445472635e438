import { create } from 'zustand';

/** Whether the Edits panel is open (view state only; the log itself is in curationStore). */
export const useEditsPanel = create<{ open: boolean; setOpen(open: boolean): void }>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));

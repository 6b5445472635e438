// What a key does in a combobox's box (the ARIA 1.2 pattern): arrows open the list or move the
// active option round it, Enter chooses, Escape closes the list and, pressed again, clears the box.

export interface ComboboxState {
  /** The list is shown. */
  expanded: boolean;
  /** Options in the list. */
  count: number;
  /** The active option, -1 for none. */
  active: number;
  /** The box holds text. */
  hasText: boolean;
}

export type ComboboxAction =
  | { kind: 'open'; active: number }
  /** Move the active option by `step`, round the list. */
  | { kind: 'move'; step: number }
  | { kind: 'choose'; index: number }
  | { kind: 'close' }
  | { kind: 'clear' }
  /** The key is the box's, with nothing to do (arrows over an empty list). */
  | { kind: 'none' };

/** The option active after a step of `step` from `active` (-1: none yet) among `count` options. */
export function stepActive(active: number, step: number, count: number): number {
  if (count === 0) return -1;
  return active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count;
}

/** The action of `key`; null: not the combobox's key (it keeps its usual meaning). */
export function comboboxKey(key: string, s: ComboboxState): ComboboxAction | null {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      const step = key === 'ArrowDown' ? 1 : -1;
      if (!s.expanded) return { kind: 'open', active: s.count === 0 ? -1 : step > 0 ? 0 : s.count - 1 };
      if (s.count === 0) return { kind: 'none' };
      return { kind: 'move', step };
    }
    case 'Enter':
      return s.expanded ? { kind: 'choose', index: s.active >= 0 ? s.active : 0 } : null;
    case 'Escape':
      if (s.expanded) return { kind: 'close' };
      return s.hasText ? { kind: 'clear' } : null;
    default:
      return null;
  }
}

// What a key pressed on a row of the relations table does: a step of the roving focus, selecting the
// relation, or opening its article. Other keys keep their browser meaning.

const PAGE = 10;

/** Row keys that move the focus, by how many rows. */
const STEPS: Readonly<Record<string, number>> = {
  ArrowDown: 1,
  ArrowUp: -1,
  PageDown: PAGE,
  PageUp: -PAGE,
  Home: -Infinity,
  End: Infinity,
};

export type RowKeyAction = { kind: 'move'; step: number } | { kind: 'select' } | { kind: 'open' };

export interface RowKey {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** The action of `e` on a row (`selected`: the row's relation is the selection); null: not the table's key. */
export function rowKeyAction(e: RowKey, selected: boolean): RowKeyAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  const step = STEPS[e.key];
  if (step !== undefined) return { kind: 'move', step };
  // Enter selects; Enter on the selected row (or Shift+Enter) opens its article.
  if (e.key === 'Enter') return e.shiftKey || selected ? { kind: 'open' } : { kind: 'select' };
  if (e.key === ' ') return { kind: 'select' };
  return null;
}

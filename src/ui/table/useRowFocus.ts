// The relations table's roving focus: exactly one row is in the tab order; it follows the selection
// when it can, and a row focused or revealed off the drawn window is drawn first, then reached.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { RelationRow } from '../../store/relationRows';
import type { VirtualRows } from './useVirtualRows';

/** Scrolls `row` into `container` below the sticky header, moving as little as possible. */
function revealRow(container: HTMLElement, row: HTMLElement): void {
  const header = container.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  const c = container.getBoundingClientRect();
  const r = row.getBoundingClientRect();
  const top = c.top + header;
  if (r.top < top) container.scrollTop -= top - r.top + 4;
  else if (r.bottom > c.bottom) container.scrollTop += r.bottom - c.bottom + 4;
}

interface RowFocusInput {
  rows: readonly RelationRow[];
  /** Each row's place in `rows`, by edge. */
  rowIndex: ReadonlyMap<string, number>;
  selectedEdge: string | null;
  /** The rows are there (a large table's come a task after its frame). */
  ready: boolean;
  virtual: VirtualRows;
  scroller: RefObject<HTMLDivElement | null>;
}

export interface RowFocus {
  /** The row in the tab order. */
  activeEdge: string | null;
  setActive(edge: string): void;
  /** Focuses the row of `edge` and brings it into view, drawing it first if need be. */
  focusRow(edge: string | null): void;
}

export function useRowFocus({ rows, rowIndex, selectedEdge, ready, virtual, scroller }: RowFocusInput): RowFocus {
  const [active, setActive] = useState<string | null>(selectedEdge);
  const activeEdge = active !== null && rowIndex.has(active) ? active : (rows[0]?.edge ?? null);
  const reveal = useCallback(
    (edge: string) => {
      const row = virtual.elementOf(edge);
      if (scroller.current && row) revealRow(scroller.current, row);
      else if (rowIndex.has(edge)) virtual.reveal(rowIndex.get(edge)!);
    },
    [virtual, rowIndex, scroller],
  );

  // A selection made anywhere (graph, panel, URL) highlights its row and brings it into view.
  const pendingReveal = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!selectedEdge) return;
    setActive(selectedEdge);
    pendingReveal.current = selectedEdge;
  }, [selectedEdge]);

  // Focus or reveal waits until its row is drawn (after a jump it is drawn on the next render).
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    for (const pending of [pendingFocus, pendingReveal]) {
      const edge = pending.current;
      if (!edge || !ready) continue;
      if (!rowIndex.has(edge)) {
        // Filtered out: nothing to show now, and nothing to jump to later.
        pending.current = null;
        continue;
      }
      const row = virtual.elementOf(edge);
      if (!row) {
        virtual.reveal(rowIndex.get(edge)!);
        continue;
      }
      pending.current = null;
      if (pending === pendingFocus) row.focus({ preventScroll: true });
      reveal(edge);
    }
  });

  const focusRow = (edge: string | null) => {
    if (!edge) return;
    setActive(edge);
    const row = virtual.elementOf(edge);
    if (row) row.focus({ preventScroll: true });
    else pendingFocus.current = edge;
    reveal(edge);
  };
  return { activeEdge, setActive, focusRow };
}

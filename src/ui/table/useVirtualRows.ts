// Draws only the table rows that cross the scroller's viewport (plus a few either side), so a table
// of 40,000 relations costs what one of fifty does. Rows keep their natural heights: each drawn row
// is measured and the spacer rows above and below stand in for the rest (see virtualRows.ts).
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { RowHeights, revealTop, rowWindow, type RowWindow } from './virtualRows';

/** A row's height before it is drawn: two lines of text and the cell padding. */
const ESTIMATED_ROW_HEIGHT = 52;
/** Rows drawn beyond each edge of the viewport: a page of keyboard steps finds them there. */
const OVERSCAN = 12;
/** Tables up to this many rows are drawn whole (the browser's find-in-page sees every row). */
export const DRAW_ALL_UP_TO = 400;

export interface VirtualRows {
  window: RowWindow;
  /** Ref callback for the row of `edge`. */
  rowRef(edge: string): (el: HTMLTableRowElement | null) => void;
  /** The drawn row of `edge`, if it is drawn. */
  elementOf(edge: string): HTMLTableRowElement | undefined;
  /** Scrolls so that the row at `index` is drawn and wholly in view. */
  reveal(index: number): void;
  onScroll(): void;
}

/** The band of the list in view: `top` from the first row's top, under the sticky header. */
interface Band {
  top: number;
  height: number;
}

/** Where the rows start in the scroller's content, and how much of the viewport the sticky header covers. */
function frame(scroller: HTMLElement, body: HTMLElement): { bodyTop: number; header: number } {
  const header = scroller.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  const bodyTop = body.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
  return { bodyTop, header };
}

function bandOf(scroller: HTMLElement, body: HTMLElement): Band {
  const { bodyTop, header } = frame(scroller, body);
  return { top: scroller.scrollTop + header - bodyTop, height: Math.max(0, scroller.clientHeight - header) };
}

export function useVirtualRows(rows: readonly { edge: string }[], scroller: RefObject<HTMLElement | null>, body: RefObject<HTMLElement | null>): VirtualRows {
  const measured = useRef(new Map<string, number>());
  const elements = useRef(new Map<string, HTMLTableRowElement>());
  const [measures, setMeasures] = useState(0);
  const [band, setBand] = useState<Band>({ top: 0, height: 900 });
  const heights = useMemo(() => new RowHeights(rows.length, ESTIMATED_ROW_HEIGHT, (i) => measured.current.get(rows[i]!.edge)), [rows, measures]);
  const window = rows.length <= DRAW_ALL_UP_TO ? { start: 0, end: rows.length, before: 0, after: 0 } : rowWindow(heights, band.top, band.height, OVERSCAN);

  const onScroll = useCallback(() => {
    if (!scroller.current || !body.current) return;
    const next = bandOf(scroller.current, body.current);
    setBand((b) => (b.top === next.top && b.height === next.height ? b : next));
  }, [scroller, body]);

  // The viewport's height follows the window's. The observer reports the first size once the
  // browser has laid the table out anyway, so mounting the table forces no layout of its own.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(onScroll);
    observer.observe(el);
    return () => observer.disconnect();
  }, [scroller, onScroll]);

  // Measure what was drawn; a height that differs from the estimate redraws with the true offsets.
  useLayoutEffect(() => {
    let changed = false;
    for (let i = window.start; i < window.end; i++) {
      const edge = rows[i]!.edge;
      const height = elements.current.get(edge)?.getBoundingClientRect().height;
      if (height === undefined || height === 0) continue;
      const known = measured.current.get(edge);
      if (known !== undefined && Math.abs(known - height) <= 0.5) continue;
      measured.current.set(edge, height);
      changed = true;
    }
    if (elements.current.size > 4 * (window.end - window.start) + 64) {
      for (const [edge, el] of elements.current) if (!el.isConnected) elements.current.delete(edge);
    }
    if (changed) setMeasures((m) => m + 1);
  });

  const reveal = useCallback(
    (index: number) => {
      const el = scroller.current;
      if (!el || !body.current || index < 0 || index >= heights.count) return;
      const { bodyTop, header } = frame(el, body.current);
      const now = bandOf(el, body.current);
      const top = revealTop(heights, index, now.top, now.height);
      if (top !== now.top) el.scrollTop = top - header + bodyTop;
      const next = bandOf(el, body.current);
      setBand((b) => (b.top === next.top && b.height === next.height ? b : next));
    },
    [scroller, body, heights],
  );

  const rowRef = useCallback(
    (edge: string) => (el: HTMLTableRowElement | null) => {
      if (el) elements.current.set(edge, el);
      else if (elements.current.get(edge)?.isConnected === false) elements.current.delete(edge);
    },
    [],
  );
  const elementOf = useCallback((edge: string) => {
    const el = elements.current.get(edge);
    return el?.isConnected ? el : undefined;
  }, []);

  return { window, rowRef, elementOf, reveal, onScroll };
}

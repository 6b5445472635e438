// Dragging on the timeline brush: a press on the empty timeline draws a new window (a click selects
// the bin under it), one on the selection moves it, one on a handle resizes it; Escape puts back
// the window the drag started from. Listens on the window until the pointer is released.
import { useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { binIndex, type TimeHistogram } from '../../graph/timeHistogram';
import { dragWindow, type DayWindow, type DragMode, type TimeScale } from '../../graph/timeWindow';

interface Drag {
  mode: DragMode;
  start: DayWindow | null;
  anchor: number;
  startX: number;
  moved: boolean;
  pointerId: number;
}

/** Pixels a pointer must travel before a press on the empty timeline becomes a drag. */
const DRAG_THRESHOLD = 3;

/** The pointer's x in the chart's coordinates. */
export function localX(e: { clientX: number; currentTarget: Element }): number {
  const svg = e.currentTarget instanceof SVGSVGElement ? e.currentTarget : (e.currentTarget as SVGElement).ownerSVGElement;
  return e.clientX - (svg?.getBoundingClientRect().left ?? 0);
}

interface BrushDragInput {
  histogram: TimeHistogram;
  scale: TimeScale;
  /** The window the filters set (null: every date). */
  window: DayWindow | null;
  /** The window drawn: the filters' or the whole timeline. */
  shown: DayWindow;
  onChange(w: DayWindow): void;
  onGrab(): void;
}

export interface BrushDrag {
  /** The pointer-down handler that starts a drag of `mode`. */
  begin(mode: DragMode): (e: ReactPointerEvent<SVGElement>) => void;
  dragging(): boolean;
}

export function useBrushDrag({ histogram: h, scale, window: w, shown, onChange, onGrab }: BrushDragInput): BrushDrag {
  const drag = useRef<Drag | null>(null);
  const cleanup = useRef<(() => void) | null>(null);
  const domain = h.domain;
  useEffect(() => () => cleanup.current?.(), []);

  const begin = (mode: DragMode) => (e: ReactPointerEvent<SVGElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    onGrab();
    const x = localX(e);
    const svg = (e.currentTarget as SVGElement).ownerSVGElement;
    const left = svg?.getBoundingClientRect().left ?? 0;
    drag.current = { mode, start: mode === 'create' ? null : shown, anchor: scale.dayAt(x), startX: x, moved: false, pointerId: e.pointerId };
    const before = w;

    const move = (ev: PointerEvent) => {
      const d = drag.current;
      if (!d || ev.pointerId !== d.pointerId) return;
      const px = ev.clientX - left;
      if (!d.moved && Math.abs(px - d.startX) < DRAG_THRESHOLD) return;
      d.moved = true;
      onChange(dragWindow(d.mode, d.start, d.anchor, scale.dayAt(px), domain));
    };
    const end = (ev: PointerEvent) => {
      const d = drag.current;
      if (!d || ev.pointerId !== d.pointerId) return;
      if (!d.moved && d.mode === 'create') {
        // A click on the timeline selects the bin under the pointer.
        const bin = h.bins[binIndex(scale.dayAt(ev.clientX - left), h.binSize, domain.first)];
        if (bin) onChange({ from: bin.start, to: bin.end });
      }
      stop();
    };
    const key = (ev: globalThis.KeyboardEvent) => {
      if (ev.key !== 'Escape') return;
      ev.stopPropagation();
      if (before) onChange(before);
      stop();
    };
    const stop = () => {
      drag.current = null;
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
      window.removeEventListener('keydown', key, true);
      cleanup.current = null;
    };
    cleanup.current?.();
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
    window.addEventListener('keydown', key, true);
    cleanup.current = stop;
  };
  return { begin, dragging: () => drag.current !== null };
}

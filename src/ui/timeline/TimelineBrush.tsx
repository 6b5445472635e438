import { useEffect, useRef, type KeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { binIndex, formatDay, type TimeHistogram } from '../../graph/timeHistogram';
import { dragWindow, nudgeEnd, shiftWindow, type DayWindow, type DragMode, type TimeScale } from '../../graph/timeWindow';
import { AXIS_Y, BAR_TOP } from './layout';

interface Props {
  histogram: TimeHistogram;
  scale: TimeScale;
  /** The window the filters set (null: every date). */
  window: DayWindow | null;
  onChange(w: DayWindow): void;
  /** Pointer position in chart coordinates for the hover read-out; null when it leaves. */
  onHover(point: { x: number; y: number } | null): void;
  /** Called when the user starts dragging (play pauses). */
  onGrab(): void;
}

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
const SELECTION_TOP = BAR_TOP - 6;

function localX(e: { clientX: number; currentTarget: Element }): number {
  const svg = e.currentTarget instanceof SVGSVGElement ? e.currentTarget : (e.currentTarget as SVGElement).ownerSVGElement;
  return e.clientX - (svg?.getBoundingClientRect().left ?? 0);
}

/**
 * The brush over the histogram: drag on the empty timeline to select a range (a click selects one
 * bin), drag the selection to move it, drag or arrow-key the handles to resize it. It draws the
 * window it is given and reports changes; the store is the source of truth.
 */
export function TimelineBrush({ histogram: h, scale, window: w, onChange, onHover, onGrab }: Props) {
  const drag = useRef<Drag | null>(null);
  const cleanup = useRef<(() => void) | null>(null);
  const domain = h.domain;
  const shown = w ?? { from: domain.first, to: domain.last };

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
        const day = scale.dayAt(ev.clientX - left);
        const bin = h.bins[binIndex(day, h.binSize, domain.first)];
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

  const keyStep = (e: KeyboardEvent): number | 'home' | 'end' | null => {
    switch (e.key) {
      case 'ArrowLeft':
      case 'ArrowDown':
        return -1;
      case 'ArrowRight':
      case 'ArrowUp':
        return 1;
      case 'PageDown':
        return -4;
      case 'PageUp':
        return 4;
      case 'Home':
        return 'home';
      case 'End':
        return 'end';
      default:
        return null;
    }
  };

  const onHandleKey = (end: 'from' | 'to') => (e: KeyboardEvent) => {
    const step = keyStep(e);
    if (step === null) return;
    e.preventDefault();
    onGrab();
    if (step === 'home') onChange(end === 'from' ? { from: domain.first, to: shown.to } : { from: shown.from, to: shown.from });
    else if (step === 'end') onChange(end === 'from' ? { from: shown.to, to: shown.to } : { from: shown.from, to: domain.last });
    else onChange(nudgeEnd(shown, end, e.shiftKey ? 'day' : h.binSize, step, domain));
  };

  const onSelectionKey = (e: KeyboardEvent) => {
    const step = keyStep(e);
    if (step === null || !w) return;
    e.preventDefault();
    onGrab();
    if (step === 'home') onChange(shiftWindow(w, 'day', domain.first - w.from, domain));
    else if (step === 'end') onChange(shiftWindow(w, 'day', domain.last - w.to, domain));
    else onChange(shiftWindow(w, e.shiftKey ? 'day' : h.binSize, step, domain));
  };

  const x0 = scale.x(shown.from);
  const x1 = scale.x(shown.to + 1);
  const plotLeft = scale.x(domain.first);
  const plotRight = scale.x(domain.last + 1);
  const handle = (end: 'from' | 'to', x: number) => (
    <g
      className={`brush-handle ${end}`}
      role="slider"
      tabIndex={0}
      aria-label={end === 'from' ? 'Start of the time window' : 'End of the time window'}
      aria-orientation="horizontal"
      aria-valuemin={domain.first}
      aria-valuemax={domain.last}
      aria-valuenow={end === 'from' ? shown.from : shown.to}
      aria-valuetext={formatDay(end === 'from' ? shown.from : shown.to)}
      data-testid={`timeline-handle-${end}`}
      onPointerDown={begin(end)}
      onKeyDown={onHandleKey(end)}
    >
      <rect className="hit" x={end === 'from' ? x - 10 : x - 4} y={SELECTION_TOP} width={14} height={AXIS_Y - SELECTION_TOP} />
      <line x1={x} x2={x} y1={SELECTION_TOP} y2={AXIS_Y} />
      {/* The grip sits outside the window, so it never covers the bars inside. */}
      <rect className="grip" x={end === 'from' ? x - 7.5 : x + 0.5} y={(SELECTION_TOP + AXIS_Y) / 2 - 10} width={7} height={20} rx={2.5} />
    </g>
  );

  return (
    <g
      className={`timeline-brush${w ? ' active' : ''}`}
      onPointerMove={(e) => !drag.current && onHover({ x: localX(e), y: e.clientY - ((e.currentTarget.ownerSVGElement?.getBoundingClientRect().top) ?? 0) })}
      onPointerLeave={() => onHover(null)}
    >
      <rect className="brush-overlay" x={plotLeft} y={0} width={Math.max(0, plotRight - plotLeft)} height={AXIS_Y} onPointerDown={begin('create')} data-testid="timeline-plot" />
      {/* Bars and bands outside the window fade because the graph hides their events; no veil needed. */}
      {w && (
        <rect
          className="brush-selection"
          x={x0}
          y={SELECTION_TOP}
          width={Math.max(1, x1 - x0)}
          height={AXIS_Y - SELECTION_TOP}
          tabIndex={0}
          role="group"
          aria-label={`Time window ${formatDay(shown.from)} to ${formatDay(shown.to)}; arrow keys move it`}
          data-testid="timeline-selection"
          onPointerDown={begin('move')}
          onKeyDown={onSelectionKey}
        />
      )}
      {handle('from', x0)}
      {handle('to', x1)}
    </g>
  );
}

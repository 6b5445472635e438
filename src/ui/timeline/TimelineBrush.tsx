import type { KeyboardEvent } from 'react';
import { type TimeHistogram } from '../../graph/timeHistogram';
import { formatDay } from '../../graph/timeLabels';
import type { DayWindow, TimeScale } from '../../graph/timeWindow';
import { AXIS_Y } from './layout';
import { handleKeyWindow, keyStep, selectionKeyWindow } from './brushKeys';
import { localX, useBrushDrag } from './useBrushDrag';
import { BrushHandle, SELECTION_TOP } from './BrushHandle';

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

/**
 * The brush over the histogram: drag on the empty timeline to select a range (a click selects one
 * bin), drag the selection to move it, drag or arrow-key the handles to resize it. It draws the
 * window it is given and reports changes; the store is the source of truth.
 */
export function TimelineBrush({ histogram: h, scale, window: w, onChange, onHover, onGrab }: Props) {
  const domain = h.domain;
  const shown = w ?? { from: domain.first, to: domain.last };
  const { begin, dragging } = useBrushDrag({ histogram: h, scale, window: w, shown, onChange, onGrab });

  const onHandleKey = (end: 'from' | 'to') => (e: KeyboardEvent) => {
    const step = keyStep(e.key);
    if (step === null) return;
    e.preventDefault();
    onGrab();
    onChange(handleKeyWindow(shown, end, step, e.shiftKey ? 'day' : h.binSize, domain));
  };

  const onSelectionKey = (e: KeyboardEvent) => {
    const step = keyStep(e.key);
    if (step === null || !w) return;
    e.preventDefault();
    onGrab();
    onChange(selectionKeyWindow(w, step, e.shiftKey ? 'day' : h.binSize, domain));
  };

  const x0 = scale.x(shown.from);
  const x1 = scale.x(shown.to + 1);
  const plotLeft = scale.x(domain.first);
  const plotRight = scale.x(domain.last + 1);
  const handle = (end: 'from' | 'to', x: number) => (
    <BrushHandle end={end} x={x} shown={shown} domain={domain} onPointerDown={begin(end)} onKeyDown={onHandleKey(end)} />
  );

  return (
    <g
      className={`timeline-brush${w ? ' active' : ''}`}
      onPointerMove={(e) => !dragging() && onHover({ x: localX(e), y: e.clientY - ((e.currentTarget.ownerSVGElement?.getBoundingClientRect().top) ?? 0) })}
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

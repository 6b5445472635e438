import type { KeyboardEvent, PointerEvent as ReactPointerEvent } from 'react';
import { formatDay } from '../../graph/timeLabels';
import type { DayRange, DayWindow } from '../../graph/timeWindow';
import { AXIS_Y, BAR_TOP } from './layout';

export const SELECTION_TOP = BAR_TOP - 6;

interface Props {
  end: 'from' | 'to';
  /** Where the handle is drawn. */
  x: number;
  shown: DayWindow;
  domain: DayRange;
  onPointerDown(e: ReactPointerEvent<SVGElement>): void;
  onKeyDown(e: KeyboardEvent): void;
}

/** One end of the time window: a slider to drag or arrow-key. */
export function BrushHandle({ end, x, shown, domain, onPointerDown, onKeyDown }: Props) {
  const day = end === 'from' ? shown.from : shown.to;
  return (
    <g
      className={`brush-handle ${end}`}
      role="slider"
      tabIndex={0}
      aria-label={end === 'from' ? 'Start of the time window' : 'End of the time window'}
      aria-orientation="horizontal"
      aria-valuemin={domain.first}
      aria-valuemax={domain.last}
      aria-valuenow={day}
      aria-valuetext={formatDay(day)}
      data-testid={`timeline-handle-${end}`}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    >
      <rect className="hit" x={end === 'from' ? x - 10 : x - 4} y={SELECTION_TOP} width={14} height={AXIS_Y - SELECTION_TOP} />
      <line x1={x} x2={x} y1={SELECTION_TOP} y2={AXIS_Y} />
      {/* The grip sits outside the window, so it never covers the bars inside. */}
      <rect className="grip" x={end === 'from' ? x - 7.5 : x + 0.5} y={(SELECTION_TOP + AXIS_Y) / 2 - 10} width={7} height={20} rx={2.5} />
    </g>
  );
}

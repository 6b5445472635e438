import { type TimeHistogram } from '../../graph/timeHistogram';
import { formatDay } from '../../graph/timeLabels';
import { AXIS_Y } from './layout';

interface Props {
  histogram: Pick<TimeHistogram, 'overflow' | 'domain'>;
  onExpand(side: 'before' | 'after'): void;
}

const events = (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`;

/**
 * Compact markers at the ends of the axis counting the events it does not show (a stray "2025",
 * a late follow-up); a click widens the axis to them. The time window is not changed.
 */
export function OverflowMarkers({ histogram: h, onExpand }: Props) {
  const { before, after } = h.overflow;
  const marker = (side: 'before' | 'after', count: number) => {
    const label = side === 'before' ? `${events(count)} before ${formatDay(h.domain.first)}` : `${events(count)} after ${formatDay(h.domain.last)}`;
    return (
      <button
        type="button"
        className={`timeline-overflow ${side}`}
        style={{ top: AXIS_Y - 10 }}
        onClick={() => onExpand(side)}
        aria-label={`${label}: widen the axis to show them`}
        title={`${label} are off the axis. Click to widen it; double-click the axis to fit it again.`}
        data-testid={`timeline-overflow-${side}`}
        data-count={count}
      >
        {side === 'before' ? `‹ ${count}` : `${count} ›`}
      </button>
    );
  };
  return (
    <>
      {before > 0 && marker('before', before)}
      {after > 0 && marker('after', after)}
    </>
  );
}

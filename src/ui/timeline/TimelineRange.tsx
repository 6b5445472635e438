import { Fragment } from 'react';
import type { FilterState } from '../../graph/filterState';
import { rangeEnds } from './timelineRange';

/** The time window written out in the toolbar, announced as it changes. */
export function TimelineRange({ filters }: { filters: Pick<FilterState, 'from' | 'to'> }) {
  const ends = rangeEnds(filters);
  return (
    <p className="timeline-range" data-testid="timeline-range" aria-live="polite">
      {ends.map((end, i) => (
        <Fragment key={i}>
          {i > 0 && ' '}
          <span className="end">{i < ends.length - 1 ? `${end} –` : end}</span>
        </Fragment>
      ))}
    </p>
  );
}

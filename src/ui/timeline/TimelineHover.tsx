import type { ReactNode } from 'react';
import { windowCoverage } from '../../graph/eventTime';
import { relationStyle } from '../../graph/relationStyles';
import { binIndex, stackOrder, type TimeBand, type TimeBin, type TimeHistogram } from '../../graph/timeHistogram';
import { bandLabel, binLabel } from '../../graph/timeLabels';
import type { TimeScale } from '../../graph/timeWindow';
import { BAND_STRIP, BAND_TOP, bandLane } from './layout';

interface Props {
  histogram: TimeHistogram;
  scale: TimeScale;
  point: { x: number; y: number };
  width: number;
  /** The time window (open ends unbounded), or null when every date shows. */
  window: { from: number; to: number } | null;
}

/** How the time window treats imprecise dates, said wherever bands are described. */
export const BAND_RULE = 'The text gives only a month, a year or a span: such an event shows whenever the time window overlaps it, and counts as partly in the window while the window holds only part of it.';

const COVERAGE_NOTE = { partly: 'partly in the window', outside: 'outside the window' } as const;

const PRECISION_NOTE: Record<TimeBand['precision'], string> = {
  month: 'month only',
  year: 'year only',
  span: 'over several days',
};

/** The bands under a point of the band strip, or null when the point is elsewhere. */
function bandsAt(h: TimeHistogram, scale: TimeScale, x: number, y: number): TimeBand[] | null {
  if (y < BAND_TOP - 1 || y > BAND_TOP + BAND_STRIP + 1) return null;
  const day = scale.dayAt(x);
  return h.bands.filter((b) => {
    const lane = bandLane(b.lane, h.lanes);
    return day >= b.first && day <= b.last && y >= lane.y - 1.5 && y <= lane.y + lane.height + 1.5;
  });
}

function binAt(h: TimeHistogram, scale: TimeScale, x: number): TimeBin | undefined {
  return h.bins[binIndex(scale.dayAt(x), h.binSize, h.domain.first)];
}

function Row({ relation, count, note }: { relation: string; count: number; note?: string }) {
  const style = relationStyle(relation);
  return (
    <li>
      <span className={`swatch${note ? ' hatched' : ''}`} style={{ backgroundColor: note ? undefined : style.color, color: style.color }} aria-hidden="true" />
      <span className="n">{count}</span> {style.label}
      {note && <span className="note"> · {note}</span>}
    </li>
  );
}

/** What is under the pointer: a bin's events by relation, or the bands of imprecisely dated events. */
export function TimelineHover({ histogram: h, scale, point, width, window: w }: Props) {
  const bands = bandsAt(h, scale, point.x, point.y);
  let title: string;
  let rows: ReactNode;
  let rule: string | null = null;
  if (bands && bands.length > 0) {
    title = bands.map((b) => bandLabel(b)).filter((l, i, all) => all.indexOf(l) === i).join(', ');
    rule = BAND_RULE;
    rows = (
      <>
        {bands.map((b, i) => {
          const coverage = w ? windowCoverage(b.first, b.last, w.from, w.to) : 'inside';
          return (
            <li key={i}>
              <span className="swatch band" style={{ backgroundColor: relationStyle(b.relation).color }} aria-hidden="true" />
              <span className="n">{b.count}</span> {relationStyle(b.relation).label}
              <span className="note">
                {' '}
                · {PRECISION_NOTE[b.precision]}
                {b.passes && coverage !== 'inside' && ` · ${COVERAGE_NOTE[coverage]}`}
              </span>
            </li>
          );
        })}
      </>
    );
  } else {
    const bin = binAt(h, scale, point.x);
    if (!bin) return null;
    const label = binLabel(bin, h.binSize);
    title = label.charAt(0).toUpperCase() + label.slice(1);
    const dated = stackOrder(bin.dated);
    const byDocument = stackOrder(bin.documentDated);
    rows =
      bin.total === 0 ? (
        <li className="none">No day-dated events</li>
      ) : (
        <>
          {dated.map((r) => (
            <Row key={`d-${r}`} relation={r} count={bin.dated[r] ?? 0} />
          ))}
          {byDocument.map((r) => (
            <Row key={`p-${r}`} relation={r} count={bin.documentDated[r] ?? 0} note="publication-dated" />
          ))}
          {bin.filteredOut > 0 && (
            <li>
              <span className="swatch filtered" aria-hidden="true" />
              <span className="n">{bin.filteredOut}</span> hidden by other filters
            </li>
          )}
        </>
      );
  }
  // Right of the pointer in the left half, left of it in the right half.
  const side = point.x < width / 2 ? { left: point.x + 14 } : { right: Math.max(4, width - point.x + 14) };
  return (
    <div className="timeline-hover" style={side} role="status" data-testid="timeline-hover">
      <div className="title">{title}</div>
      <ul>{rows}</ul>
      {rule && <p className="rule">{rule}</p>}
    </div>
  );
}

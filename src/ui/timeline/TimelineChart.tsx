import { memo, type ReactNode } from 'react';
import { windowCoverage } from '../../graph/eventTime';
import { relationStyle } from '../../graph/relationStyles';
import { BIN_SIZE_LABELS, stackSegments, type TimeHistogram } from '../../graph/timeHistogram';
import { BIN_SIZE_UNITS, timeTicks } from '../../graph/timeLabels';
import type { TimeScale } from '../../graph/timeWindow';
import { AXIS_Y, BAR_BOTTOM, BAR_TOP, bandLane, TICK_LABEL_Y } from './layout';

const FILTERED_COLOR = '#d9dde5';

interface Props {
  histogram: TimeHistogram;
  scale: TimeScale;
  width: number;
  /** Draw document-dated events as included (hatched) or excluded (a dashed outline). */
  includeDocumentDated: boolean;
  /** Edges the filters currently show: bars and bands of events the graph hides are faded. */
  visibleEdges: ReadonlySet<string> | null;
  /** The time window (open ends unbounded), or null: bands it holds only part of are marked "partly". */
  window: { from: number; to: number } | null;
}

/** Relations that need a hatch pattern: those with document-dated events somewhere. */
function hatchedRelations(h: TimeHistogram): string[] {
  const set = new Set<string>();
  for (const b of h.bins) for (const r of Object.keys(b.documentDated)) set.add(r);
  return [...set];
}

export const hatchId = (relation: string) => `tl-hatch-${relation.replace(/[^a-z0-9_-]/gi, '_')}`;

/** The histogram: stacked bars per bin, bands for imprecise dates, and the date axis. Pure SVG, no interaction. */
export const TimelineChart = memo(function TimelineChart({ histogram: h, scale, width, includeDocumentDated, visibleEdges, window: timeWindow }: Props) {
  const barHeight = BAR_BOTTOM - BAR_TOP;
  const unit = h.maxTotal > 0 ? barHeight / h.maxTotal : 0;
  const ticks = timeTicks(h.domain.first, h.domain.last, scale.pixelsPerDay);
  const plotLeft = scale.x(h.domain.first);
  const plotRight = scale.x(h.domain.last + 1);
  const gap = scale.pixelsPerDay * 7 > 6 || h.binSize !== 'day' ? 1 : 0;

  return (
    <g className="timeline-chart">
      <defs>
        {/* Bands of a month or year the axis cuts are drawn only over the axis. */}
        <clipPath id="tl-plot-clip">
          <rect x={plotLeft} y={0} width={Math.max(0, plotRight - plotLeft)} height={AXIS_Y} />
        </clipPath>
        {hatchedRelations(h).map((r) => {
          const color = relationStyle(r).color;
          return (
            <pattern key={r} id={hatchId(r)} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="4" height="4" fill={color} fillOpacity="0.16" />
              <line x1="0" y1="0" x2="0" y2="4" stroke={color} strokeWidth="2.2" />
            </pattern>
          );
        })}
      </defs>

      {/* Count scale: the tallest bin, what a bin is, and zero. */}
      <g className="timeline-grid">
        {h.maxTotal > 0 && <line x1={plotLeft} x2={plotRight} y1={BAR_TOP} y2={BAR_TOP} />}
        {h.maxTotal > 0 && (
          <text x={plotLeft - 11} y={BAR_TOP + 4} textAnchor="end" className="max">
            {h.maxTotal}
          </text>
        )}
        <text x={plotLeft - 11} y={BAR_TOP + 16} textAnchor="end" className="unit" data-testid="timeline-bins" data-bin-size={h.binSize}>
          {BIN_SIZE_UNITS[h.binSize]}
          <title>{`${BIN_SIZE_LABELS[h.binSize][0]!.toUpperCase()}${BIN_SIZE_LABELS[h.binSize].slice(1)}: each bar counts the events of one ${h.binSize}${h.binSize === 'week' ? ' (Monday to Sunday)' : ''}`}</title>
        </text>
        <text x={plotLeft - 11} y={BAR_BOTTOM} textAnchor="end">
          0
        </text>
      </g>

      <g className="timeline-bars">
        {h.bins.map((bin) => {
          if (bin.total === 0) return null;
          const x = scale.x(bin.start);
          const w = Math.max(1, scale.x(bin.end + 1) - x - gap);
          let y = BAR_BOTTOM;
          const segments: ReactNode[] = [];
          for (const seg of stackSegments(bin, visibleEdges)) {
            const hgt = seg.count * unit;
            y -= hgt;
            const key = `${seg.layer}-${seg.relation}-${seg.shown}`;
            const state = seg.shown ? '' : ' hidden-now';
            if (seg.layer === 'filtered') segments.push(<rect key={key} className="filtered-out" x={x} y={y} width={w} height={hgt} fill={FILTERED_COLOR} />);
            else if (seg.layer === 'dated')
              segments.push(<rect key={key} className={`dated${state}`} x={x} y={y} width={w} height={hgt} fill={relationStyle(seg.relation).color} data-relation={seg.relation} />);
            else if (includeDocumentDated)
              segments.push(
                <rect key={key} className={`doc-dated${state}`} x={x + 0.5} y={y + 0.5} width={Math.max(0, w - 1)} height={Math.max(0, hgt - 1)} fill={`url(#${hatchId(seg.relation)})`} stroke={relationStyle(seg.relation).color} data-relation={seg.relation} />,
              );
            else segments.push(<rect key={key} className="doc-dated excluded" x={x + 0.5} y={y + 0.5} width={Math.max(0, w - 1)} height={Math.max(0, hgt - 1)} data-relation={seg.relation} />);
          }
          return (
            <g key={bin.index} data-bin={bin.index}>
              {segments}
            </g>
          );
        })}
      </g>

      <g className="timeline-bands" clipPath="url(#tl-plot-clip)">
        {h.bands.map((band, i) => {
          const { y, height } = bandLane(band.lane, h.lanes);
          const x = scale.x(band.first);
          const w = Math.max(2, scale.x(band.last + 1) - x);
          const shown = visibleEdges === null || band.edges.some((e) => visibleEdges.has(e));
          const color = band.passes ? relationStyle(band.relation).color : FILTERED_COLOR;
          const partly = shown && timeWindow !== null && windowCoverage(band.first, band.last, timeWindow.from, timeWindow.to) === 'partly';
          return (
            <rect
              key={i}
              className={`band ${band.precision}${shown ? '' : ' hidden-by-filter'}${partly ? ' partly' : ''}`}
              x={x}
              y={y}
              width={w}
              height={height}
              rx={Math.min(2, height / 2)}
              fill={color}
              stroke={color}
              data-relation={band.relation}
              data-precision={band.precision}
              data-partly={partly || undefined}
            />
          );
        })}
      </g>

      <g className="timeline-axis">
        <line x1={plotLeft} x2={Math.min(plotRight, width)} y1={AXIS_Y} y2={AXIS_Y} />
        {ticks.map((t) => {
          const x = scale.x(t.day);
          // A label that would run off the right end hangs left of its tick instead.
          const hangsLeft = x + 4 + t.label.length * 6.2 > width;
          return (
            <g key={t.day} className={t.major ? 'tick major' : 'tick'}>
              <line x1={x} x2={x} y1={AXIS_Y} y2={AXIS_Y + (t.major ? 5 : 3)} />
              <text x={hangsLeft ? x - 2 : x + 3} y={TICK_LABEL_Y} textAnchor={hangsLeft ? 'end' : 'start'}>
                {t.label}
              </text>
            </g>
          );
        })}
      </g>
    </g>
  );
});

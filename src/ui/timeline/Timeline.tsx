import { Fragment, useCallback, useEffect, useMemo, useState } from 'react';
import { binEventColumns, playSpansOfColumns } from '../../graph/columnHistogram';
import { dayNumber } from '../../graph/eventTime';
import { chooseBinSize, dayRangeParts } from '../../graph/timeHistogram';
import { clipWindow, filterWindow, timePresets, timeScale, windowFilters, type DayWindow, type TimePreset } from '../../graph/timeWindow';
import { useAppStore } from '../../store/appStore';
import { useGraphSwapDeferred } from '../useGraphSwapDeferred';
import { formatIsoDate } from '../formatEventDate';
import { AXIS_Y, CHART_HEIGHT, OVERFLOW_ROOM, PLOT_LEFT, PLOT_RIGHT } from './layout';
import { OverflowMarkers } from './OverflowMarkers';
import { PlayControls, type PlayState } from './PlayControls';
import { TimelineBrush } from './TimelineBrush';
import { TimelineChart } from './TimelineChart';
import { TimelineHover } from './TimelineHover';
import { TimePresets } from './TimePresets';
import { useAxisGestures } from './useAxisGestures';
import { useElementWidth } from './useElementWidth';
import { useTimelineAxis } from './useTimelineAxis';

/**
 * The timeline under the graph: a histogram of events over time, a brush that sets the filters'
 * time window, presets, and play controls that step the window through time.
 */
export function Timeline() {
  // A new graph's histogram, axis and play spans are computed in React's deferred render.
  const { graph, filters, visibility, bundles } = useGraphSwapDeferred((s) => ({ graph: s.graph, filters: s.filters, visibility: s.visibility, bundles: s.bundles }));
  const updateFilters = useAppStore((s) => s.updateFilters);
  const [widthRef, width] = useElementWidth<HTMLDivElement>();
  const [chartElement, setChartElement] = useState<HTMLDivElement | null>(null);
  const chartRef = useCallback(
    (el: HTMLDivElement | null) => {
      widthRef(el);
      setChartElement(el);
    },
    [widthRef],
  );
  const [play, setPlay] = useState<PlayState>({ playing: false, speed: 1, loop: false, mode: 'time' });
  const [hover, setHover] = useState<{ x: number; y: number } | null>(null);

  const axis = useTimelineAxis(graph, filters.from, filters.to);
  // The axis keeps the graph's extent (computed once per graph).
  const extent = axis.extent;
  // Events the other filters (relations, actors, documents, …) hide are drawn grey, whatever the
  // time window: read from the filter engine, recomputed when those filters change.
  const otherFilters = JSON.stringify({ ...filters, from: null, to: null, includeDocumentDated: true, path: null, pinned: [] });
  const passing = useMemo(() => {
    if (!bundles) return null;
    const passes = new Uint8Array(bundles.columns.edgeKeys.length);
    for (let i = 0; i < passes.length; i++) passes[i] = bundles.eventPassesAllButTime(i) ? 1 : 0;
    return passes;
    // otherFilters: the engine's state changed under the same bundles.
  }, [bundles, otherFilters]);
  const range = axis.axis;
  const histogram = useMemo(() => {
    if (!bundles || !passing || !range) return null;
    return binEventColumns(bundles.columns, chooseBinSize(range.first, range.last), range, (i) => passing[i] === 1);
  }, [bundles, range, passing]);
  // What play can show: events passing the other filters (and the publication-dated switch).
  const includeDocumentDated = filters.includeDocumentDated;
  const spans = useMemo(() => {
    if (!bundles || !passing) return null;
    const documentDated = bundles.columns.documentDated;
    return playSpansOfColumns(bundles.columns, (i) => passing[i] === 1 && (includeDocumentDated || documentDated[i] === 0));
  }, [bundles, passing, includeDocumentDated]);
  const presets = useMemo(() => (graph ? timePresets(graph, extent) : []), [graph, extent]);

  const setWindow = useCallback((w: DayWindow) => updateFilters((f) => ({ ...f, ...windowFilters(w) })), [updateFilters]);
  const pickPreset = useCallback(
    (p: TimePreset) => {
      setPlay((s) => ({ ...s, playing: false }));
      updateFilters((f) => ({ ...f, from: p.from, to: p.to }));
    },
    [updateFilters],
  );
  const pause = useCallback(() => setPlay((s) => (s.playing ? { ...s, playing: false } : s)), []);
  const setTimelinePlaying = useAppStore((s) => s.setTimelinePlaying);
  useEffect(() => setTimelinePlaying(play.playing), [play.playing, setTimelinePlaying]);

  const plotRight = histogram && histogram.overflow.after > 0 ? OVERFLOW_ROOM : PLOT_RIGHT;
  const plotWidth = Math.max(0, width - PLOT_LEFT - plotRight);
  const scale = histogram ? timeScale(histogram.domain, PLOT_LEFT, plotWidth) : null;
  useAxisGestures(chartElement, { scale, zoom: axis.zoom, pan: axis.pan });

  if (!graph) return null;
  const timeWindow = histogram ? filterWindow(filters, histogram.domain) : null;
  // The window as the filters read it (open ends unbounded), for "partly in the window".
  const filterDays = filters.from || filters.to ? { from: filters.from ? dayNumber(filters.from) : -Infinity, to: filters.to ? dayNumber(filters.to) : Infinity } : null;
  // Each end stays on one line; a long range wraps between them and keeps the toolbar's height.
  const ends =
    filters.from && filters.to
      ? dayRangeParts(dayNumber(filters.from), dayNumber(filters.to))
      : filters.from || filters.to
        ? [filters.from ? formatIsoDate(filters.from) : '…', filters.to ? formatIsoDate(filters.to) : '…']
        : ['All dates'];
  const documentDated = histogram?.totals.documentDated ?? 0;

  return (
    <section className="timeline" aria-label="Timeline" data-testid="timeline" data-from={filters.from ?? ''} data-to={filters.to ?? ''} data-playing={play.playing}>
      <div className="timeline-toolbar">
        {histogram && spans && <PlayControls axis={histogram.domain} spans={spans} state={play} onState={setPlay} />}
        <p className="timeline-range" data-testid="timeline-range" aria-live="polite">
          {ends.map((end, i) => (
            <Fragment key={i}>
              {i > 0 && ' '}
              <span className="end">{i < ends.length - 1 ? `${end} –` : end}</span>
            </Fragment>
          ))}
        </p>
        <TimePresets presets={presets} from={filters.from} to={filters.to} onPick={pickPreset} />
        <label className="doc-dated-toggle" title="Events whose sentence gives no date of its own: the document’s publication date stands in (hatched bars)">
          <input
            type="checkbox"
            checked={filters.includeDocumentDated}
            onChange={(e) => {
              const include = e.target.checked;
              updateFilters((f) => ({ ...f, includeDocumentDated: include }));
            }}
            data-testid="timeline-document-dated"
          />
          <span className="swatch-hatched" aria-hidden="true" />
          <span className="label" data-testid="timeline-document-dated-label">
            <span className="long">Publication-dated</span>
            <span className="short">Pub.-dated</span>
          </span>{' '}
          <span className="count">{documentDated}</span>
        </label>
      </div>
      <div className="timeline-chart-area" ref={chartRef}>
        {!histogram && <p className="timeline-empty">No dated events.</p>}
        {histogram && scale && width > 0 && (
          <svg
            width={width}
            height={CHART_HEIGHT}
            className="timeline-svg"
            data-testid="timeline-svg"
            data-first={histogram.domain.first}
            data-last={histogram.domain.last}
            data-fitted={axis.fitted}
          >
            <TimelineChart histogram={histogram} scale={scale} width={width} includeDocumentDated={filters.includeDocumentDated} visibleEdges={visibility?.edges ?? null} window={filterDays} />
            <rect className="timeline-axis-strip" x={0} y={AXIS_Y} width={width} height={CHART_HEIGHT - AXIS_Y} onDoubleClick={axis.fit} data-testid="timeline-axis-strip">
              <title>Scroll or pinch to zoom the axis; double-click to fit it to the data</title>
            </rect>
            <TimelineBrush
              histogram={histogram}
              scale={scale}
              window={timeWindow ? clipWindow(timeWindow, histogram.domain) : null}
              onChange={setWindow}
              onHover={setHover}
              onGrab={pause}
            />
          </svg>
        )}
        {histogram && scale && width > 0 && <OverflowMarkers histogram={histogram} onExpand={axis.expand} />}
        {histogram && scale && hover && <TimelineHover histogram={histogram} scale={scale} point={hover} width={width} window={filterDays} />}
      </div>
    </section>
  );
}

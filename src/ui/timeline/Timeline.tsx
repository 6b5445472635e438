import { useCallback, useEffect, useState } from 'react';
import { clipWindow, filterWindow, timeScale, windowFilters, type DayWindow, type TimePreset } from '../../graph/timeWindow';
import { useAppStore } from '../../store/appStore';
import { useGraphSwapDeferred } from '../useGraphSwapDeferred';
import { AXIS_Y, CHART_HEIGHT, OVERFLOW_ROOM, PLOT_LEFT, PLOT_RIGHT } from './layout';
import { OverflowMarkers } from './OverflowMarkers';
import { PlayControls, type PlayState } from './PlayControls';
import { TimelineBrush } from './TimelineBrush';
import { TimelineChart } from './TimelineChart';
import { TimelineHover } from './TimelineHover';
import { TimePresets } from './TimePresets';
import { useAxisGestures } from './useAxisGestures';
import { useMeasuredElement } from './useElementWidth';
import { useTimelineAxis } from './useTimelineAxis';
import { useTimelineData } from './useTimelineData';
import { filterDays } from './timelineRange';
import { TimelineRange } from './TimelineRange';
import { DocumentDatedToggle } from './DocumentDatedToggle';

/**
 * The timeline under the graph: a histogram of events over time, a brush that sets the filters'
 * time window, presets, and play controls that step the window through time.
 */
export function Timeline() {
  // A new graph's histogram, axis and play spans are computed in React's deferred render.
  const { graph, filters, visibility, bundles } = useGraphSwapDeferred((s) => ({ graph: s.graph, filters: s.filters, visibility: s.visibility, bundles: s.bundles }));
  const updateFilters = useAppStore((s) => s.updateFilters);
  const [chartRef, width, chartElement] = useMeasuredElement<HTMLDivElement>();
  const [play, setPlay] = useState<PlayState>({ playing: false, speed: 1, loop: false, mode: 'time' });
  const [hover, setHover] = useState<{ x: number; y: number } | null>(null);

  const axis = useTimelineAxis(graph, filters.from, filters.to);
  const { histogram, spans, presets } = useTimelineData(graph, filters, bundles, axis);

  const setWindow = useCallback((w: DayWindow) => updateFilters((f) => ({ ...f, ...windowFilters(w) })), [updateFilters]);
  const pickPreset = useCallback(
    (p: TimePreset) => {
      setPlay((s) => ({ ...s, playing: false }));
      updateFilters((f) => ({ ...f, from: p.from, to: p.to }));
    },
    [updateFilters],
  );
  const setIncludeDocumentDated = useCallback((include: boolean) => updateFilters((f) => ({ ...f, includeDocumentDated: include })), [updateFilters]);
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
  const windowDays = filterDays(filters);
  const documentDated = histogram?.totals.documentDated ?? 0;

  return (
    <section className="timeline" aria-label="Timeline" data-testid="timeline" data-from={filters.from ?? ''} data-to={filters.to ?? ''} data-playing={play.playing}>
      <div className="timeline-toolbar">
        {histogram && spans && <PlayControls axis={histogram.domain} spans={spans} state={play} onState={setPlay} />}
        <TimelineRange filters={filters} />
        <TimePresets presets={presets} from={filters.from} to={filters.to} onPick={pickPreset} />
        <DocumentDatedToggle include={filters.includeDocumentDated} count={documentDated} onInclude={setIncludeDocumentDated} />
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
            <TimelineChart histogram={histogram} scale={scale} width={width} includeDocumentDated={filters.includeDocumentDated} visibleEdges={visibility?.edges ?? null} window={windowDays} />
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
        {histogram && scale && hover && <TimelineHover histogram={histogram} scale={scale} point={hover} width={width} window={windowDays} />}
      </div>
    </section>
  );
}

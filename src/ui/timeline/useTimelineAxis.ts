// The timeline's axis as UI state: it opens fitted to where the events are, grows when an overflow
// marker is clicked or a time window outside it is set (URL, story step, preset), and zooms with
// the wheel or a pinch. It never changes the time window itself.
import { useCallback, useEffect, useMemo } from 'react';
import { create } from 'zustand';
import type { DramatisGraph } from '../../graph/buildGraph';
import { dayNumber } from '../../graph/eventTime';
import { cachedAxisOf, expandAxis, panAxis, unionAxis, zoomAxis, type AxisRange } from '../../graph/timeDomain';

interface ChosenAxis {
  /** The user's axis, for the graph it was set on (a new graph starts fitted again); null: fitted. */
  chosen: { graph: DramatisGraph; range: AxisRange } | null;
}

/** Shared with presentation mode, whose arrow keys step through the same axis as Play. */
export const useChosenAxis = create<ChosenAxis>()(() => ({ chosen: null }));

/** The axis the timeline shows for `graph` now (the user's, or the fitted one); null when nothing is dated. */
export function currentAxis(graph: DramatisGraph): AxisRange | null {
  const { chosen } = useChosenAxis.getState();
  return chosen && chosen.graph === graph ? chosen.range : (cachedAxisOf(graph)?.fitted ?? null);
}

export interface TimelineAxis {
  /** The days the axis shows (before widening to whole bins); null when nothing is dated. */
  axis: AxisRange | null;
  /** Everything the data covers. */
  extent: AxisRange | null;
  /** Whether the axis is the fitted one. */
  fitted: boolean;
  expand(side: 'before' | 'after'): void;
  zoom(anchor: number, factor: number): void;
  pan(days: number): void;
  fit(): void;
}

/** Axis state for `graph`, kept wide enough to show the window from..to (ISO days or null). */
export function useTimelineAxis(graph: DramatisGraph | null, from: string | null, to: string | null): TimelineAxis {
  const info = useMemo(() => (graph ? cachedAxisOf(graph) : null), [graph]);
  const chosen = useChosenAxis((s) => s.chosen);
  const setChosen = (next: ChosenAxis['chosen']) => useChosenAxis.setState({ chosen: next });
  const axis = info ? (chosen && chosen.graph === graph ? chosen.range : info.fitted) : null;

  // A window set elsewhere that the axis does not show widens the axis to hold it.
  useEffect(() => {
    if (!graph || !axis || (from === null && to === null)) return;
    const w = { first: from ? dayNumber(from) : axis.first, last: to ? dayNumber(to) : axis.last };
    if (w.first >= axis.first && w.last <= axis.last) return;
    setChosen({ graph, range: unionAxis(axis, w) });
    // Only a change of the window (or graph) asks for this; zooming past the window is allowed.
  }, [graph, from, to]);

  const set = useCallback((range: AxisRange) => graph && setChosen({ graph, range }), [graph]);
  const expand = useCallback((side: 'before' | 'after') => axis && info && set(expandAxis(axis, info.extent, side)), [axis, info, set]);
  const zoom = useCallback((anchor: number, factor: number) => axis && info && set(zoomAxis(axis, anchor, factor, unionAxis(info.extent, axis))), [axis, info, set]);
  const pan = useCallback((days: number) => axis && info && set(panAxis(axis, days, info.extent)), [axis, info, set]);
  const fit = useCallback(() => setChosen(null), []);
  const fitted = !!info && !!axis && axis.first === info.fitted.first && axis.last === info.fitted.last;
  return { axis, extent: info?.extent ?? null, fitted, expand, zoom, pan, fit };
}

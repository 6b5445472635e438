// Presenting without a story: the arrow keys move the time window one bin, like Play's step.
import type { DramatisGraph } from '../../graph/buildGraph';
import { nextPlayWindow, playSpans, playStartWindow, playUnit, type PlaySpans } from '../../graph/playPlan';
import type { BinSize, TimeHistogram } from '../../graph/timeHistogram';
import { defaultPlayWindow, filterWindow, moveWindow, shiftWindow, windowFilters, type DayRange, type DayWindow } from '../../graph/timeWindow';
import { useAppStore } from '../../store/appStore';
import { currentAxis } from '../timeline/useTimelineAxis';

interface TimelinePlan {
  axis: DayRange;
  unit: BinSize;
  spans: PlaySpans;
}

const spansOf = new WeakMap<DramatisGraph, PlaySpans>();

/** The timeline's axis for `graph` (as the timeline shows it), play's unit over it and the events play can show. */
function planOf(graph: DramatisGraph): TimelinePlan | null {
  const axis = currentAxis(graph);
  if (!axis) return null;
  if (!spansOf.has(graph)) spansOf.set(graph, playSpans(graph));
  return { axis, unit: playUnit(axis), spans: spansOf.get(graph)! };
}

export type TimelineMove = 'next' | 'previous' | 'first' | 'last';

/** The window after `move`: one bin later or earlier, or at the start or end of the axis, its width kept. */
export function movedWindow(current: DayWindow | null, h: Pick<TimeHistogram, 'binSize' | 'domain'>, move: TimelineMove): DayWindow {
  const w = current ?? defaultPlayWindow(h.binSize, h.domain);
  // With no window set, the first press shows the window Play starts with.
  if (!current) return move === 'last' ? moveWindow(w, h.domain.last - w.to, h.domain) : w;
  switch (move) {
    case 'next':
      return shiftWindow(w, h.binSize, 1, h.domain);
    case 'previous':
      return shiftWindow(w, h.binSize, -1, h.domain);
    case 'first':
      return moveWindow(w, h.domain.first - w.from, h.domain);
    case 'last':
      return moveWindow(w, h.domain.last - w.to, h.domain);
  }
}

/** Moves the time window like Play: forward to the next stretch with events, back one unit, or to either end. */
export function stepTimeline(move: TimelineMove): void {
  const { graph, filters, updateFilters } = useAppStore.getState();
  const plan = graph ? planOf(graph) : null;
  if (!plan) return;
  const { axis, unit, spans } = plan;
  const current = filterWindow(filters, axis);
  let next: DayWindow;
  if (!current && move !== 'last') next = playStartWindow(null, spans, unit, axis).window;
  else if (current && move === 'next') next = nextPlayWindow(current, spans, unit, axis, 'time', false).window;
  else next = movedWindow(current, { binSize: unit, domain: axis }, move);
  updateFilters((f) => ({ ...f, ...windowFilters(next) }));
}

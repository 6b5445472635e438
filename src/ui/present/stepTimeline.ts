// Presenting without a story: the arrow keys move the time window one bin, like Play's step.
import type { DramatisGraph } from '../../graph/buildGraph';
import { binEvents, chooseBinSize, timeExtent, type TimeHistogram } from '../../graph/timeHistogram';
import { defaultPlayWindow, filterWindow, moveWindow, shiftWindow, windowFilters, type DayWindow } from '../../graph/timeWindow';
import { useAppStore } from '../../store/appStore';

const histograms = new WeakMap<DramatisGraph, TimeHistogram | null>();

/** The timeline's bins and axis for `graph` (the same choice of bin size as the timeline's). */
function histogramOf(graph: DramatisGraph): TimeHistogram | null {
  if (!histograms.has(graph)) {
    const extent = timeExtent(graph);
    histograms.set(graph, extent ? binEvents(graph, chooseBinSize(extent.first, extent.last), { extent }) : null);
  }
  return histograms.get(graph) ?? null;
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

export function stepTimeline(move: TimelineMove): void {
  const { graph, filters, updateFilters } = useAppStore.getState();
  const h = graph ? histogramOf(graph) : null;
  if (!h) return;
  const next = movedWindow(filterWindow(filters, h.domain), h, move);
  updateFilters((f) => ({ ...f, ...windowFilters(next) }));
}

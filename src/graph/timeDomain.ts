// Which days the timeline's axis shows. By default the dense part of the data (where most
// day-dated events are), so a stray "2025" does not squeeze a month of news into one bar; what lies
// outside is counted for the overflow markers. Zooming changes the axis, never the time window.
// Pure functions on day numbers; no DOM.
import type { DocumentMeta } from '../domain/contract';
import type { DramatisGraph } from './buildGraph';
import type { EventColumns } from './eventColumns';
import { dayNumber } from './eventTime';
import { binStart, chooseBinSize, MIN_DAY_BINS, nextBinStart, timeExtent } from './timeHistogram';

export interface AxisRange {
  first: number;
  last: number;
}

/** The dense range runs from this share of the day-dated events to that one. */
export const DENSE_LOW = 0.05;
export const DENSE_HIGH = 0.95;
/** The axis fits the dense range only when the whole extent is at least this many times longer. */
export const TRIM_FACTOR = 2;
/** The axis never shows fewer days than this when zoomed in (a day axis has at least that many bins). */
export const MIN_AXIS_DAYS = MIN_DAY_BINS;

/** Days of the events the text dates to a day (or the publication day stands in for), sorted. */
export function dayDatedDays(graph: DramatisGraph): Int32Array {
  const days: number[] = [];
  graph.forEachEdge((_e, a) => {
    if (a.datePrecision === 'day' || a.datePrecision === 'document') days.push(dayNumber(a.date));
  });
  return Int32Array.from(days).sort();
}

/** The days between the `low` and `high` quantiles of sorted `days` (nearest rank); null when empty. */
export function denseRange(days: Int32Array, low = DENSE_LOW, high = DENSE_HIGH): AxisRange | null {
  if (days.length === 0) return null;
  const at = (q: number) => days[Math.min(days.length - 1, Math.max(0, Math.ceil(q * days.length) - 1))]!;
  return { first: at(low), last: at(high) };
}

/** A gap between event days longer than this share of the dense range (and a week) ends the data's tails. */
export const TAIL_GAP_SHARE = 0.1;

/**
 * The dense range grown outward over the tails of the data as long as no gap between consecutive
 * event days is long: the 5% at each end of a continuous corpus stay on the axis, a stray event
 * years away does not.
 */
export function withTails(days: Int32Array, dense: AxisRange): AxisRange {
  const gap = Math.max(7, TAIL_GAP_SHARE * (dense.last - dense.first));
  let lo = days.indexOf(dense.first);
  let hi = days.lastIndexOf(dense.last);
  while (lo > 0 && days[lo]! - days[lo - 1]! <= gap) lo--;
  while (hi < days.length - 1 && days[hi + 1]! - days[hi]! <= gap) hi++;
  return { first: days[lo]!, last: days[hi]! };
}

/** The range widened to whole bins of the bin size its length calls for. */
export function wholeBins(range: AxisRange): AxisRange {
  const size = chooseBinSize(range.first, range.last);
  return { first: binStart(range.first, size), last: nextBinStart(range.last, size) - 1 };
}

/**
 * The axis the timeline opens with: the dense range of the day-dated events with their continuous
 * tails, widened to whole bins, when the data's whole extent is more than TRIM_FACTOR times longer;
 * otherwise the whole extent.
 */
export function fittedAxis(extent: AxisRange, days: Int32Array): AxisRange {
  const dense = denseRange(days);
  if (!dense) return extent;
  const fitted = wholeBins(withTails(days, dense));
  const clipped = { first: Math.max(extent.first, fitted.first), last: Math.min(extent.last, fitted.last) };
  const long = (r: AxisRange) => r.last - r.first + 1;
  return long(extent) > TRIM_FACTOR * long(clipped) ? clipped : extent;
}

/** A graph's whole extent and the axis the timeline opens with. */
export interface GraphAxis {
  extent: AxisRange;
  fitted: AxisRange;
}

/** The whole extent and the fitted axis of a graph; null when nothing in it is dated. */
export function axisOf(graph: DramatisGraph): GraphAxis | null {
  const extent = timeExtent(graph);
  return extent ? { extent, fitted: fittedAxis(extent, dayDatedDays(graph)) } : null;
}

/**
 * axisOf read from the graph's event columns (every event's first and last day, already read) and
 * its documents: the same axis, without reading 50,000 dates again in the timeline's render.
 */
export function axisOfColumns(columns: Pick<EventColumns, 'first' | 'last' | 'imprecise'>, documents: readonly Pick<DocumentMeta, 'published'>[]): GraphAxis | null {
  let first = Infinity;
  let last = -Infinity;
  let dayDated = 0;
  for (let i = 0; i < columns.first.length; i++) {
    if (columns.first[i]! < first) first = columns.first[i]!;
    if (columns.last[i]! > last) last = columns.last[i]!;
    // Neither a month nor a year: dated to a day, or by the document's publication day.
    if (columns.imprecise[i] === 0) dayDated++;
  }
  for (const d of documents) {
    if (!d.published) continue;
    const day = dayNumber(d.published.slice(0, 10));
    if (day < first) first = day;
    if (day > last) last = day;
  }
  if (!Number.isFinite(first)) return null;
  const days = new Int32Array(dayDated);
  let k = 0;
  for (let i = 0; i < columns.first.length; i++) if (columns.imprecise[i] === 0) days[k++] = columns.first[i]!;
  const extent = { first, last };
  return { extent, fitted: fittedAxis(extent, days.sort()) };
}

const axes = new WeakMap<DramatisGraph, GraphAxis | null>();

/** axisOf, kept per graph (the timeline asks on every render). */
export function cachedAxisOf(graph: DramatisGraph): GraphAxis | null {
  if (!axes.has(graph)) axes.set(graph, axisOf(graph));
  return axes.get(graph) ?? null;
}

/** Keeps the axis of `graph` read from its event columns, before the timeline first asks for it. */
export function rememberAxisOf(graph: DramatisGraph, columns: Pick<EventColumns, 'first' | 'last' | 'imprecise'>): void {
  axes.set(graph, axisOfColumns(columns, graph.getAttribute('documents') ?? []));
}

/** The axis grown to reach `side`'s end of the extent (an overflow marker clicked). */
export function expandAxis(axis: AxisRange, extent: AxisRange, side: 'before' | 'after'): AxisRange {
  return side === 'before' ? { first: Math.min(axis.first, extent.first), last: axis.last } : { first: axis.first, last: Math.max(axis.last, extent.last) };
}

/** The smallest axis holding both ranges. */
export function unionAxis(a: AxisRange, b: AxisRange): AxisRange {
  return { first: Math.min(a.first, b.first), last: Math.max(a.last, b.last) };
}

/**
 * The axis zoomed by `factor` (< 1 in, > 1 out) around `anchor`, which keeps its place on screen.
 * It never shows fewer than MIN_AXIS_DAYS days, nor reaches past `bounds` (the data's extent).
 */
export function zoomAxis(axis: AxisRange, anchor: number, factor: number, bounds: AxisRange): AxisRange {
  const days = axis.last - axis.first + 1;
  const maxDays = bounds.last - bounds.first + 1;
  const next = Math.round(Math.min(Math.max(days * factor, MIN_AXIS_DAYS), Math.max(maxDays, MIN_AXIS_DAYS)));
  const share = days > 1 ? Math.min(1, Math.max(0, (anchor - axis.first) / days)) : 0.5;
  let first = Math.round(anchor - share * next);
  // Slide back inside the bounds, keeping the length.
  first = Math.max(Math.min(first, bounds.last - next + 1), Math.min(bounds.first, bounds.last - next + 1));
  return { first, last: first + next - 1 };
}

/** The axis moved by `days` (negative: earlier), its length kept, stopped at `bounds`. */
export function panAxis(axis: AxisRange, days: number, bounds: AxisRange): AxisRange {
  const length = axis.last - axis.first;
  const lo = Math.min(bounds.first, axis.first);
  const hi = Math.max(bounds.last, axis.last);
  const first = Math.min(hi - length, Math.max(lo, axis.first + Math.round(days)));
  return { first, last: first + length };
}

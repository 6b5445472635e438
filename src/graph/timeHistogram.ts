// Histogram maths for the timeline: choose a bin size from the span of the data, count events per
// bin and relation, and keep imprecise dates (a month, a year) as bands over their whole period.
// Pure functions on day numbers (days since 1970-01-01, see eventTime.ts); no DOM.
import type { DramatisGraph } from './buildGraph';
import type { EdgeAttributes } from '../domain/contract';
import { dayNumber, dayOf, eventSpan, ymd } from './eventTime';
import { RELATION_ORDER } from './relationStyles';

export type BinSize = 'day' | 'week' | 'month' | 'year';
export const BIN_SIZES: readonly BinSize[] = ['day', 'week', 'month', 'year'];

/** At most this many bins: the finest bin size that stays under it is chosen. */
export const MAX_BINS = 80;
/** A timeline with day bins shows at least this many days, so a one-day corpus is not one fat bar. */
export const MIN_DAY_BINS = 14;

/** First day of the bin that holds `day`. Weeks start on Monday (ISO 8601). */
export function binStart(day: number, size: BinSize): number {
  if (size === 'day') return day;
  if (size === 'week') return day - ((day + 3) % 7 + 7) % 7; // 1970-01-01 was a Thursday
  const [y, m] = ymd(day);
  return size === 'month' ? dayOf(y, m, 1) : dayOf(y, 1, 1);
}

/** First day of the bin after the one that holds `day`. */
export function nextBinStart(day: number, size: BinSize): number {
  const start = binStart(day, size);
  if (size === 'day') return start + 1;
  if (size === 'week') return start + 7;
  const [y, m] = ymd(start);
  return size === 'month' ? dayOf(y, m + 1, 1) : dayOf(y + 1, 1, 1);
}

/**
 * `day` moved by `n` bins, keeping its place in the bin: 31 Jan + 1 month = 28/29 Feb (clamped to
 * the month's end), 29 Feb 2024 + 1 year = 28 Feb 2025.
 */
export function shiftByBins(day: number, size: BinSize, n: number): number {
  if (size === 'day') return day + n;
  if (size === 'week') return day + 7 * n;
  const [y, m, d] = ymd(day);
  const months = size === 'month' ? n : 12 * n;
  const targetFirst = dayOf(y, m + months, 1);
  const [ty, tm] = ymd(targetFirst);
  const lastOfTarget = dayOf(ty, tm + 1, 0);
  return Math.min(targetFirst + d - 1, lastOfTarget);
}

/** Index of the bin holding `day`, counted from the bin holding `origin`. */
export function binIndex(day: number, size: BinSize, origin: number): number {
  if (size === 'day') return day - origin;
  if (size === 'week') return Math.floor((binStart(day, 'week') - binStart(origin, 'week')) / 7);
  const [y, m] = ymd(day);
  const [oy, om] = ymd(origin);
  return size === 'month' ? (y - oy) * 12 + (m - om) : y - oy;
}

/** How many bins of `size` cover the days first..last (inclusive). */
export function countBins(first: number, last: number, size: BinSize): number {
  return binIndex(last, size, first) + 1;
}

/** The finest bin size giving at most MAX_BINS bins over first..last (so ~20–80 for most spans). */
export function chooseBinSize(first: number, last: number): BinSize {
  return BIN_SIZES.find((s) => countBins(first, last, s) <= MAX_BINS) ?? 'year';
}

export const BIN_SIZE_LABELS: Readonly<Record<BinSize, string>> = {
  day: 'daily bins',
  week: 'weekly bins',
  month: 'monthly bins',
  year: 'yearly bins',
};

/** First and last day of everything dated in the graph: event spans and document publication days. */
export function timeExtent(graph: DramatisGraph): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  graph.forEachEdge((_e, a) => {
    const [f, l] = eventSpan(a);
    if (f < first) first = f;
    if (l > last) last = l;
  });
  for (const d of graph.getAttribute('documents') ?? []) {
    if (!d.published) continue;
    const day = dayNumber(d.published.slice(0, 10));
    if (day < first) first = day;
    if (day > last) last = day;
  }
  return Number.isFinite(first) ? { first, last } : null;
}

export interface TimeBin {
  index: number;
  /** First and last day (inclusive) of the bin. */
  start: number;
  end: number;
  /** Events dated to a day (or a span of days inside this bin), per relation. */
  dated: Record<string, number>;
  /** Events dated only by their document's publication date, per relation. */
  documentDated: Record<string, number>;
  /** Events in this bin that other filters (relation, actor kind, document, …) hide. */
  filteredOut: number;
  total: number;
  /** Every event counted in this bin, with the layer of the stack it belongs to. */
  items: BinItem[];
}

export type BinLayer = 'dated' | 'document' | 'filtered';

export interface BinItem {
  edge: string;
  relation: string;
  layer: BinLayer;
}

/** Events whose date covers more than one bin: a month, a year, or a span of days. Drawn over their whole period. */
export interface TimeBand {
  relation: string;
  precision: 'month' | 'year' | 'span';
  first: number;
  last: number;
  count: number;
  edges: string[];
  /** False when other filters hide these events. */
  passes: boolean;
  /** Row of the band strip, so overlapping bands do not cover each other. */
  lane: number;
}

export interface TimeHistogram {
  binSize: BinSize;
  bins: TimeBin[];
  bands: TimeBand[];
  /** First and last day of the drawn axis (whole bins). */
  domain: { first: number; last: number };
  /** First and last day that anything in the data covers. */
  extent: { first: number; last: number };
  /** Tallest bin (dated + document-dated + filtered out). */
  maxTotal: number;
  lanes: number;
  totals: { dated: number; documentDated: number; banded: number };
  /** Events wholly before and after the axis (not drawn); an event the axis cuts is drawn, clipped. */
  overflow: { before: number; after: number };
}

export interface BinOptions {
  /** Whether an event passes the filters other than time; events that fail are counted apart. */
  passes?: (edge: string, attrs: EdgeAttributes) => boolean;
  /** The days to cover (the axis); defaults to the graph's time extent. */
  extent?: { first: number; last: number };
}

export function bump(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

/** Bands by first day, then in legend order of their relation: the order lanes are assigned in. */
export function orderedBands(bands: Iterable<TimeBand>): TimeBand[] {
  const rank = (r: string) => {
    const i = RELATION_ORDER.indexOf(r);
    return i < 0 ? RELATION_ORDER.length : i;
  };
  return [...bands].sort((a, b) => a.first - b.first || rank(a.relation) - rank(b.relation));
}

/** Greedy lanes: each band takes the first lane whose previous band ended before it starts. */
export function assignLanes(bands: TimeBand[]): number {
  const laneEnds: number[] = [];
  const order = [...bands].sort((a, b) => a.first - b.first || b.last - a.last);
  for (const band of order) {
    let lane = laneEnds.findIndex((end) => end < band.first);
    if (lane < 0) lane = laneEnds.push(band.last) - 1;
    else laneEnds[lane] = band.last;
    band.lane = lane;
  }
  return laneEnds.length;
}

/** The bins of `size` over first..last (inclusive), widened to whole bins (and to MIN_DAY_BINS days). */
export function emptyBins(extent: { first: number; last: number }, size: BinSize): TimeBin[] {
  let { first, last } = extent;
  if (size === 'day' && last - first + 1 < MIN_DAY_BINS) {
    const pad = MIN_DAY_BINS - (last - first + 1);
    first -= Math.floor(pad / 2);
    last += Math.ceil(pad / 2);
  }
  const domainFirst = binStart(first, size);
  const domainLast = nextBinStart(last, size) - 1;
  const bins: TimeBin[] = [];
  for (let start = domainFirst, index = 0; start <= domainLast; start = nextBinStart(start, size), index++) {
    bins.push({ index, start, end: nextBinStart(start, size) - 1, dated: {}, documentDated: {}, filteredOut: 0, total: 0, items: [] });
  }
  return bins;
}

/**
 * Counts the graph's events in bins of `binSize` over the data's extent. Day-dated events count in
 * the bin of their day; document-dated events count apart (they carry no date of their own); a
 * month, a year, or a span of days that crosses a bin boundary becomes a band over its whole period
 * instead of a fake day. Identical bands (same relation, period and filter state) are merged.
 */
export function binEvents(graph: DramatisGraph, binSize: BinSize, options: BinOptions = {}): TimeHistogram {
  const extent = options.extent ?? timeExtent(graph) ?? { first: dayNumber('1970-01-01'), last: dayNumber('1970-01-01') };
  const bins = emptyBins(extent, binSize);
  const domainFirst = bins[0]!.start;
  const domainLast = bins[bins.length - 1]!.end;
  const bandsByKey = new Map<string, TimeBand>();
  const totals = { dated: 0, documentDated: 0, banded: 0 };
  const overflow = { before: 0, after: 0 };

  graph.forEachEdge((edge, a) => {
    const [f, l] = eventSpan(a);
    if (l < domainFirst || f > domainLast) {
      overflow[l < domainFirst ? 'before' : 'after'] += 1;
      return;
    }
    const passes = options.passes ? options.passes(edge, a) : true;
    const crosses = binIndex(l, binSize, domainFirst) !== binIndex(f, binSize, domainFirst);
    if (a.datePrecision === 'month' || a.datePrecision === 'year' || crosses) {
      const precision = a.datePrecision === 'month' || a.datePrecision === 'year' ? a.datePrecision : 'span';
      const key = `${a.relation}|${precision}|${f}|${l}|${passes}`;
      const band = bandsByKey.get(key) ?? { relation: a.relation, precision, first: f, last: l, count: 0, edges: [], passes, lane: 0 };
      band.count += 1;
      band.edges.push(edge);
      bandsByKey.set(key, band);
      totals.banded += 1;
      return;
    }
    const bin = bins[binIndex(f, binSize, domainFirst)];
    if (!bin) return;
    bin.total += 1;
    const layer: BinLayer = !passes ? 'filtered' : a.datePrecision === 'document' ? 'document' : 'dated';
    bin.items.push({ edge, relation: a.relation, layer });
    if (layer === 'filtered') bin.filteredOut += 1;
    else if (layer === 'document') bump(bin.documentDated, a.relation);
    else bump(bin.dated, a.relation);
    if (a.datePrecision === 'document') totals.documentDated += 1;
    else totals.dated += 1;
  });

  const bands = orderedBands(bandsByKey.values());
  const lanes = assignLanes(bands);
  return {
    binSize,
    bins,
    bands,
    domain: { first: domainFirst, last: domainLast },
    extent,
    maxTotal: Math.max(0, ...bins.map((b) => b.total)),
    lanes,
    totals,
    overflow,
  };
}

/** Relations in a bin's stack, bottom to top, in ontology order (unknown relations last). */
export function stackOrder(counts: Record<string, number>): string[] {
  const known = RELATION_ORDER.filter((r) => (counts[r] ?? 0) > 0);
  const unknown = Object.keys(counts)
    .filter((r) => !RELATION_ORDER.includes(r) && (counts[r] ?? 0) > 0)
    .sort();
  return [...known, ...unknown];
}

export interface StackSegment {
  /** Relation id; '' for the grey segment of events other filters hide. */
  relation: string;
  layer: BinLayer;
  count: number;
  /** Whether these events are in the graph now (inside the time window and every filter). */
  shown: boolean;
}

/**
 * A bin's stack, bottom to top: day-dated events by relation, then publication-dated ones, then
 * those other filters hide. Within a relation, the events the graph shows now come first and those
 * it hides (e.g. outside the time window, when the window cuts through the bin) after them.
 * `visible` null means everything counts as shown.
 */
export function stackSegments(bin: Pick<TimeBin, 'items' | 'dated' | 'documentDated'>, visible: ReadonlySet<string> | null): StackSegment[] {
  // One pass over the bin's events: shown and hidden counts per layer and relation.
  const tallies = { dated: new Map<string, [number, number]>(), document: new Map<string, [number, number]>() };
  let filtered = 0;
  for (const item of bin.items) {
    if (item.layer === 'filtered') {
      filtered++;
      continue;
    }
    const byRelation = tallies[item.layer];
    let tally = byRelation.get(item.relation);
    if (!tally) byRelation.set(item.relation, (tally = [0, 0]));
    tally[visible === null || visible.has(item.edge) ? 0 : 1]++;
  }
  const segments: StackSegment[] = [];
  for (const layer of ['dated', 'document'] as const) {
    for (const relation of stackOrder(layer === 'dated' ? bin.dated : bin.documentDated)) {
      const [shown, hidden] = tallies[layer].get(relation) ?? [0, 0];
      if (shown > 0) segments.push({ relation, layer, count: shown, shown: true });
      if (hidden > 0) segments.push({ relation, layer, count: hidden, shown: false });
    }
  }
  if (filtered > 0) segments.push({ relation: '', layer: 'filtered', count: filtered, shown: false });
  return segments;
}

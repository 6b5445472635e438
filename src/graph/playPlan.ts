// Play through time so that every step shows something: it starts at the first event, skips empty
// stretches (or jumps from event to event), and steps by a unit chosen from the length of the axis
// (days for a two-day corpus, weeks for three years). Pure functions on day numbers; no DOM.
import type { DramatisGraph } from './buildGraph';
import { eventSpan } from './eventTime';
import { BIN_SIZES, binStart, countBins, type BinSize } from './timeHistogram';
import { moveWindow, shiftEnd, shiftStart, type DayRange, type DayWindow } from './timeWindow';

/** Play steps by a time unit (skipping stretches without events) or from one event day to the next. */
export type PlayMode = 'time' | 'events';

/** The finest unit that plays the axis in at most this many steps. */
export const MAX_PLAY_STEPS = 200;

/** The step (and starting window) of play for an axis: the finest unit giving at most MAX_PLAY_STEPS steps. */
export function playUnit(axis: DayRange): BinSize {
  return BIN_SIZES.find((s) => countBins(axis.first, axis.last, s) <= MAX_PLAY_STEPS) ?? 'year';
}

/**
 * The events play can show, sorted by first day, with the running maximum of their last days
 * (so "does any event touch this window?" is one binary search).
 */
export interface PlaySpans {
  first: Int32Array;
  maxLast: Int32Array;
}

export function playSpans(graph: DramatisGraph, include: (edge: string) => boolean = () => true): PlaySpans {
  const spans: Array<[number, number]> = [];
  graph.forEachEdge((edge, a) => {
    if (include(edge)) spans.push(eventSpan(a));
  });
  spans.sort((a, b) => a[0] - b[0]);
  const first = Int32Array.from(spans, (s) => s[0]);
  const maxLast = new Int32Array(spans.length);
  let max = -Infinity;
  spans.forEach(([, last], i) => (maxLast[i] = max = Math.max(max, last)));
  return { first, maxLast };
}

/** Index of the first span whose first day is greater than `day` (binary search). */
function firstAfter(spans: PlaySpans, day: number): number {
  let lo = 0;
  let hi = spans.first.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans.first[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether some event touches the window. */
export function windowHasEvents(spans: PlaySpans, w: DayWindow): boolean {
  const k = firstAfter(spans, w.to) - 1;
  return k >= 0 && spans.maxLast[k]! >= w.from;
}

/** The first day on or after `day` on which an event starts, or null. */
function nextEventStart(spans: PlaySpans, day: number): number | null {
  const k = firstAfter(spans, day - 1);
  return k < spans.first.length ? spans.first[k]! : null;
}

/**
 * The window play starts with: one unit holding the first event on the axis (an event that began
 * before the axis counts from the axis' first day). The whole first unit when nothing is dated.
 */
export function firstPlayWindow(spans: PlaySpans, unit: BinSize, axis: DayRange): DayWindow {
  const k = firstAfter(spans, axis.first - 1);
  const touching = k > 0 && spans.maxLast[k - 1]! >= axis.first;
  const day = touching ? axis.first : k < spans.first.length && spans.first[k]! <= axis.last ? spans.first[k]! : axis.first;
  // A whole unit wide even where the axis cuts the unit, so each step keeps showing a whole unit.
  const from = Math.max(axis.first, binStart(day, unit));
  return { from, to: Math.min(axis.last, shiftEnd(from - 1, unit, 1)) };
}

/** The window `w` moved to start on `from`, its width kept, stopped at the axis' end. */
function placedAt(w: DayWindow, from: number, axis: DayRange): DayWindow {
  return moveWindow(w, from - w.from, axis);
}

/**
 * One play step from `w`. In time mode the window moves one unit later; when that window would show
 * nothing it jumps ahead to the unit where the next event starts. In events mode it moves to start on
 * the next day an event starts. `ended` when nothing is left before the axis' end (with `loop`, play
 * starts again at the first event instead).
 */
export function nextPlayWindow(w: DayWindow, spans: PlaySpans, unit: BinSize, axis: DayRange, mode: PlayMode, loop: boolean): { window: DayWindow; ended: boolean } {
  const restart = () => (loop ? { window: restartWindow(w, spans, unit, axis), ended: false } : { window: w, ended: true });
  if (w.to >= axis.last) return restart();
  if (mode === 'events') {
    const day = nextEventStart(spans, w.from + 1);
    if (day === null || day > axis.last) return restart();
    return { window: placedAt(w, day, axis), ended: false };
  }
  const next = { from: shiftStart(w.from, unit, 1), to: shiftEnd(w.to, unit, 1) };
  const candidate = next.to > axis.last ? placedAt(w, axis.last - (w.to - w.from), axis) : next;
  if (windowHasEvents(spans, candidate)) return { window: candidate, ended: false };
  const day = nextEventStart(spans, candidate.from);
  if (day === null || day > axis.last) return restart();
  return { window: placedAt(w, Math.max(candidate.from, binStart(day, unit)), axis), ended: false };
}

/** Back to the first event, the window's width kept. */
function restartWindow(w: DayWindow, spans: PlaySpans, unit: BinSize, axis: DayRange): DayWindow {
  return placedAt(w, firstPlayWindow(spans, unit, axis).from, axis);
}

/** Where play begins when Play is pressed: the current window, or the first event's when none is set or it is at the end. */
export function playStartWindow(current: DayWindow | null, spans: PlaySpans, unit: BinSize, axis: DayRange): { window: DayWindow; moved: boolean } {
  if (!current) return { window: firstPlayWindow(spans, unit, axis), moved: true };
  if (current.to >= axis.last) return { window: restartWindow(current, spans, unit, axis), moved: true };
  return { window: current, moved: false };
}

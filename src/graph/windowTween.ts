// Moving the time window smoothly from one story step to the next: both ends slide through the
// days between, so the filter engine only toggles the events crossing the moving borders.
import { dayNumber, isoDay } from './eventTime';
import type { FilterState } from './filterState';
import type { DayRange, DayWindow } from './timeWindow';

/** The window the filters select, open ends standing for the ends of the data. */
export function windowOrDomain(f: Pick<FilterState, 'from' | 'to'>, domain: DayRange): DayWindow {
  const from = f.from === null ? domain.first : dayNumber(f.from);
  const to = f.to === null ? domain.last : dayNumber(f.to);
  return { from: Math.min(from, to), to: Math.max(from, to) };
}

/** Ease in and out (cubic), t from 0 to 1. */
export function easeInOut(t: number): number {
  const c = Math.min(1, Math.max(0, t));
  return c < 0.5 ? 4 * c * c * c : 1 - (-2 * c + 2) ** 3 / 2;
}

/**
 * How far a slide has come: its share of the duration elapsed, but never more than `frame` of
 * `minFrames`, so a machine too busy to draw often still shows the way between the two windows
 * instead of jumping (the slide then lasts longer than `durationMs`).
 */
export function slideShare(elapsedMs: number, frame: number, durationMs: number, minFrames: number): number {
  return Math.min(1, Math.max(0, elapsedMs / durationMs), Math.max(0, frame / minFrames));
}

/** The window a share `t` (0–1, already eased) of the way from `a` to `b`, in whole days. */
export function tweenWindow(a: DayWindow, b: DayWindow, t: number): DayWindow {
  const from = Math.round(a.from + (b.from - a.from) * t);
  const to = Math.round(a.to + (b.to - a.to) * t);
  return { from: Math.min(from, to), to: Math.max(from, to) };
}

/** The from/to filters of a tweened window. */
export function tweenFilters(a: DayWindow, b: DayWindow, t: number): { from: string; to: string } {
  const w = tweenWindow(a, b, t);
  return { from: isoDay(w.from), to: isoDay(w.to) };
}

// The timeline's time window (the brush): conversions between the filters' ISO days and day
// numbers, dragging, keyboard steps, play steps and presets. Pure functions; no DOM.
import { isolate } from './bidiText';
import type { DramatisGraph } from './buildGraph';
import { dayNumber, isoDay } from './eventTime';
import type { FilterState } from './filterState';
import { binStart, shiftByBins, type BinSize } from './timeHistogram';

/** An inclusive window of day numbers. */
export interface DayWindow {
  from: number;
  to: number;
}

export interface DayRange {
  first: number;
  last: number;
}

/** Bins in the window play starts with when no window is set. */
export const DEFAULT_PLAY_BINS = 4;

/** The window the filters set, open ends reaching the domain's ends; null when no time window is set. */
export function filterWindow(f: Pick<FilterState, 'from' | 'to'>, domain: DayRange): DayWindow | null {
  if (f.from === null && f.to === null) return null;
  const from = f.from === null ? domain.first : dayNumber(f.from);
  const to = f.to === null ? domain.last : dayNumber(f.to);
  return { from: Math.min(from, to), to: Math.max(from, to) };
}

export function windowFilters(w: DayWindow): { from: string; to: string } {
  return { from: isoDay(w.from), to: isoDay(w.to) };
}

/** The window as drawn: clipped to the domain (a window wholly outside collapses onto the nearest end). */
export function clipWindow(w: DayWindow, domain: DayRange): DayWindow {
  const clip = (d: number) => Math.min(domain.last, Math.max(domain.first, d));
  return { from: clip(w.from), to: clip(w.to) };
}

/** The window moved by `delta` days, its width kept, stopped at the domain's ends. */
export function moveWindow(w: DayWindow, delta: number, domain: DayRange): DayWindow {
  const width = w.to - w.from;
  if (width >= domain.last - domain.first) return { from: domain.first, to: domain.first + width };
  const from = Math.min(domain.last - width, Math.max(domain.first, w.from + delta));
  return { from, to: from + width };
}

/**
 * The end of a window moved by `n` bins. An end on the last day of its bin stays on the last day
 * of a bin: 30 Jun + 1 month = 31 Jul, so a month-aligned window stays month-aligned.
 */
export function shiftEnd(day: number, size: BinSize, n: number): number {
  return binStart(day + 1, size) === day + 1 ? shiftByBins(day + 1, size, n) - 1 : shiftByBins(day, size, n);
}

/** The start of a window moved by `n` bins (a bin start stays a bin start). */
export function shiftStart(day: number, size: BinSize, n: number): number {
  return shiftByBins(day, size, n);
}

/** One play step: the window moves one bin later. At the end it stops (`ended`), or with `loop` starts again at the beginning. */
export function stepWindow(w: DayWindow, size: BinSize, domain: DayRange, loop: boolean): { window: DayWindow; ended: boolean } {
  if (w.to >= domain.last) {
    if (!loop) return { window: w, ended: true };
    return { window: moveWindow(w, domain.first - w.from, domain), ended: false };
  }
  const next = { from: shiftStart(w.from, size, 1), to: shiftEnd(w.to, size, 1) };
  if (next.to > domain.last) return { window: moveWindow(w, domain.last - w.to, domain), ended: false };
  return { window: next, ended: false };
}

/** The window play starts from when none is set: the first DEFAULT_PLAY_BINS bins. */
export function defaultPlayWindow(size: BinSize, domain: DayRange): DayWindow {
  const from = binStart(domain.first, size);
  return { from, to: Math.min(domain.last, shiftEnd(from - 1, size, DEFAULT_PLAY_BINS)) };
}

export type DragMode = 'create' | 'move' | 'from' | 'to';

/**
 * The window while dragging: `start` is the window when the drag began (null when creating),
 * `anchor` the day under the pointer then and `current` the day under it now.
 */
export function dragWindow(mode: DragMode, start: DayWindow | null, anchor: number, current: number, domain: DayRange): DayWindow {
  const clip = (d: number) => Math.min(domain.last, Math.max(domain.first, d));
  const c = clip(current);
  if (mode === 'create' || !start) {
    const a = clip(anchor);
    return { from: Math.min(a, c), to: Math.max(a, c) };
  }
  if (mode === 'move') return moveWindow(start, current - anchor, domain);
  const fixed = mode === 'from' ? start.to : start.from;
  return { from: Math.min(c, fixed), to: Math.max(c, fixed) };
}

/** Arrow keys on a handle: that end moves by `n` bins, never past the other end or the domain. */
export function nudgeEnd(w: DayWindow, end: 'from' | 'to', size: BinSize, n: number, domain: DayRange): DayWindow {
  if (end === 'from') {
    const from = Math.min(w.to, Math.max(domain.first, shiftStart(w.from, size, n)));
    return { from, to: w.to };
  }
  const to = Math.max(w.from, Math.min(domain.last, shiftEnd(w.to, size, n)));
  return { from: w.from, to };
}

/** Linear day ↔ pixel mapping; day d covers [x(d), x(d + 1)). */
export interface TimeScale {
  x(day: number): number;
  dayAt(x: number): number;
  pixelsPerDay: number;
}

export function timeScale(domain: DayRange, left: number, width: number): TimeScale {
  const days = domain.last - domain.first + 1;
  const pixelsPerDay = width / days;
  return {
    pixelsPerDay,
    x: (day) => left + (day - domain.first) * pixelsPerDay,
    dayAt: (x) => domain.first + Math.min(days - 1, Math.max(0, Math.floor((x - left) / pixelsPerDay))),
  };
}

export interface TimePreset {
  id: string;
  label: string;
  /** The label short enough for a control on a narrow window (a long title cut with an ellipsis). */
  shortLabel: string;
  /** Longer description, e.g. the document's full title. */
  title: string;
  from: string | null;
  to: string | null;
}

/** Titles longer than this are cut (at a word when one ends near) with an ellipsis in short labels. */
const SHORT_TITLE_CHARS = 28;

export function shortenTitle(title: string): string {
  const whole = [...title.trim()];
  if (whole.length <= SHORT_TITLE_CHARS) return title.trim();
  const cut = whole.slice(0, SHORT_TITLE_CHARS).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space >= SHORT_TITLE_CHARS * 0.5 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "All", "Last 7 days" of the data, and the week (7 days) ending on each document's publication date. */
export function timePresets(graph: DramatisGraph, extent: DayRange | null): TimePreset[] {
  const presets: TimePreset[] = [{ id: 'all', label: 'All', shortLabel: 'All', title: 'Show every date', from: null, to: null }];
  if (!extent) return presets;
  presets.push({
    id: 'last-7',
    label: 'Last 7 days',
    shortLabel: 'Last 7 days',
    title: `The last 7 days of the data, ${isoDay(extent.last - 6)} to ${isoDay(extent.last)}`,
    from: isoDay(extent.last - 6),
    to: isoDay(extent.last),
  });
  for (const doc of graph.getAttribute('documents') ?? []) {
    if (!doc.published) continue;
    const end = dayNumber(doc.published.slice(0, 10));
    presets.push({
      id: `doc:${doc.id}`,
      label: `Week of ${isolate(doc.title)}`,
      shortLabel: `Week of ${isolate(shortenTitle(doc.title))}`,
      title: `The 7 days up to the publication of “${isolate(doc.title)}”`,
      from: isoDay(end - 6),
      to: isoDay(end),
    });
  }
  return presets;
}

/** The whole window moved by `n` bins (arrow keys on the selection), its width kept at the domain's ends. */
export function shiftWindow(w: DayWindow, size: BinSize, n: number, domain: DayRange): DayWindow {
  const next = { from: shiftStart(w.from, size, n), to: shiftEnd(w.to, size, n) };
  if (next.from < domain.first) return moveWindow(w, domain.first - w.from, domain);
  if (next.to > domain.last) return moveWindow(w, domain.last - w.to, domain);
  return next;
}

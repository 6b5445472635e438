// What the arrow, page, Home and End keys do to the time window, on a handle or on the selection.
import type { BinSize } from '../../graph/timeHistogram';
import { nudgeEnd, shiftWindow, type DayRange, type DayWindow } from '../../graph/timeWindow';

/** Bins a key moves by (negative: earlier), or to either end of the timeline. */
export type KeyStep = number | 'home' | 'end';

export function keyStep(key: string): KeyStep | null {
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return -1;
    case 'ArrowRight':
    case 'ArrowUp':
      return 1;
    case 'PageDown':
      return -4;
    case 'PageUp':
      return 4;
    case 'Home':
      return 'home';
    case 'End':
      return 'end';
    default:
      return null;
  }
}

/** The window after a key on the handle of `end`: Home and End take it to the timeline's edge or the other handle. */
export function handleKeyWindow(shown: DayWindow, end: 'from' | 'to', step: KeyStep, unit: BinSize, domain: DayRange): DayWindow {
  if (step === 'home') return end === 'from' ? { from: domain.first, to: shown.to } : { from: shown.from, to: shown.from };
  if (step === 'end') return end === 'from' ? { from: shown.to, to: shown.to } : { from: shown.from, to: domain.last };
  return nudgeEnd(shown, end, unit, step, domain);
}

/** The window after a key on the selection: it moves whole, Home and End to the timeline's edges. */
export function selectionKeyWindow(w: DayWindow, step: KeyStep, unit: BinSize, domain: DayRange): DayWindow {
  if (step === 'home') return shiftWindow(w, 'day', domain.first - w.from, domain);
  if (step === 'end') return shiftWindow(w, 'day', domain.last - w.to, domain);
  return shiftWindow(w, unit, step, domain);
}

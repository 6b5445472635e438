// Play's steps over the store's time window, and the timer that takes them while playing.
import { useEffect, useRef } from 'react';
import { nextPlayWindow, playStartWindow, playUnit, type PlayMode, type PlaySpans } from '../../graph/playPlan';
import { filterWindow, windowFilters, type DayRange, type DayWindow } from '../../graph/timeWindow';
import { useAppStore } from '../../store/appStore';

export const PLAY_SPEEDS = [0.5, 1, 2, 4] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];
/** Milliseconds per step at 1×. */
const STEP_MS = 1000;

export interface PlayState {
  playing: boolean;
  speed: PlaySpeed;
  loop: boolean;
  /** Step by time (skipping empty stretches) or from event to event. */
  mode: PlayMode;
}

function setWindow(w: DayWindow): void {
  useAppStore.getState().updateFilters((f) => ({ ...f, ...windowFilters(w) }));
}

/**
 * One step: the window moves to the next stretch with events (or the next event day). With no
 * window set, the first step shows the first event. Returns false at the end without loop.
 */
export function stepOnce(axis: DayRange, spans: PlaySpans, loop: boolean, mode: PlayMode): boolean {
  const unit = playUnit(axis);
  const current = filterWindow(useAppStore.getState().filters, axis);
  if (!current) {
    setWindow(playStartWindow(null, spans, unit, axis).window);
    return true;
  }
  const next = nextPlayWindow(current, spans, unit, axis, mode, loop);
  if (next.ended) return false;
  setWindow(next.window);
  return true;
}

/** Where play starts: with no window, or at the end, it begins at the first event. */
export function moveToPlayStart(axis: DayRange, spans: PlaySpans): void {
  const start = playStartWindow(filterWindow(useAppStore.getState().filters, axis), spans, playUnit(axis), axis);
  if (start.moved) setWindow(start.window);
}

interface PlayInput {
  axis: DayRange;
  spans: PlaySpans;
  state: PlayState;
  onState(next: PlayState): void;
}

/** While playing, steps at the chosen speed; at the end without loop, play stops. */
export function usePlayTimer(input: PlayInput): void {
  const { playing, speed } = input.state;
  // The interval reads the newest axis, events and settings without restarting.
  const latest = useRef(input);
  latest.current = input;
  useEffect(() => {
    if (!playing) return undefined;
    const id = window.setInterval(() => {
      const { axis: a, spans: sp, state: s, onState: set } = latest.current;
      if (!stepOnce(a, sp, s.loop, s.mode)) set({ ...s, playing: false });
    }, STEP_MS / speed);
    return () => window.clearInterval(id);
  }, [playing, speed]);
}

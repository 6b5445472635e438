import { useEffect, useRef } from 'react';
import { nextPlayWindow, playStartWindow, playUnit, type PlayMode, type PlaySpans } from '../../graph/playPlan';
import type { BinSize } from '../../graph/timeHistogram';
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

interface Props {
  /** The days the axis shows: play runs over them. */
  axis: DayRange;
  spans: PlaySpans;
  state: PlayState;
  onState(next: PlayState): void;
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

const UNIT_NAMES: Readonly<Record<BinSize, string>> = { day: 'day', week: 'week', month: 'month', year: 'year' };

/** Play/pause, step, speed and loop. Playing moves the store's time window; the graph follows the store. */
export function PlayControls({ axis, spans, state, onState }: Props) {
  const { playing, speed, loop, mode } = state;
  // The interval reads the newest axis, events and settings without restarting.
  const latest = useRef({ axis, spans, state, onState });
  latest.current = { axis, spans, state, onState };

  useEffect(() => {
    if (!playing) return undefined;
    const id = window.setInterval(() => {
      const { axis: a, spans: sp, state: s, onState: set } = latest.current;
      if (!stepOnce(a, sp, s.loop, s.mode)) set({ ...s, playing: false });
    }, STEP_MS / speed);
    return () => window.clearInterval(id);
  }, [playing, speed]);

  const unit = UNIT_NAMES[playUnit(axis)];
  const play = () => {
    if (playing) {
      onState({ ...state, playing: false });
      return;
    }
    // With no window, or at the end, play begins at the first event.
    const start = playStartWindow(filterWindow(useAppStore.getState().filters, axis), spans, playUnit(axis), axis);
    if (start.moved) setWindow(start.window);
    onState({ ...state, playing: true });
  };
  const stepLabel = mode === 'events' ? 'Step to the next day with events' : `Step forward one ${unit} (empty stretches skipped)`;
  return (
    <div className="play-controls" role="group" aria-label="Play through time">
      <button
        type="button"
        className={`tl-button play${playing ? ' playing' : ''}`}
        onClick={play}
        aria-pressed={playing}
        aria-label={playing ? 'Pause' : 'Play'}
        title={playing ? 'Pause' : mode === 'events' ? 'Play: move the window from one day with events to the next' : `Play: move the window one ${unit} at a time, skipping stretches without events`}
        data-testid="timeline-play"
      >
        {playing ? (
          <svg viewBox="0 0 12 12" aria-hidden="true">
            <rect x="2" y="1.5" width="3" height="9" rx="0.6" />
            <rect x="7" y="1.5" width="3" height="9" rx="0.6" />
          </svg>
        ) : (
          <svg viewBox="0 0 12 12" aria-hidden="true">
            <path d="M3 1.5 L10.5 6 L3 10.5 Z" />
          </svg>
        )}
      </button>
      <button
        type="button"
        className="tl-button"
        onClick={() => stepOnce(axis, spans, loop, mode)}
        aria-label={stepLabel}
        title={stepLabel}
        data-testid="timeline-step"
      >
        <svg viewBox="0 0 12 12" aria-hidden="true">
          <path d="M2 1.5 L8 6 L2 10.5 Z" />
          <rect x="8.6" y="1.5" width="1.8" height="9" rx="0.5" />
        </svg>
      </button>
      <select
        className="tl-select speed"
        value={speed}
        onChange={(e) => onState({ ...state, speed: Number(e.target.value) as PlaySpeed })}
        aria-label="Play speed"
        title="Play speed"
        data-testid="timeline-speed"
      >
        {PLAY_SPEEDS.map((s) => (
          <option key={s} value={s}>
            {s}×
          </option>
        ))}
      </select>
      <button
        type="button"
        className={`tl-button mode${mode === 'events' ? ' on' : ''}`}
        onClick={() => onState({ ...state, mode: mode === 'events' ? 'time' : 'events' })}
        aria-pressed={mode === 'events'}
        aria-label="Step from event to event"
        title={mode === 'events' ? 'From event to event: on (each step goes to the next day with events)' : `From event to event: off (each step is one ${unit}; stretches without events are skipped)`}
        data-testid="timeline-play-mode"
      >
        <svg viewBox="0 0 14 12" aria-hidden="true">
          <path d="M1 6 H13" fill="none" strokeWidth="1" />
          <circle cx="2.5" cy="6" r="1.8" />
          <circle cx="6" cy="6" r="1.8" />
          <circle cx="11.5" cy="6" r="1.8" />
        </svg>
      </button>
      <button
        type="button"
        className={`tl-button loop${loop ? ' on' : ''}`}
        onClick={() => onState({ ...state, loop: !loop })}
        aria-pressed={loop}
        aria-label="Loop"
        title={loop ? 'Loop: on (starts again at the end)' : 'Loop: off (stops at the end)'}
        data-testid="timeline-loop"
      >
        <svg viewBox="0 0 14 12" aria-hidden="true">
          <path d="M3 4.5 A3 3 0 0 1 6 2 H10 M8.5 0.6 L10.4 2 L8.5 3.4 M11 7.5 A3 3 0 0 1 8 10 H4 M5.5 8.6 L3.6 10 L5.5 11.4" fill="none" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
    </div>
  );
}

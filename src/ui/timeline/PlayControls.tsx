import { useEffect, useRef } from 'react';
import type { TimeHistogram } from '../../graph/timeHistogram';
import { defaultPlayWindow, filterWindow, moveWindow, stepWindow, windowFilters, type DayWindow } from '../../graph/timeWindow';
import { useAppStore } from '../../store/appStore';

export const PLAY_SPEEDS = [0.5, 1, 2, 4] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];
/** Milliseconds per step at 1×. */
const STEP_MS = 1000;

export interface PlayState {
  playing: boolean;
  speed: PlaySpeed;
  loop: boolean;
}

interface Props {
  histogram: TimeHistogram;
  state: PlayState;
  onState(next: PlayState): void;
}

function setWindow(w: DayWindow): void {
  useAppStore.getState().updateFilters((f) => ({ ...f, ...windowFilters(w) }));
}

/** The window now, or the one play starts from when every date is shown. */
function currentWindow(h: TimeHistogram): { window: DayWindow; wasSet: boolean } {
  const w = filterWindow(useAppStore.getState().filters, h.domain);
  return w ? { window: w, wasSet: true } : { window: defaultPlayWindow(h.binSize, h.domain), wasSet: false };
}

/**
 * One step: the window moves one bin later (width kept). Returns false when it has reached the end
 * and does not loop.
 */
export function stepOnce(h: TimeHistogram, loop: boolean): boolean {
  const { window, wasSet } = currentWindow(h);
  if (!wasSet) {
    setWindow(window);
    return true;
  }
  const next = stepWindow(window, h.binSize, h.domain, loop);
  if (next.ended) return false;
  setWindow(next.window);
  return true;
}

/** Play/pause, step, speed and loop. Playing moves the store's time window; the graph follows the store. */
export function PlayControls({ histogram: h, state, onState }: Props) {
  const { playing, speed, loop } = state;
  // The interval reads the newest histogram and loop setting without restarting.
  const latest = useRef({ h, loop, state, onState });
  latest.current = { h, loop, state, onState };

  useEffect(() => {
    if (!playing) return undefined;
    const id = window.setInterval(() => {
      const { h: hist, loop: looping, state: s, onState: set } = latest.current;
      if (!stepOnce(hist, looping)) set({ ...s, playing: false });
    }, STEP_MS / speed);
    return () => window.clearInterval(id);
  }, [playing, speed]);

  const play = () => {
    if (playing) {
      onState({ ...state, playing: false });
      return;
    }
    // Starting at the end (or with no window) begins again at the start.
    const { window: w, wasSet } = currentWindow(h);
    if (!wasSet) setWindow(w);
    else if (w.to >= h.domain.last) setWindow(moveWindow(w, h.domain.first - w.from, h.domain));
    onState({ ...state, playing: true });
  };

  const unit = h.binSize;
  return (
    <div className="play-controls" role="group" aria-label="Play through time">
      <button
        type="button"
        className={`tl-button play${playing ? ' playing' : ''}`}
        onClick={play}
        aria-pressed={playing}
        aria-label={playing ? 'Pause' : 'Play'}
        title={playing ? 'Pause' : `Play: move the window one ${unit} at a time`}
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
        onClick={() => stepOnce(h, loop)}
        aria-label={`Step forward one ${unit}`}
        title={`Step forward one ${unit}`}
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

import { playUnit, type PlaySpans } from '../../graph/playPlan';
import type { BinSize } from '../../graph/timeHistogram';
import type { DayRange } from '../../graph/timeWindow';
import { moveToPlayStart, PLAY_SPEEDS, stepOnce, usePlayTimer, type PlaySpeed, type PlayState } from './playStep';
import { loopTitle, modeTitle, playTitle, stepLabel } from './playWording';
import { EventsIcon, LoopIcon, PlayIcon, StepIcon } from './PlayIcons';

export type { PlayState } from './playStep';

interface Props {
  /** The days the axis shows: play runs over them. */
  axis: DayRange;
  spans: PlaySpans;
  state: PlayState;
  onState(next: PlayState): void;
}

const UNIT_NAMES: Readonly<Record<BinSize, string>> = { day: 'day', week: 'week', month: 'month', year: 'year' };

/** Play/pause, step, speed and loop. Playing moves the store's time window; the graph follows the store. */
export function PlayControls({ axis, spans, state, onState }: Props) {
  const { playing, speed, loop, mode } = state;
  usePlayTimer({ axis, spans, state, onState });
  const unit = UNIT_NAMES[playUnit(axis)];
  const play = () => {
    if (playing) {
      onState({ ...state, playing: false });
      return;
    }
    moveToPlayStart(axis, spans);
    onState({ ...state, playing: true });
  };
  const step = stepLabel(mode, unit);
  return (
    <div className="play-controls" role="group" aria-label="Play through time">
      <button
        type="button"
        className={`tl-button play${playing ? ' playing' : ''}`}
        onClick={play}
        aria-pressed={playing}
        aria-label={playing ? 'Pause' : 'Play'}
        title={playTitle(playing, mode, unit)}
        data-testid="timeline-play"
      >
        <PlayIcon playing={playing} />
      </button>
      <button type="button" className="tl-button" onClick={() => stepOnce(axis, spans, loop, mode)} aria-label={step} title={step} data-testid="timeline-step">
        <StepIcon />
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
        title={modeTitle(mode, unit)}
        data-testid="timeline-play-mode"
      >
        <EventsIcon />
      </button>
      <button type="button" className={`tl-button loop${loop ? ' on' : ''}`} onClick={() => onState({ ...state, loop: !loop })} aria-pressed={loop} aria-label="Loop" title={loopTitle(loop)} data-testid="timeline-loop">
        <LoopIcon />
      </button>
    </div>
  );
}

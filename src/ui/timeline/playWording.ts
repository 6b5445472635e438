// What the play controls' buttons say: their names and tooltips, by mode and the axis's step unit.
import type { PlayMode } from '../../graph/playPlan';

export function stepLabel(mode: PlayMode, unit: string): string {
  return mode === 'events' ? 'Step to the next day with events' : `Step forward one ${unit} (empty stretches skipped)`;
}

export function playTitle(playing: boolean, mode: PlayMode, unit: string): string {
  if (playing) return 'Pause';
  return mode === 'events' ? 'Play: move the window from one day with events to the next' : `Play: move the window one ${unit} at a time, skipping stretches without events`;
}

export function modeTitle(mode: PlayMode, unit: string): string {
  return mode === 'events' ? 'From event to event: on (each step goes to the next day with events)' : `From event to event: off (each step is one ${unit}; stretches without events are skipped)`;
}

export function loopTitle(loop: boolean): string {
  return loop ? 'Loop: on (starts again at the end)' : 'Loop: off (stops at the end)';
}

// The play buttons name what a step does: by the axis's unit, or to the next day with events.
import { describe, expect, it } from 'vitest';
import { loopTitle, modeTitle, playTitle, stepLabel } from '../../../src/ui/timeline/playWording';

describe('play wording', () => {
  it('names a step by the unit, or by events', () => {
    expect(stepLabel('time', 'month')).toBe('Step forward one month (empty stretches skipped)');
    expect(stepLabel('events', 'month')).toBe('Step to the next day with events');
  });

  it('titles play by mode, and Pause while playing', () => {
    expect(playTitle(false, 'time', 'week')).toContain('one week at a time');
    expect(playTitle(false, 'events', 'week')).toContain('from one day with events to the next');
    expect(playTitle(true, 'events', 'week')).toBe('Pause');
  });

  it('says whether event-to-event and loop are on', () => {
    expect(modeTitle('events', 'year')).toMatch(/: on /);
    expect(modeTitle('time', 'year')).toContain('each step is one year');
    expect(loopTitle(true)).toMatch(/^Loop: on/);
    expect(loopTitle(false)).toMatch(/^Loop: off/);
  });
});

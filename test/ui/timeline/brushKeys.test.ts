// Keys on the timeline brush: arrows step a bin, pages four; on a handle Home and End reach the
// timeline's edge or the other handle, on the selection they move the whole window to an edge.
import { describe, expect, it } from 'vitest';
import { handleKeyWindow, keyStep, selectionKeyWindow } from '../../../src/ui/timeline/brushKeys';

const domain = { first: 100, last: 199 };

describe('keyStep', () => {
  it('reads arrows, pages, Home and End, and nothing else', () => {
    expect(['ArrowLeft', 'ArrowDown', 'ArrowRight', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End'].map(keyStep)).toEqual([-1, -1, 1, 1, -4, 4, 'home', 'end']);
    expect(keyStep('Enter')).toBeNull();
    expect(keyStep('x')).toBeNull();
  });
});

describe('handleKeyWindow', () => {
  const shown = { from: 130, to: 150 };

  it('takes the start to the timeline start, or onto the end', () => {
    expect(handleKeyWindow(shown, 'from', 'home', 'day', domain)).toEqual({ from: 100, to: 150 });
    expect(handleKeyWindow(shown, 'from', 'end', 'day', domain)).toEqual({ from: 150, to: 150 });
  });

  it('takes the end onto the start, or to the timeline end', () => {
    expect(handleKeyWindow(shown, 'to', 'home', 'day', domain)).toEqual({ from: 130, to: 130 });
    expect(handleKeyWindow(shown, 'to', 'end', 'day', domain)).toEqual({ from: 130, to: 199 });
  });

  it('steps one end by days', () => {
    expect(handleKeyWindow(shown, 'to', 1, 'day', domain)).toEqual({ from: 130, to: 151 });
    expect(handleKeyWindow(shown, 'from', -4, 'day', domain)).toEqual({ from: 126, to: 150 });
  });
});

describe('selectionKeyWindow', () => {
  const w = { from: 130, to: 139 };

  it('moves the whole window to either edge, keeping its length', () => {
    expect(selectionKeyWindow(w, 'home', 'day', domain)).toEqual({ from: 100, to: 109 });
    expect(selectionKeyWindow(w, 'end', 'day', domain)).toEqual({ from: 190, to: 199 });
  });

  it('moves it by days', () => {
    expect(selectionKeyWindow(w, -1, 'day', domain)).toEqual({ from: 129, to: 138 });
  });
});

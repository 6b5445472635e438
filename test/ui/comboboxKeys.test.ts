// Keys in a combobox's box: arrows open the list at the first or last option, then move round it;
// Enter chooses the active option (or the first); Escape closes the list, then clears the box.
import { describe, expect, it } from 'vitest';
import { comboboxKey, stepActive } from '../../src/ui/comboboxKeys';

const closed = { expanded: false, count: 5, active: -1, hasText: true };
const open = { expanded: true, count: 5, active: 2, hasText: true };

describe('comboboxKey', () => {
  it('opens the list at the first option going down and the last going up', () => {
    expect(comboboxKey('ArrowDown', closed)).toEqual({ kind: 'open', active: 0 });
    expect(comboboxKey('ArrowUp', closed)).toEqual({ kind: 'open', active: 4 });
    expect(comboboxKey('ArrowDown', { ...closed, count: 0 })).toEqual({ kind: 'open', active: -1 });
  });

  it('moves within an open list, and does nothing over an empty one', () => {
    expect(comboboxKey('ArrowUp', open)).toEqual({ kind: 'move', step: -1 });
    expect(comboboxKey('ArrowDown', { ...open, count: 0 })).toEqual({ kind: 'none' });
  });

  it('chooses the active option, or the first, only while the list is open', () => {
    expect(comboboxKey('Enter', open)).toEqual({ kind: 'choose', index: 2 });
    expect(comboboxKey('Enter', { ...open, active: -1 })).toEqual({ kind: 'choose', index: 0 });
    expect(comboboxKey('Enter', closed)).toBeNull();
  });

  it('closes with Escape, then clears, then leaves Escape to the page', () => {
    expect(comboboxKey('Escape', open)).toEqual({ kind: 'close' });
    expect(comboboxKey('Escape', closed)).toEqual({ kind: 'clear' });
    expect(comboboxKey('Escape', { ...closed, hasText: false })).toBeNull();
    expect(comboboxKey('Tab', open)).toBeNull();
  });
});

describe('stepActive', () => {
  it('starts at either end and wraps round', () => {
    expect(stepActive(-1, 1, 3)).toBe(0);
    expect(stepActive(-1, -1, 3)).toBe(2);
    expect(stepActive(2, 1, 3)).toBe(0);
    expect(stepActive(0, -1, 3)).toBe(2);
    expect(stepActive(1, 1, 0)).toBe(-1);
  });
});

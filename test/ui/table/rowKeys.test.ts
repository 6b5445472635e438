// Keys on a relations-table row: arrows, pages, Home and End move the roving focus; Enter selects,
// and opens the article on the selected row or with Shift; Space selects; modified keys are the browser's.
import { describe, expect, it } from 'vitest';
import { rowKeyAction, type RowKey } from '../../../src/ui/table/rowKeys';

const press = (key: string, mods: Partial<RowKey> = {}): RowKey => ({ key, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

describe('rowKeyAction', () => {
  it('moves by a row, a page, or to either end', () => {
    expect(rowKeyAction(press('ArrowDown'), false)).toEqual({ kind: 'move', step: 1 });
    expect(rowKeyAction(press('ArrowUp'), true)).toEqual({ kind: 'move', step: -1 });
    expect(rowKeyAction(press('PageDown'), false)).toEqual({ kind: 'move', step: 10 });
    expect(rowKeyAction(press('Home'), false)).toEqual({ kind: 'move', step: -Infinity });
    expect(rowKeyAction(press('End'), false)).toEqual({ kind: 'move', step: Infinity });
  });

  it('selects with Enter, opens with Enter again or Shift+Enter', () => {
    expect(rowKeyAction(press('Enter'), false)).toEqual({ kind: 'select' });
    expect(rowKeyAction(press('Enter'), true)).toEqual({ kind: 'open' });
    expect(rowKeyAction(press('Enter', { shiftKey: true }), false)).toEqual({ kind: 'open' });
    expect(rowKeyAction(press(' '), true)).toEqual({ kind: 'select' });
  });

  it('leaves modified and other keys to the browser', () => {
    expect(rowKeyAction(press('ArrowDown', { ctrlKey: true }), false)).toBeNull();
    expect(rowKeyAction(press('Enter', { metaKey: true }), true)).toBeNull();
    expect(rowKeyAction(press('Tab'), false)).toBeNull();
    expect(rowKeyAction(press('a'), false)).toBeNull();
  });
});

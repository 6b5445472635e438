import { describe, expect, it } from 'vitest';
import { RowHeights, revealTop, rowWindow } from '../../../src/ui/table/virtualRows';

describe('RowHeights', () => {
  it('sums estimates until rows are measured, then the measured heights', () => {
    const rows = new RowHeights(1000, 50);
    expect(rows.total).toBe(50_000);
    expect(rows.offsetOf(10)).toBe(500);
    expect(rows.set(3, 80)).toBe(true);
    expect(rows.set(3, 80.3)).toBe(false);
    expect(rows.offsetOf(3)).toBe(150);
    expect(rows.offsetOf(4)).toBe(230);
    expect(rows.total).toBe(50_030);
  });

  it('starts from heights measured before (a row keeps its height when the sort moves it)', () => {
    const known = new Map([[0, 20], [2, 100]]);
    const rows = new RowHeights(3, 50, (i) => known.get(i));
    expect([rows.offsetOf(1), rows.offsetOf(2), rows.total]).toEqual([20, 70, 170]);
  });

  it('finds the row under a height, clamped to the first and last row', () => {
    const rows = new RowHeights(4, 10, (i) => (i === 1 ? 30 : undefined));
    expect([rows.indexAt(-5), rows.indexAt(0), rows.indexAt(9.9), rows.indexAt(10), rows.indexAt(39), rows.indexAt(40), rows.indexAt(1e9)]).toEqual([0, 0, 0, 1, 1, 2, 3]);
    expect(new RowHeights(0, 10).indexAt(0)).toBe(-1);
  });
});

describe('rowWindow', () => {
  it('draws the rows crossing the viewport and a margin either side; spacers stand in for the rest', () => {
    const rows = new RowHeights(40_000, 50);
    const w = rowWindow(rows, 100_000, 800, 5);
    // Rows 2000..2015 cross 100,000..100,800; five more each side.
    expect(w).toEqual({ start: 1995, end: 2021, before: 1995 * 50, after: (40_000 - 2021) * 50 });
    expect(w.before + (w.end - w.start) * 50 + w.after).toBe(rows.total);
  });

  it('reaches the last row when scrolled to the end, and the first at the top', () => {
    const rows = new RowHeights(40_000, 50);
    const end = rowWindow(rows, rows.total - 800, 800, 3);
    expect(end.end).toBe(40_000);
    expect(end.after).toBe(0);
    const top = rowWindow(rows, -40, 800, 3);
    expect(top.start).toBe(0);
    expect(top.before).toBe(0);
  });

  it('is empty for no rows', () => {
    expect(rowWindow(new RowHeights(0, 50), 0, 800, 5)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });
});

describe('revealTop', () => {
  const rows = new RowHeights(100, 20);
  it('leaves the view alone when the row is in it', () => {
    expect(revealTop(rows, 10, 150, 200)).toBe(150);
  });
  it('scrolls up to a row above the view, its top at the top', () => {
    expect(revealTop(rows, 2, 150, 200)).toBe(40);
  });
  it('scrolls down to a row below the view, its bottom at the bottom', () => {
    expect(revealTop(rows, 99, 0, 200)).toBe(100 * 20 - 200);
  });
  it('shows the top of a row taller than the view', () => {
    const tall = new RowHeights(3, 20, (i) => (i === 2 ? 500 : undefined));
    expect(revealTop(tall, 2, 0, 200)).toBe(40);
  });
});

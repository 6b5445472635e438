// The maths of a virtualised list of rows whose heights are known only once drawn: each row has an
// estimated height until it is measured, offsets are prefix sums over those heights, and the window
// is the rows that cross the viewport plus a few either side. Pure; no DOM.

/** Row heights by position, with their running offsets. */
export class RowHeights {
  private readonly heights: Float64Array;
  /** offsets[i] = top of row i; offsets[count] = total height. Valid up to `validUpTo`. */
  private readonly offsets: Float64Array;
  private validUpTo = 0;

  /** `measured(i)` gives a row's height when it is known; the others count as `estimate`. */
  constructor(
    readonly count: number,
    estimate: number,
    measured: (i: number) => number | undefined = () => undefined,
  ) {
    this.heights = new Float64Array(count);
    for (let i = 0; i < count; i++) this.heights[i] = measured(i) ?? estimate;
    this.offsets = new Float64Array(count + 1);
  }

  heightOf(i: number): number {
    return this.heights[i]!;
  }

  /** Records row i's measured height; true when it changed (by more than half a pixel). */
  set(i: number, height: number): boolean {
    if (i < 0 || i >= this.count || Math.abs(this.heights[i]! - height) <= 0.5) return false;
    this.heights[i] = height;
    this.validUpTo = Math.min(this.validUpTo, i);
    return true;
  }

  /** Top of row i (i = count: the total height). */
  offsetOf(i: number): number {
    const at = Math.max(0, Math.min(this.count, i));
    for (let k = this.validUpTo; k < at; k++) this.offsets[k + 1] = this.offsets[k]! + this.heights[k]!;
    this.validUpTo = Math.max(this.validUpTo, at);
    return this.offsets[at]!;
  }

  get total(): number {
    return this.offsetOf(this.count);
  }

  /** The row covering height y (clamped to the first and last row); -1 when there are no rows. */
  indexAt(y: number): number {
    if (this.count === 0) return -1;
    this.offsetOf(this.count);
    let low = 0;
    let high = this.count - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.offsets[mid]! <= y) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

/** The rows to draw, [start, end), and the empty space above and below them. */
export interface RowWindow {
  start: number;
  end: number;
  before: number;
  after: number;
}

/**
 * The rows crossing the band [top, top + height) of the list (top measured from the first row's
 * top), with `overscan` more on each side so that keyboard steps and short scrolls find rows drawn.
 */
export function rowWindow(rows: RowHeights, top: number, height: number, overscan: number): RowWindow {
  if (rows.count === 0) return { start: 0, end: 0, before: 0, after: 0 };
  const first = rows.indexAt(Math.max(0, top));
  const last = rows.indexAt(Math.max(0, top + Math.max(height, 1) - 1));
  const start = Math.max(0, first - overscan);
  const end = Math.min(rows.count, last + 1 + overscan);
  return { start, end, before: rows.offsetOf(start), after: rows.total - rows.offsetOf(end) };
}

/**
 * Where the list's band must start so that row i is wholly in view (a band `height` tall, starting
 * at `top`), moving as little as possible: unchanged when the row is in view already.
 */
export function revealTop(rows: RowHeights, i: number, top: number, height: number): number {
  const rowTop = rows.offsetOf(i);
  const rowBottom = rowTop + rows.heightOf(i);
  if (rowTop < top) return rowTop;
  if (rowBottom > top + height) return Math.min(rowTop, rowBottom - height);
  return top;
}
